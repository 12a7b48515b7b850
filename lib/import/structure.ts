/**
 * The shape of the article once the page chrome is gone: which line is the title, which short
 * lines are headings, which are picture captions, which are fragments of a page broken into lines.
 *
 * The title is chosen by evidence, not position: a headline is repeated near the top (in the
 * breadcrumb, the SEO title, a second heading), sits right before the date/source/byline line, or
 * right after a forum post's date and before the text. Site names and categories above it lose.
 *
 * A heading is a short line without closing punctuation that opens a section: it is numbered
 * (一、 （一） 1.1 第一章), wholly quoted, or followed by a paragraph. Two short lines before a
 * paragraph are both headings (section and subsection); three or more in a row are a list, a poem
 * or a page broken into fragments, and stay paragraphs. When in doubt a line is kept, and the
 * report says "check this".
 */
import { codePointLength, countHan } from '../text/chars';

/** Punctuation that closes a sentence or clause; a line ending in one is body text. */
const CLOSING = new Set([
  '。',
  '！',
  '？',
  '…',
  '；',
  '：',
  '，',
  '、',
  '”',
  '’',
  '」',
  '』',
  '—',
  '.',
  '!',
  '?',
  ';',
  ':',
  ',',
]);
/** Longest line still taken for a title, heading or caption (code points). */
export const SHORT_LINE = 40;
/** A paragraph a heading can open: at least this many Han characters. */
const PARAGRAPH_HAN = 15;

/** Short and not closed by punctuation: a title, heading or caption candidate. */
export function isShortLine(text: string): boolean {
  const chars = Array.from(text);
  const last = chars[chars.length - 1];
  if (chars.length > SHORT_LINE || last === undefined) return false;
  // A headline may end in a quoted term (新来的“省尾书记”); a quoted sentence (“……。”) may not.
  if (/[”」』]/u.test(last) && !/[。！？，；…：]/u.test(text)) return true;
  return !CLOSING.has(last);
}

/** A body paragraph a heading can stand over. */
export function isParagraph(text: string): boolean {
  return !isShortLine(text) && countHan(text) >= PARAGRAPH_HAN;
}

/** Numbered heading forms: 一、 （一） (1) 1. 1.1 1、 第一章 第2节, or a lone numeral. */
const NUMBERED =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})+[、.．]?\s*\S|\d{1,2}[、.．]\s*\S|\d{1,2}\s+\S|第[一二三四五六七八九十百\d]+[章节節部篇讲講回]|[一二三四五六七八九十]$)/u;

export const isNumbered = (text: string): boolean => NUMBERED.test(text);

/** A speaker label opens a line of dialogue, never a heading: Q: A: 问： 答： 记者： */
const SPEAKER = /^(?:[QA]|问|答|問|记者|記者|主持人)\s*[:：]/u;

/** A short quotation standing alone as a section title: “兴学强国”. */
const QUOTED_HEADING = /^[“「『][^“”「」『』。！？，]{2,22}[”」』]$/u;

/** A short label ending in a colon that opens a section (背景技术：). */
const COLON_HEADING = /^[^，。！？：:]{2,8}[：:]$/u;

/**
 * Caption (picture label) rather than heading: no Han at all (Grok-1.5V), or a place phrase whose
 * object is Latin or digits (马斯克在 Supercluster: the place a photo shows).
 */
export function looksLikeCaption(text: string): boolean {
  return countHan(text) === 0 || /[在于][ ]*[A-Za-z0-9][A-Za-z0-9 .\-]*$/u.test(text);
}

/** Words that head a section and never title an article. */
const SECTION_WORDS = new Set(
  '简介 簡介 前言 引言 背景 概述 概览 概覽 摘要 目录 目錄 导语 導語 导读 導讀 结语 結語 总结 總結 正文 附录 附錄 参考文献 參考文獻 评论 評論 编按 編按'.split(
    ' ',
  ),
);

/** Suffixes school-text and encyclopedia sites add to a title (但愿人长久课文插图). */
const TITLE_SUFFIX =
  /(?:作品原文|课文原文|課文原文|原文内容|原文內容|课文内容|課文內容|课文朗读|課文朗讀|课文插图|課文插圖|课文|課文|原文|全文)$/u;

/** The title's text as an author would write it: no column tag, category, book marks or site suffix. */
export function cleanTitle(text: string): string {
  let t = text
    .replace(/^【[^】]{1,16}】\s*/u, '')
    .replace(/^\[[^\]]{1,12}\]\s*/u, '')
    .trim();
  const parts = t.split(/\s*[_|｜,，]\s*/u).filter(Boolean);
  if (parts.length >= 2) {
    const key0 = titleKey(parts[0] as string);
    if (key0 && parts.slice(1).every((p) => titleKey(p).startsWith(key0))) t = parts[0] as string;
  }
  t = t.replace(TITLE_SUFFIX, '').trim();
  const book = /^《([^》]+)》$/u.exec(t);
  return book?.[1] ?? t;
}

/** What two lines must share to count as the same headline. */
export function titleKey(text: string): string {
  return text
    .replace(/^【[^】]{1,16}】/u, '')
    .replace(/^\[[^\]]{1,12}\]/u, '')
    .replace(/^\d{1,3}\s+/u, '')
    .replace(/[《》“”"「」\s_|｜,，:：·]/gu, '')
    .replace(TITLE_SUFFIX, '');
}

/** The SEO title repeats itself: 《早》课文原文_《早》课文内容_《早》课文朗读. */
function selfRepeating(text: string): boolean {
  const parts = text.split(/\s*[_|｜,，]\s*/u).filter(Boolean);
  if (parts.length < 2) return false;
  const key0 = titleKey(parts[0] as string);
  return key0.length >= 1 && parts.slice(1).every((p) => titleKey(p).startsWith(key0));
}

/** Site names: short, ending in 网/站/论坛 … (课本站, 6、7、80后怀旧网). */
const SITE_NAME = /(?:网|網|站|论坛|論壇|社区|社區|频道|頻道|在线|在線|首页|首頁|网站|網站)$/u;

/** What the title chooser knows about a line near the top. */
export type TopLine = {
  index: number;
  text: string;
  /** Page chrome or credit kind, when the line was already classified. */
  kind?: string;
  names?: boolean;
};

/**
 * Scores title candidates among the lines before the first paragraph. Returns the index (into
 * `lines`) of the title, or null when no line has evidence for it.
 */
export function chooseTitle(lines: readonly TopLine[]): { index: number; score: number } | null {
  // The text starts at the first sentence-like paragraph; a long headline is not one.
  const firstBody = lines.findIndex(
    (l) => !l.kind && isParagraph(l.text) && (/[。！？…”」]$/u.test(l.text) || codePointLength(l.text) > 80),
  );
  const limit = firstBody < 0 ? Math.min(lines.length, 20) : firstBody;
  const nextInfo = (i: number): TopLine | undefined => {
    for (let j = i + 1; j < lines.length; j += 1) {
      const l = lines[j] as TopLine;
      if (l.kind === 'widget' || l.kind === 'artefact') continue;
      return l;
    }
    return undefined;
  };
  const prevInfo = (i: number): TopLine | undefined => {
    for (let j = i - 1; j >= 0; j -= 1) {
      const l = lines[j] as TopLine;
      if (l.kind === 'widget' || l.kind === 'artefact') continue;
      return l;
    }
    return undefined;
  };
  let best: { index: number; score: number } | null = null;
  let firstCandidate = true;
  for (let i = 0; i < limit; i += 1) {
    const l = lines[i] as TopLine;
    if (l.kind) continue;
    const text = l.text;
    const chars = codePointLength(text);
    const last = Array.from(text).pop() ?? '';
    if (
      countHan(text) < 1 ||
      chars > 64 ||
      /[，、：；:;,]/u.test(last) ||
      SECTION_WORDS.has(text) ||
      SPEAKER.test(text)
    )
      continue;
    if (/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]/u.test(text)) continue;
    let score = 0;
    const key = titleKey(text);
    const repeated =
      selfRepeating(text) ||
      lines.some(
        (o, j) =>
          j !== i &&
          j < 40 &&
          key.length >= 1 &&
          (titleKey(o.text) === key || (o.kind === 'breadcrumb' && key.length >= 4 && titleKey(o.text).includes(key))),
      );
    if (repeated) score += 3;
    const next = nextInfo(i);
    const prev = prevInfo(i);
    const metaKinds = ['credit', 'date', 'metadata'];
    const evidence = repeated || Boolean(next && (metaKinds.includes(next.kind ?? '') || next.names));
    // A sentence is a title only with evidence (a headline with a 。 that the page repeats).
    const unquoted = text.replace(/[「“『][^」”』]*[」”』]/gu, '');
    if (/。/u.test(unquoted) && !evidence) continue;
    if (next && (metaKinds.includes(next.kind ?? '') || next.names)) score += 2;
    if (prev && (prev.kind === 'date' || prev.kind === 'forum') && next && !next.kind && isParagraph(next.text))
      score += 3;
    if (next && !next.kind && isParagraph(next.text)) score += 1;
    if (countHan(text) >= 10) score += 1;
    if (/^(?:\[[^\]]{1,12}\]|【[^】]{1,16}】)\s*\S/u.test(text)) score += 1; // a forum or column tag in front
    if (firstCandidate) score += 1;
    firstCandidate = false;
    if (l.names) score -= 2;
    else if (/^\S{2}$/u.test(text) && countHan(text) === 2) score -= 1;
    if (chars <= 8 && SITE_NAME.test(text)) score -= 2;
    if (/[。！？]$/u.test(text)) score -= 1;
    if (score >= 1 && (!best || score > best.score)) best = { index: i, score };
  }
  return best;
}

export type LineRole = { role: 'heading' | 'paragraph' | 'caption'; fragment?: boolean; list?: boolean };

/**
 * Headings, captions and fragments among the article's lines (title and chrome already gone).
 * `texts` are the normalised lines in order.
 */
export function classifyLines(texts: readonly string[]): LineRole[] {
  const short = texts.map((t) => isShortLine(t));
  // Runs of consecutive short lines: three or more are a list, a poem or fragments.
  const runLength = new Array<number>(texts.length).fill(0);
  for (let i = 0; i < texts.length;) {
    let j = i;
    while (j < texts.length && short[j]) j += 1;
    for (let k = i; k < j; k += 1) runLength[k] = j - i;
    i = j === i ? i + 1 : j;
  }
  const numberedShort = (j: number): boolean => short[j] === true && isNumbered(texts[j] ?? '');
  return texts.map((text, i) => {
    const next = texts[i + 1];
    if (isColonHeading(text, next) || QUOTED_HEADING.test(text)) return { role: 'heading' };
    // A line holding a full stop is a sentence however short (quoted speech aside).
    if (!short[i] || /。/u.test(text.replace(/[「“『][^」”』]*[」”』]/gu, ''))) return { role: 'paragraph' };
    if (looksLikeCaption(text)) return { role: 'caption' };
    const inRun = (runLength[i] ?? 0) >= 3;
    const list =
      inRun &&
      isNumbered(text) &&
      (numberedShort(i - 1) || numberedShort(i + 1) || numberedShort(i - 2) || numberedShort(i + 2));
    if (SPEAKER.test(text)) return { role: 'paragraph', fragment: inRun };
    if (list) return { role: 'paragraph', list: true };
    if (isNumbered(text) || QUOTED_HEADING.test(text)) return { role: 'heading' };
    if (inRun) return { role: 'paragraph', fragment: true };
    // A piece of a broken sentence is not a heading: 示范应用与商业化试点 after …道路测试、
    const prev = texts[i - 1];
    if (brokenLineEvidence(text) || (prev !== undefined && /[、，《（(]$/u.test(prev)))
      return { role: 'paragraph', fragment: true };
    if (next !== undefined && isParagraph(next)) return { role: 'heading' };
    // The first of two short lines over a paragraph: a section heading and its subsection.
    const after = texts[i + 2];
    if (next !== undefined && short[i + 1] && !looksLikeCaption(next) && after !== undefined && isParagraph(after)) {
      return { role: 'heading' };
    }
    return { role: 'paragraph' };
  });
}

/** A short line ending in a colon that heads a section (背景技术：) when a paragraph follows. */
export function isColonHeading(text: string, next: string | undefined): boolean {
  return COLON_HEADING.test(text) && next !== undefined && isParagraph(next);
}

/**
 * Evidence that short lines are pieces of broken sentences rather than verse: a line ending in a
 * function word (的 于 与 和 在 …), an opening bracket left unclosed, a line starting with a
 * closing one, or a lone mark of punctuation.
 */
export function brokenLineEvidence(text: string): boolean {
  const opens = (text.match(/[《（(“「]/gu) ?? []).length;
  const closes = (text.match(/[》）)”」]/gu) ?? []).length;
  return /[的于与和及在对把被从向为将、]$/u.test(text) || opens !== closes || /^[，。、；]$/u.test(text);
}
