/**
 * Turns text copied or scraped from a web page into an article's Chinese content: pure functions,
 * no file access (scripts/import.ts does the I/O). Every line that is dropped, changed or
 * reclassified is reported with its line number in the raw file and what it was taken for, so an
 * author can check the importer's choices (lib/import/report).
 *
 * The steps, in order:
 *  1. repair each line (lib/import/artefacts: entities, tags, zero-width characters, converter
 *     pinyin, anti-scraping filler) and normalise it (lib/text/normalize);
 *  2. drop the earlier of two repeated copies of the article (lib/import/repeat);
 *  3. take out page chrome and read the credits (lib/import/rules: chrome, credits);
 *  4. choose the title by evidence and drop what stands above it (site names, categories);
 *  5. drop summaries, captions and title lines that repeat what the page says elsewhere;
 *  6. sort the rest into headings and paragraphs (lib/import/structure), keeping every line whose
 *     role is unclear and saying "check this".
 */
import { countHan } from '../text/chars';
import { normalizeLine } from '../text/normalize';
import { countPinyinGroups, looksLikeMojibake, PINYIN_ARTEFACT_MIN, repairLine } from './artefacts';
import { findRepeat, runIndices } from './repeat';
import type { ReportItem, ReportKind } from './report';
import { classifyChrome, CHROME_RULES, INLINE_IMAGE_CREDIT, leadingCaption, type ChromeKind } from './rules/chrome';
import { disclaimerSource, labelOnly, looksLikeNames, parseCreditLine, type Credits } from './rules/credits';
import {
  brokenLineEvidence,
  chooseTitle,
  classifyLines,
  cleanTitle,
  isParagraph,
  isShortLine,
  looksLikeCaption,
  titleKey,
  type TopLine,
} from './structure';

export { findRepeat } from './repeat';
export { isShortLine, looksLikeCaption } from './structure';
export type { ReportItem, ReportKind } from './report';

export type ImportMeta = { title?: string; author?: string; editor?: string; source?: string };

export type ImportResult = {
  meta: ImportMeta;
  /** Paragraphs in content form; headings start with "## ". */
  paragraphs: string[];
  /** Raw line (1-based) of each paragraph, for messages that point into raw.txt. */
  lines: number[];
  report: ReportItem[];
  /**
   * The page looks broken into line fragments (a sentence spread over many short lines): the
   * paragraphs are the lines as they are, and the author should join them.
   */
  fragmented: boolean;
};

export type CleanOptions = {
  /** Called on long inputs as the steps advance: step name, done, total. */
  onProgress?: (step: string, done: number, total: number) => void;
};

type Line = {
  n: number;
  raw: string;
  text: string;
  /** Set once the line is taken out or classified. */
  kind?: ReportKind;
  note?: string;
  check?: boolean;
  names?: boolean;
};

const CHROME_TO_REPORT: Record<ChromeKind, ReportKind> = {
  footer: 'footer',
  nav: 'nav',
  breadcrumb: 'breadcrumb',
  widget: 'widget',
  forum: 'forum',
  views: 'views',
  promo: 'promo',
  spam: 'spam',
  metadata: 'metadata',
  link: 'link',
  caption: 'caption',
  artefact: 'artefact',
};

/** Lines of text a line-by-line step reports progress after. */
const PROGRESS_EVERY = 5000;

/** A date and nothing else (2025年12月16日, 2020-10-08 09:30). */
const BARE_DATE = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** The first non-empty line from index `from` on (lines are indexed by n − 1). */
function nextNonEmpty(lines: readonly Line[], from: number): Line | undefined {
  for (let i = from; i < lines.length; i += 1) if ((lines[i] as Line).text !== '') return lines[i];
  return undefined;
}

/** Cleans scraped text (already decoded, LF line ends); see the module comment. */
export function cleanScrapedText(raw: string, options: CleanOptions = {}): ImportResult {
  const progress = options.onProgress;
  const report: ReportItem[] = [];
  const meta: ImportMeta = {};
  const credit = (fields: Credits) => {
    for (const k of ['author', 'editor', 'source'] as const) if (fields[k] && !meta[k]) meta[k] = fields[k];
  };
  const rawLines = raw.split('\n');
  const pinyin = countPinyinGroups(raw) >= PINYIN_ARTEFACT_MIN;

  // 1. Repair and normalise.
  const lines: Line[] = rawLines.map((r, i) => {
    if (progress && i % PROGRESS_EVERY === 0) progress('normalising', i, rawLines.length);
    const { text: repaired, repairs } = repairLine(r, { pinyin });
    for (const rep of repairs) {
      report.push({ line: i + 1, kind: 'artefact', action: 'changed', text: rep.removed, note: rep.what });
    }
    const line: Line = { n: i + 1, raw: repaired, text: normalizeLine(repaired) };
    if (r.trim() !== '' && line.text === '') {
      line.kind = 'artefact';
      line.note = repairs.map((x) => x.what).join(', ') || 'nothing left';
      report.push({ line: i + 1, kind: 'artefact', action: 'removed', text: r.trim(), note: line.note });
    }
    return line;
  });

  // 2. The repeated copy: the earlier one goes, so what sits just before the later one (the title,
  // on most sites) stays in front of the text.
  const repeat = findRepeat(
    lines.map((l) => (l.kind ? '' : l.text)),
    progress && ((d, t) => progress('looking for a repeated copy', d, t)),
  );
  if (repeat) {
    const texts = lines.map((l) => (l.kind ? '' : l.text));
    const first = runIndices(texts, repeat.first, repeat.length);
    const second = runIndices(texts, repeat.second, repeat.length);
    for (const i of first) (lines[i] as Line).kind = 'duplicate';
    report.push({
      line: repeat.first + 1,
      kind: 'duplicate',
      action: 'removed',
      text: `lines ${repeat.first + 1}–${(first.at(-1) ?? 0) + 1} repeat lines ${repeat.second + 1}–${(second.at(-1) ?? 0) + 1}`,
      note: 'repeated copy of the article',
    });
  }

  // 3. Page chrome and credits.
  const live = () => lines.filter((l) => !l.kind && l.text !== '');
  const drop = (l: Line, kind: ReportKind, note?: string, check?: boolean) => {
    l.kind = kind;
    l.note = note;
    l.check = check;
    // A credit line is shown with its names apart, as it was read (记者 吴婧 陈倩儿).
    const text = kind === 'credit' ? normalizeLine(l.raw, 'words') : l.text;
    report.push({ line: l.n, kind, action: kind === 'credit' ? 'header' : 'removed', text, note, check });
  };
  const first = CHROME_RULES.filter((r) => r.kind === 'spam' || r.kind === 'footer');
  const candidates = live();
  candidates.forEach((l, idx) => {
    if (progress && idx % PROGRESS_EVERY === 0) progress('classifying lines', idx, candidates.length);
    const early = first.find((r) => r.test(l.text));
    if (early) {
      const src = early.kind === 'footer' ? disclaimerSource(l.text) : null;
      if (src && !meta.source) meta.source = src;
      return drop(l, CHROME_TO_REPORT[early.kind], early.note);
    }
    if (l.kind) return; // taken as the value of a label above
    const field = labelOnly(l.raw);
    if (field) {
      // A label alone on its line takes the next line as its value (infoboxes, 关键词： then the words).
      drop(l, field === 'other' ? 'metadata' : 'credit', 'label');
      const next = candidates[idx + 1];
      if (
        next &&
        !next.kind &&
        !isParagraph(next.text) &&
        Array.from(next.text).length <= 40 &&
        !parseCreditLine(next.raw)
      ) {
        if (field !== 'other') {
          credit({
            [field]: field === 'source' ? next.text.replace(/^《([^》]+)》$/u, '$1') : normalizeLine(next.raw, 'words'),
          });
          drop(next, 'credit', 'value of the label above');
        } else if (!/^\S{0,2}https?:/u.test(next.text)) {
          drop(next, 'metadata', 'value of the label above');
        }
      }
      return;
    }
    const c = parseCreditLine(l.raw);
    if (c) {
      if (c.kind === 'credit') credit(c.fields);
      if (c.kind === 'date' && BARE_DATE.test(l.text)) {
        // A date alone: page meta at the top or bottom, but a notice's own date in the middle.
        l.kind = 'date';
        l.note = c.note;
        return;
      }
      return drop(l, c.kind, c.note);
    }
    const chrome = classifyChrome(l.text);
    if (chrome) return drop(l, CHROME_TO_REPORT[chrome.kind], chrome.note);
  });
  // 4. The title, by evidence (lib/import/structure), among the lines before the first paragraph.
  const top = lines.filter((l) => l.text !== '' && l.kind !== 'duplicate').slice(0, 40);
  for (const l of top) if (!l.kind && looksLikeNames(l.text)) l.names = true;
  const topLines: TopLine[] = top.map((l, index) => ({ index, text: l.text, kind: l.kind, names: l.names }));
  const chosen = chooseTitle(topLines);
  const titleLine = chosen ? top[chosen.index] : undefined;
  if (titleLine) {
    meta.title = cleanTitle(titleLine.text);
    titleLine.kind = 'title';
    report.push({
      line: titleLine.n,
      kind: 'title',
      action: 'header',
      text: titleLine.text,
      check: chosen !== null && chosen.score < 2,
    });
  }
  const key = meta.title ? titleKey(meta.title) : '';
  const contentStart = lines.findIndex((l) => !l.kind && l.text !== '' && isParagraph(l.text));
  // Short lines above the title are the page's own headline, site name or category.
  if (titleLine) {
    // …but only the page's own header: past a forum post's header the lines are a post's text.
    const postHeader = lines.find((l) => l.n < titleLine.n && l.kind === 'forum' && /[发發]表[于於]/u.test(l.text));
    for (const l of lines) {
      if (l.n >= titleLine.n || (postHeader && l.n > postHeader.n)) break;
      if (l.kind || l.text === '') continue;
      if (l.names) {
        if (!meta.author) credit({ author: normalizeLine(l.raw, 'words') });
        drop(l, 'credit', 'name-only byline');
      } else if (isShortLine(l.text) && (chosen?.score ?? 0) >= 2) drop(l, 'headline', 'above the title', true);
    }
  }
  // Name-only bylines near the top (朱建華, 牛靜 黃彩莉).
  for (const l of top) {
    if (l.kind || !l.names) continue;
    if (contentStart >= 0 && l.n - 1 > contentStart) continue;
    if (!meta.author) credit({ author: normalizeLine(l.raw, 'words') });
    drop(l, 'credit', 'name-only byline');
  }
  // 5. Repeats of the title, summaries that repeat the text, captions shown twice.
  const content = () => lines.filter((l) => !l.kind && l.text !== '');
  if (key) {
    for (const l of content()) {
      if (l.n > (titleLine?.n ?? 0) + 40) break;
      if (titleKey(l.text) === key && !/原文(?:内容|內容)?$/u.test(l.text)) drop(l, 'title', 'the title again');
    }
  }
  // Page matter before a "…原文" marker (encyclopedia infoboxes, the site's summary).
  const marker = content().find(
    (l) => l.n < (titleLine?.n ?? 0) + 30 && isShortLine(l.text) && /原文(?:内容|內容)?$/u.test(l.text),
  );
  if (marker) {
    for (const l of content()) {
      if (l.n >= marker.n) break;
      if (l.n > (titleLine?.n ?? 0)) drop(l, 'metadata', 'page matter before the text', true);
    }
  }
  const body = content();
  body.forEach((l, i) => {
    if (l.kind) return;
    const next = body[i + 1];
    // The same short line twice in a row: a picture's alt text and its caption.
    if (next && next.text === l.text && Array.from(l.text).length <= 60) {
      drop(l, 'caption', 'shown twice (alt text and caption)');
      drop(next, 'caption', 'shown twice (alt text and caption)');
      return;
    }
    // A line the next one starts with and extends by a credit: the caption shown twice.
    const after = nextNonEmpty(lines, l.n);
    if (
      after &&
      after.text.startsWith(l.text) &&
      Array.from(l.text).length >= 10 &&
      Array.from(after.text).length - Array.from(l.text).length <= 30 &&
      (after.kind === 'caption' || classifyChrome(after.text)?.kind === 'caption')
    ) {
      drop(l, 'caption', 'shown twice, the second time with its credit');
    }
  });
  // A summary at the top repeating the text (摘要：…, 导读：…, the dek shown again in the body).
  const summaryZone = content().slice(0, 6);
  for (const l of summaryZone) {
    const lead = l.text.replace(/^[【[]?(?:摘要|导读|導讀|导语|導語|提要)[】\]]?[：:]?/u, '');
    const probe = Array.from(lead).slice(0, 24).join('');
    if (Array.from(probe).length < 20) continue;
    const later = content().find((o) => o.n > l.n && o !== l && o.text.includes(probe));
    if (later) drop(l, 'duplicate', `summary repeating line ${later.n}`);
  }
  // Bare dates: meta at the top or the bottom of the text, content in the middle (a notice's date).
  const bodyLines = content();
  const firstBody = bodyLines.find((l) => isParagraph(l.text));
  const lastBody = [...bodyLines].reverse().find((l) => isParagraph(l.text));
  const reportedDates = new Set(report.filter((r) => r.kind === 'date').map((r) => r.line));
  for (const l of lines) {
    if (l.kind !== 'date' || reportedDates.has(l.n)) continue;
    const inside = firstBody && lastBody && l.n > firstBody.n && l.n < lastBody.n;
    if (inside) {
      l.kind = undefined;
      continue;
    }
    report.push({ line: l.n, kind: 'date', action: 'removed', text: l.text, note: l.note });
  }
  // Tags right under the title: 開發 前端 自動化.
  if (titleLine) {
    const after = content().find((l) => l.n > titleLine.n);
    if (after && /^(?:\S{1,4}\s+){1,5}\S{1,4}$/u.test(after.text) && !/[，。！？]/u.test(after.text))
      drop(after, 'metadata', 'tags');
  }

  // 6. Headings and paragraphs.
  const rest = content();
  const roles = classifyLines(rest.map((l) => l.text));
  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  let fragmentLines = 0;
  let broken = 0;
  rest.forEach((l, i) => {
    const role = roles[i] ?? { role: 'paragraph' };
    if (looksLikeMojibake(l.text)) {
      report.push({
        line: l.n,
        kind: 'artefact',
        action: 'kept',
        text: l.text,
        note: 'looks like mojibake (text decoded with the wrong encoding)',
        check: true,
      });
    }
    if (role.role === 'caption')
      return drop(
        l,
        'caption',
        looksLikeCaption(l.text) && countHan(l.text) === 0 ? 'short line without Chinese' : 'place shown in a picture',
        true,
      );
    // A numbered heading glued to the end of the paragraph before it: …的工作。1 美团的数据场景特点
    const glued =
      role.role === 'paragraph'
        ? /(?<=[。！？])(\d{1,2}(?:\.\d{1,2})*\s+[^，。！？、；：\s][^，。！？、；：]{1,15})$/u.exec(l.text)
        : null;
    if (glued?.[1]) {
      paragraphs.push(l.text.slice(0, l.text.length - glued[1].length), `## ${glued[1]}`);
      paragraphLines.push(l.n, l.n);
      report.push({
        line: l.n,
        kind: 'heading',
        action: 'changed',
        text: glued[1],
        note: 'numbered heading split from the end of the paragraph',
        check: true,
      });
      return;
    }
    if (role.role === 'heading') {
      paragraphs.push(`## ${l.text}`);
      paragraphLines.push(l.n);
      report.push({ line: l.n, kind: 'heading', action: 'kept', text: l.text });
      return;
    }
    let text = l.text;
    const cap = leadingCaption(text);
    if (cap) {
      text = text.slice(cap.length);
      report.push({ line: l.n, kind: 'caption', action: 'changed', text: cap, note: 'caption glued to the paragraph' });
    }
    const inline = text.match(INLINE_IMAGE_CREDIT);
    if (inline) {
      text = text.replace(INLINE_IMAGE_CREDIT, '');
      report.push({
        line: l.n,
        kind: 'caption',
        action: 'changed',
        text: inline.join(' '),
        note: 'picture credit inside the paragraph',
      });
    }
    if (role.fragment) {
      fragmentLines += 1;
      if (brokenLineEvidence(text)) broken += 1;
      report.push({
        line: l.n,
        kind: 'fragment',
        action: 'kept',
        text,
        note: 'one of several short lines in a row',
        check: true,
      });
    } else if (isShortLine(text) && !role.list) {
      report.push({ line: l.n, kind: 'kept', action: 'kept', text, check: true });
    }
    paragraphs.push(text);
    paragraphLines.push(l.n);
  });
  report.sort((a, b) => a.line - b.line);
  const fragmented = fragmentLines >= 8 && fragmentLines >= 0.4 * paragraphs.length && broken >= 3;
  return { meta, paragraphs, lines: paragraphLines, report, fragmented };
}

/** The zh.txt file for an import: header, blank line, paragraphs separated by blank lines. */
export function formatZh(meta: ImportMeta, paragraphs: readonly string[], draft = false): string {
  const header = (['title', 'author', 'editor', 'source'] as const)
    .filter((k) => meta[k])
    .map((k) => `${k}: ${meta[k] ?? ''}`);
  if (draft) header.push('draft: true');
  return `${header.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The en.txt skeleton: one placeholder block per paragraph, headings marked like the Chinese. */
export function formatEnSkeleton(paragraphs: readonly string[], placeholder: string): string {
  const blocks = paragraphs.map((p) => (p.startsWith('## ') ? `## ${placeholder}` : placeholder));
  return `title: ${placeholder}\n\n${blocks.join('\n\n')}\n`;
}
