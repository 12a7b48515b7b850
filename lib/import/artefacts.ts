/**
 * Repairs what broken scrapers and converters leave inside a line, before the line is normalised
 * or classified: HTML entities and tags that were never rendered, zero-width characters, the
 * pinyin a broken simplified→traditional converter inserts after characters (發(fā)), anti-scraping
 * filler strings (Discuz forums hide random ASCII between words), trailing footnote links ([1]).
 * Each repair is named, so the report can say what changed on which line. Mojibake cannot be
 * repaired; it is only detected, and the line is kept for the author to check.
 */

/** One repair applied to a line: what it was and what was taken out. */
export type Repair = { what: string; removed: string };

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  bull: '•',
  copy: '©',
  reg: '®',
  times: '×',
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/giu;

/** Decodes HTML entities (&ldquo; &#8220; &#x201c;); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Markup that reached the text as letters: <br/>, <p>, </p>, <span …>, and the "/p>" a mojibake
 * decoder leaves when it swallows the "<" together with the character before it.
 */
const TAG = /<\/?(?:p|br|div|span|strong|b|i|em|font|section|img)(?:\s[^<>]*)?\/?>|(?<=[?？\p{Script=Han}])\/p>/giu;

/** U+200B ZERO WIDTH SPACE, U+200C/U+200D joiners, U+2060 WORD JOINER, U+FEFF (a BOM mid-text). */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;

/** A bracketed pinyin syllable with a tone mark, as broken converters insert it: (fā), (zhǎng). */
const PINYIN_GROUP = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;

/** How many bracketed pinyin syllables a text holds. */
export function countPinyinGroups(text: string): number {
  return text.match(PINYIN_GROUP)?.length ?? 0;
}

/**
 * Pinyin in brackets is an artefact only when it is systematic: a textbook may gloss one rare
 * character with its reading (酿(niàng)), a broken converter glosses dozens. Three or more in a
 * document mark the converter.
 */
export const PINYIN_ARTEFACT_MIN = 3;

/**
 * Anti-scraping filler (Discuz "jammer" strings): a run of at least six tokens of one or two ASCII
 * symbols separated by spaces, starting a line or glued to a Han character, such as
 * `0 }0 I& S  E6 s* i# b  ~) Q特斯拉`. The last token may be glued to the next word (`[3 eAudi`).
 */
const JAMMER =
  /(?:^|(?<=\p{Script=Han}))(?:[!-~]{1,2} {1,2}){4,}(?:[!-~]{1,2}(?=$| |\p{Script=Han})|[a-z0-9](?=[A-Z][a-z])|[!-~](?=\p{Script=Han}))/gu;

/** A filler run is mostly symbols; plain spaced-out letters or digits (I C S 0 7) are not filler. */
function isFiller(run: string): boolean {
  const tokens = run.trim().split(/ +/u);
  const symbolic = tokens.filter((t) => /[^A-Za-z0-9]/u.test(t)).length;
  return tokens.length >= 6 && symbolic / tokens.length >= 0.4;
}

/** A footnote link left at the end of a sentence: 這個樣子。 [1] */
const TRAILING_FOOTNOTE = /(?<=[。！？”」])\s*\[\d{1,3}\]\s*$/u;

export type RepairOptions = {
  /** Remove bracketed pinyin (decided for the whole document, see PINYIN_ARTEFACT_MIN). */
  pinyin: boolean;
};

/** Applies every repair to one raw line; returns the repaired text and what was done. */
export function repairLine(raw: string, options: RepairOptions): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let text = raw;
  const apply = (what: string, re: RegExp, keep?: (m: string) => boolean, by: (m: string) => string = () => '') => {
    text = text.replace(re, (m: string) => {
      if (keep?.(m)) return m;
      repairs.push({ what, removed: m });
      return by(m);
    });
  };
  apply('zero-width characters', ZERO_WIDTH);
  const decoded = decodeEntities(text);
  if (decoded !== text) {
    repairs.push({ what: 'HTML entities decoded', removed: text.match(ENTITY)?.join(' ') ?? '' });
    text = decoded;
  }
  apply('HTML tags', TAG, undefined, (m) => (/^<br/iu.test(m) ? ' ' : ''));
  apply('anti-scraping filler', JAMMER, (m) => !isFiller(m));
  if (options.pinyin) apply('pinyin inserted by a converter', PINYIN_GROUP);
  apply('footnote link', TRAILING_FOOTNOTE);
  return { text, repairs };
}

/**
 * Mojibake: text decoded with the wrong encoding. Signs: U+FFFD, the GBK "锟斤拷" pattern, runs of
 * Latin-1 letters in Chinese text (Ã¤Â), or a "?" wedged between Han characters (?!笆吣辍).
 */
export function looksLikeMojibake(text: string): boolean {
  return (
    /\ufffd|锟斤拷|烫烫烫/u.test(text) ||
    /[\u00c0-\u00ff][\u0080-\u00ff]{1,}[\u00c0-\u00ff]/u.test(text) ||
    /\p{Script=Han}\?+[!！]?\p{Script=Han}|\p{Script=Han}\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u.test(text)
  );
}
