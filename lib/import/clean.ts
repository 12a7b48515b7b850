/**
 * Turns text copied or scraped from a web page into an article's Chinese content: pure functions,
 * no file access (scripts/import.ts does the I/O). Every line that is dropped or reclassified is
 * reported with its line number in the raw file, so an author can check the importer's choices.
 *
 * The steps, in order:
 *  1. normalise each line (lib/text/normalize: whitespace, punctuation width, quotes);
 *  2. drop the earlier of two repeated copies of the article (scrapers often capture a page's
 *     body twice, e.g. the page and its print version): the longest run of ≥ 3 identical
 *     consecutive lines that occurs twice;
 *  3. strip site boilerplate (copyright and ICP lines, disclaimers, nav rows, "匿名", image
 *     credits), reading the author, editor and source from the credit lines on the way;
 *  4. classify short lines without sentence-final punctuation (the title, headings, captions).
 *
 * Headings vs captions, the rule: both are short lines without closing punctuation. A caption
 * labels a picture: it has fewer than 5 Han characters (Grok-1.5V, 马斯克在 Supercluster), or it
 * ends in a locative phrase whose object is Latin/digits (…在 Supercluster: the place shown), or
 * it starts with a picture marker (图：, 图为, ▲). A heading has at least 5 Han characters, is
 * followed by a body paragraph and does not follow another heading-like short line: two such lines
 * in a row (a picture's caption and credit, say) are both captions.
 */
import { countHan, codePointLength } from '../text/chars';
import { normalizeLine } from '../text/normalize';

export type ImportMeta = { title?: string; author?: string; editor?: string; source?: string };

export type ReportKind =
  'duplicate' | 'copyright' | 'disclaimer' | 'nav' | 'ui' | 'image-credit' | 'caption' | 'credit' | 'heading' | 'title';

/** One line the importer removed or classified; `line` is 1-based in the raw file. */
export type ReportItem = { line: number; kind: ReportKind; text: string };

export type ImportResult = {
  meta: ImportMeta;
  /** Paragraphs in content form; headings start with "## ". */
  paragraphs: string[];
  report: ReportItem[];
};

type Line = { n: number; text: string };

/** Punctuation that closes a sentence or clause; a line ending in one is body text. */
const CLOSING = new Set(['。', '！', '？', '…', '；', '：', '，', '、', '”', '’', '」', '』', '.', '!', '?']);
/** Longest line still taken for a title, heading or caption (code points). */
const SHORT_LINE = 40;
const MIN_HEADING_HAN = 5;
const MIN_REPEAT = 3;

const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved|版权所有|ICP备|ICP证|京公网安备|网安备/iu;
const DISCLAIMER = /^(免责声明|声明)[：:]/u;
/** Page chrome that scrapers pick up as lines of their own. */
const UI_WORDS = new Set([
  '匿名',
  '分享',
  '分享到',
  '收藏',
  '点赞',
  '评论',
  '举报',
  '返回顶部',
  '打印',
  '关闭',
  '相关阅读',
  '热门推荐',
]);
/** "来源：网络" and its kin credit a picture, not the article. */
const IMAGE_SOURCES = new Set(['网络', '网络图片', '互联网', '视觉中国', '摄图网', '图虫创意', 'unsplash', 'pexels']);
const IMAGE_CREDIT = /^(图片来源|图片|图源|配图|题图|头图)[：:|]/u;
const SOURCE_LINE = /^(来源|文章来源|本文来源|出处)[：:|](.+)$/u;
const AUTHOR_LINE = /^(作者|文)[：:|｜/](.+)$/u;
const EDITOR_LINE = /^(编辑|责任编辑|责编)[：:|｜/](.+)$/u;
const CAPTION_START = /^(图[：:\d一二三四五六七八九十]|图为|▲|△)/u;
const LOCATIVE_LATIN_END = /[在于][ ]*[A-Za-z0-9][A-Za-z0-9 .\-]*$/u;
const DISCLAIMER_SOURCE = /本文(?:来自|转载自|来源于?)[：:]?\s*(.+?)(?:客户端|微信公众号|公众号|APP|网站)?[，,。；]/iu;

/** A nav row: at least three "|"-separated cells, each short, none a sentence. */
function isNavRow(text: string): boolean {
  const cells = text.split(/[|｜]/u).map((c) => c.trim());
  if (cells.length < 3) return false;
  return cells.every((c) => codePointLength(c) <= 10 && !/[。！？，]/u.test(c));
}

/** Short and not closed by punctuation: a title, heading or caption candidate. */
export function isShortLine(text: string): boolean {
  const chars = Array.from(text);
  const last = chars[chars.length - 1];
  return chars.length <= SHORT_LINE && last !== undefined && !CLOSING.has(last);
}

/** Caption (picture label) rather than heading; see the module comment for the rule. */
export function looksLikeCaption(text: string): boolean {
  return countHan(text) < MIN_HEADING_HAN || LOCATIVE_LATIN_END.test(text) || CAPTION_START.test(text);
}

/**
 * Finds the longest run of identical consecutive non-empty lines that occurs twice.
 * Returns the start of both copies and the run length, or null when nothing repeats.
 */
export function findRepeat(lines: readonly string[]): { first: number; second: number; length: number } | null {
  let best: { first: number; second: number; length: number } | null = null;
  const positions = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l === '') return;
    const list = positions.get(l);
    if (list) list.push(i);
    else positions.set(l, [i]);
  });
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line === '') continue;
    for (const j of positions.get(line) ?? []) {
      if (j <= i) continue;
      let k = 0;
      while (j + k < lines.length && i + k < j && lines[i + k] === lines[j + k]) k += 1;
      if (k >= MIN_REPEAT && (!best || k > best.length)) best = { first: i, second: j, length: k };
    }
  }
  return best;
}

/** Strips a credit value: "孙鹏越" from "作者|孙鹏越 " and the like. */
const creditValue = (v: string): string => v.replace(/^[：:|｜/\s]+/u, '').trim();

/** Cleans scraped text (already decoded, LF line ends); see the module comment. */
export function cleanScrapedText(raw: string): ImportResult {
  const report: ReportItem[] = [];
  const meta: ImportMeta = {};
  const lines = raw.split('\n').map((l) => normalizeLine(l));

  // 2. The repeated copy: the earlier one goes, so what sits just before the later one (the
  // title, on most sites) stays in front of the text.
  const skip = new Set<number>();
  const repeat = findRepeat(lines);
  if (repeat) {
    for (let k = 0; k < repeat.length; k += 1) skip.add(repeat.first + k);
    report.push({
      line: repeat.first + 1,
      kind: 'duplicate',
      text: `lines ${repeat.first + 1}–${repeat.first + repeat.length} repeat lines ${repeat.second + 1}–${repeat.second + repeat.length}`,
    });
  }

  // 3. Boilerplate and credits.
  const kept: Line[] = [];
  lines.forEach((text, i) => {
    const n = i + 1;
    if (text === '' || skip.has(i)) return;
    if (DISCLAIMER.test(text)) {
      const m = DISCLAIMER_SOURCE.exec(text);
      if (m?.[1] && !meta.source) meta.source = m[1].trim();
      report.push({ line: n, kind: 'disclaimer', text });
      return;
    }
    if (COPYRIGHT.test(text)) return void report.push({ line: n, kind: 'copyright', text });
    if (isNavRow(text)) return void report.push({ line: n, kind: 'nav', text });
    if (UI_WORDS.has(text)) return void report.push({ line: n, kind: 'ui', text });
    if (IMAGE_CREDIT.test(text)) return void report.push({ line: n, kind: 'image-credit', text });
    const source = SOURCE_LINE.exec(text);
    if (source?.[2]) {
      const value = creditValue(source[2]);
      if (IMAGE_SOURCES.has(value.toLowerCase())) return void report.push({ line: n, kind: 'image-credit', text });
      if (!meta.source) meta.source = value;
      return void report.push({ line: n, kind: 'credit', text });
    }
    const author = AUTHOR_LINE.exec(text);
    if (author?.[2] && isShortLine(text)) {
      if (!meta.author) meta.author = creditValue(author[2]);
      return void report.push({ line: n, kind: 'credit', text });
    }
    const editor = EDITOR_LINE.exec(text);
    if (editor?.[2] && isShortLine(text)) {
      if (!meta.editor) meta.editor = creditValue(editor[2]);
      return void report.push({ line: n, kind: 'credit', text });
    }
    kept.push({ n, text });
  });

  // 4. Title, headings and captions. The title is the first line when it is short; otherwise
  // the article has none and the author must add one.
  const paragraphs: string[] = [];
  const first = kept[0];
  let start = 0;
  if (first && isShortLine(first.text) && countHan(first.text) > 0) {
    meta.title = first.text;
    report.push({ line: first.n, kind: 'title', text: first.text });
    start = 1;
  }
  for (let i = start; i < kept.length; i += 1) {
    const { n, text } = kept[i] as Line;
    if (!isShortLine(text)) {
      paragraphs.push(text);
      continue;
    }
    const next = kept[i + 1];
    const prev = i > start ? kept[i - 1] : undefined;
    const followedByBody = next !== undefined && !isShortLine(next.text);
    const afterHeadingLike = prev !== undefined && isShortLine(prev.text) && !looksLikeCaption(prev.text);
    if (!looksLikeCaption(text) && followedByBody && !afterHeadingLike) {
      paragraphs.push(`## ${text}`);
      report.push({ line: n, kind: 'heading', text });
    } else {
      report.push({ line: n, kind: 'caption', text });
    }
  }
  report.sort((a, b) => a.line - b.line);
  return { meta, paragraphs, report };
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
