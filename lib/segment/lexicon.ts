/**
 * The segmenter's word list, derived at build time from jieba's own dictionary and CC-CEDICT.
 * jieba's list (about 349,000 entries) holds many long phrases a learner cannot look up
 * (国有企业 "state-owned enterprise" is fine, but 本报记者 "this paper's reporter", 水路运输, 主管部门
 * are phrases); left in, they make jieba cut text into pieces no dictionary explains. So a jieba
 * word is kept when CC-CEDICT knows it (it is a dictionary-sized word), when jieba tags it as a
 * name (person, place, organisation: names are words a learner meets whole), or when it is
 * frequent enough to be a lexical word in its own right. CC-CEDICT proper names jieba lacks
 * (英伟达 Nvidia) are added, so they are not cut into syllables.
 *
 * Pure: the caller reads the files and writes the result (see lib/segment/index.ts).
 */

export type LexiconOptions = {
  /** jieba words CC-CEDICT does not know are kept from this frequency on (jieba's counts). */
  minUnknownFrequency: number;
  /** jieba part-of-speech tags of names, kept whatever CC-CEDICT says. */
  nameTags: ReadonlySet<string>;
  /** Frequency given to CC-CEDICT words jieba lacks (jieba's scale: median word about 3–10). */
  addedFrequency: number;
};

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = {
  minUnknownFrequency: 30,
  nameTags: new Set(['nr', 'nrt', 'ns', 'nt']),
  addedFrequency: 3,
};

/** What the lexicon needs to know about CC-CEDICT. */
export type Headwords = {
  has(word: string): boolean;
  /** Headwords to add when jieba lacks them, with jieba's part-of-speech tag for them. */
  additions(): Iterable<readonly [string, string]>;
};

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/**
 * jieba dictionary lines (`word freq tag`) → the filtered and extended dictionary, same format.
 * Single characters always stay: jieba needs them to cut anything.
 */
export function buildLexicon(
  jiebaLines: Iterable<string>,
  headwords: Headwords,
  options: LexiconOptions = DEFAULT_LEXICON_OPTIONS,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of jiebaLines) {
    const [word, freq, tag] = line.split(' ');
    if (!word || !freq) continue;
    const keep =
      !HAN_WORD.test(word) ||
      headwords.has(word) ||
      (tag !== undefined && options.nameTags.has(tag)) ||
      Number(freq) >= options.minUnknownFrequency;
    if (!keep) continue;
    out.push(line);
    seen.add(word);
  }
  for (const [word, tag] of headwords.additions()) {
    if (seen.has(word) || !HAN_WORD.test(word)) continue;
    out.push(`${word} ${options.addedFrequency} ${tag}`);
    seen.add(word);
  }
  return out;
}
