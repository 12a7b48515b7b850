/**
 * Segmentation by grammar: corrections to jieba's cut that follow from how words combine, not
 * from a list of sentences. Pure: works on pieces, with the word lists passed in.
 *   - a dictionary word jieba's list lacks is kept whole when jieba cut it into two pieces that
 *     make it up exactly (下|一步 → 下一步, 很|是 → 很是, 史|上 → 史上);
 *   - an over-long chunk that is no dictionary word and no name is cut into the dictionary words
 *     that compose it (值得一提的是 → 值得一提|的|是);
 *   - a word that is also an adverb + modal or a copula + preposition is cut apart when what
 *     follows shows the second reading (才能在一年… → 才|能|在…, 工作是从互联网… → 是|从|互联网);
 *   - 的话 "if" is 的 + 话 "words" after what owns or describes the words (难懂的话, 他的话).
 * Numbers and their magnitudes are handled in lib/segment/numbers.
 */
import { isNumberUnit } from './numbers';
import type { Piece } from './tokenize';

/** What the grammar passes know about words. */
export type WordClasses = {
  /** jieba's part-of-speech tag of a word in its list (ICTCLAS set: v, n, nr, p, d, …). */
  tag(word: string): string | undefined;
  /** Whether CC-CEDICT lists the word as a common (not only a proper-name) word. */
  isDictionaryWord(word: string): boolean;
};

/** Longest pair merged back into a dictionary word, in code points. */
const MAX_MERGED = 3;
/** From this length a chunk no dictionary knows is cut into the words that compose it. */
const LONG_CHUNK = 5;
/** jieba tags of names, numerals and idioms: never cut, whatever their length (百分之五十, 八仙过海各显神通). */
const NAME_TAG = /^(nr|ns|nt|nz|m|i)/u;

const len = (s: string) => Array.from(s).length;
const isHanPiece = (p: Piece | undefined): p is Piece => p?.kind === 'han';

/**
 * Function-word pairs that jieba lists as one word with another sense. Each is cut when the
 * word after it starts what the second function word governs:
 *   才能 "talent" | 才 "only then" + 能 "can" before a verb phrase (才能在一年…, 才能完成);
 *   是从 "to obey" | 是 "is" + 从 "from" before the place or source it introduces;
 *   着数 "a move" | 着 (aspect) + 数 "several" before a classifier.
 */
const CUT_BEFORE: ReadonlyMap<string, { parts: [string, string]; before: (tag: string) => boolean }> = new Map([
  // A verb phrase: a verb, a preposition, an adverb or a modal starts it.
  ['才能', { parts: ['才', '能'], before: (t: string) => /^(v|p|d|a)/u.test(t) }],
  // What 从 governs: a noun phrase (互联网, 这里, 北京), a pronoun, a time or a number.
  ['是从', { parts: ['是', '从'], before: (t: string) => /^(n|r|t|s|m|f|eng)/u.test(t) }],
  // 着数 "a move, a trick" | the aspect particle 着 + 数 "several" before a classifier (点缀着数颗星).
  ['着数', { parts: ['着', '数'], before: (t: string) => /^(q|m)/u.test(t) }],
]);

/** Conjunctions that open a conditional clause closed by 的话 "if" (如果…的话). */
const CONDITIONAL = new Set([
  '如果',
  '要是',
  '假如',
  '假若',
  '假使',
  '倘若',
  '倘使',
  '若',
  '万一',
  '如',
  '若是',
  '只要',
  '一旦',
]);
/** Pronouns that own what is said: 他的话 "his words". */
const PERSONAL = /^(我|你|您|他|她|它|我们|你们|他们|她们|咱们|人家|别人|大家|自己)$/u;

/**
 * 的话 is the particle "if" that closes a conditional clause (你不去的话，…; 如果下雨的话); it is
 * 的 + 话 "words, what is said" after an adjective, a noun or a personal pronoun that owns or
 * describes the words (难懂的话, 这老女人的话, 他的话) and before a locative (半懂不懂的话里), unless
 * a conditional conjunction opened the clause.
 */
function wordsNotIf(pieces: readonly Piece[], i: number, classes: WordClasses): boolean {
  const next = pieces[i + 1];
  if (isHanPiece(next) && /^[里中上]$/u.test(next.text)) return true;
  let k = i - 1;
  for (; k >= 0 && isHanPiece(pieces[k]); k -= 1) if (CONDITIONAL.has((pieces[k] as Piece).text)) return false;
  const prev = pieces[i - 1];
  if (!isHanPiece(prev)) return false;
  const tag = pieceTag(prev, classes);
  return /^(a|n|l|i)/u.test(tag) || PERSONAL.test(prev.text);
}

/** The tag of a piece: jieba's, or its class for what jieba's list does not hold. */
export function pieceTag(p: Piece, classes: WordClasses): string {
  if (p.kind === 'number') return 'm';
  if (p.kind === 'latin') return 'eng';
  if (p.kind !== 'han') return 'x';
  return classes.tag(p.text) ?? 'x';
}

/** Longest dictionary words left to right; single characters where nothing longer fits. */
function composeByDictionary(word: string, classes: WordClasses): string[] {
  const chars = Array.from(word);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let n = Math.min(chars.length - i, LONG_CHUNK - 1);
    for (; n > 1; n -= 1) if (classes.isDictionaryWord(chars.slice(i, i + n).join(''))) break;
    out.push(chars.slice(i, i + n).join(''));
    i += n;
  }
  return out;
}

/**
 * Whether two pieces may make one word: the first must be one character; not when either is a particle, conjunction, pronoun or
 * preposition (中|的, 有|了, 这|就 are phrases CC-CEDICT happens to list), nor an adverb or modal
 * before a verb (将|会, 都|会, 一定|要, 并|不), nor a verb and its complement (关系|到, 成|了).
 */
function lexicalPair(a: string, b: string, first: string): boolean {
  // A word of its own and a locative or complement after it is a phrase (历史|上, 多年|来, 发展|中);
  // a bound first character is not (史上, 下一步).
  if (len(first) > 1 || /^m/u.test(a)) return false;
  if (/^[ucrpy]/u.test(a) || /^[ucrpy]/u.test(b)) return false;
  if (/^d/u.test(a) || /^v/u.test(a)) return !/^[vd]/u.test(b);
  return true;
}

/**
 * Degree adverbs that modify a one-syllable adjective as a phrase (很大, 更好, 太小); 很快 "soon" is
 * the adverb of time both standards list as a word (很快就来, 他很快得到了回复).
 */
const DEGREE = new Set(Array.from('很更太挺越较'));
/** Prepositions a one-syllable verb takes as the head of its place (放在, 设在, 生于). */
const VERB_PREPOSITION = new Set(Array.from('在于'));
/** Numerals that jieba's list joins with a classifier. */
const NUMERAL_HEAD = new Set(Array.from('一二两三四五六七八九十几'));

/**
 * Phrases jieba's list keeps as one word though no dictionary does, cut where grammar joins them
 * (a numeral and its classifier too: numeralAndClassifier, after the merge below):
 *   - a degree adverb and a one-syllable adjective (很|大, 更|好);
 *   - a one-syllable verb and the preposition heading its place (放|在, 设|在);
 *   - four characters that are two dictionary words, unless jieba lists them as a noun, an idiom
 *     or a numeral: its list tags many phrases as names or set phrases (充分|发挥, 大力|支持,
 *     今天|上午, 国家|有关), while its four-character nouns are terms (管理人员);
 *   - five characters or more: the dictionary words that compose them (值得一提|的|是).
 * Any word CC-CEDICT lists stays whole (国有企业, 作出, 一步到位), and so do names, numerals and idioms
 * of five characters or more (百分之五十, 八仙过海各显神通).
 */
function phraseParts(p: Piece, tag: string, classes: WordClasses): string[] | null {
  const chars = Array.from(p.text);
  // The cheap tests on characters and tags first: most pieces are two-character words.
  let parts: string[] | null = null;
  if (chars.length === 2) {
    const [a = '', b = ''] = chars;
    if (/^(nr|ns|nt|nz)/u.test(tag)) parts = null;
    else if (DEGREE.has(a) && /^a/u.test(classes.tag(b) ?? '') && p.text !== '很快') parts = [a, b];
    else if (VERB_PREPOSITION.has(b) && /^v/u.test(classes.tag(a) ?? '')) parts = [a, b];
  } else if (chars.length === 4) {
    const [a, b] = [chars.slice(0, 2).join(''), chars.slice(2).join('')];
    if (!/^(n|i|m)$/u.test(tag) && classes.isDictionaryWord(a) && classes.isDictionaryWord(b)) parts = [a, b];
  } else if (chars.length >= LONG_CHUNK && !NAME_TAG.test(tag)) parts = composeByDictionary(p.text, classes);
  return parts && !classes.isDictionaryWord(p.text) ? parts : null;
}

/**
 * A numeral and a classifier jieba lists as one word and no dictionary does (一项, 一场, 一条;
 * its list tags some classifiers as nouns, 项 and 条, the pair then as a numeral); not the units
 * lib/segment/numbers keeps with their number (两个, 三天).
 */
function numeralAndClassifier(word: string, classes: WordClasses): boolean {
  const chars = Array.from(word);
  if (chars.length !== 2) return false;
  const [a = '', b = ''] = chars;
  if (!NUMERAL_HEAD.has(a) || isNumberUnit(b)) return false;
  const classifier =
    /^q/u.test(classes.tag(b) ?? '') || (/^m/u.test(classes.tag(word) ?? '') && /^n/u.test(classes.tag(b) ?? ''));
  return classifier && !classes.isDictionaryWord(word);
}

/** Applies the passes above to jieba's pieces of one Han span. */
export function regroup(pieces: readonly Piece[], classes: WordClasses): Piece[] {
  // Over-long chunks and phrases listed as words: cut into dictionary words.
  const split: Piece[] = [];
  for (const p of pieces) {
    const parts =
      isHanPiece(p) && len(p.text) !== 3 && len(p.text) > 1 ? phraseParts(p, classes.tag(p.text) ?? '', classes) : null;
    if (parts) for (const w of parts) split.push({ text: w, kind: 'han' });
    else split.push(p);
  }
  // Dictionary words jieba's list lacks, cut in two: whole again.
  const merged: Piece[] = [];
  for (let i = 0; i < split.length; i += 1) {
    const a = split[i] as Piece;
    const b = split[i + 1];
    if (isHanPiece(a) && isHanPiece(b)) {
      const both = a.text + b.text;
      // 有的 "some" opens its clause (有的地方还很穷, ，有的则…): the pronoun, not 有 + 的.
      if (both === '有的' && !isHanPiece(split[i - 1]) && isHanPiece(split[i + 2])) {
        merged.push({ text: both, kind: 'han' });
        i += 1;
        continue;
      }
      if (
        len(both) <= MAX_MERGED &&
        classes.tag(both) === undefined &&
        classes.isDictionaryWord(both) &&
        lexicalPair(classes.tag(a.text) ?? 'x', classes.tag(b.text) ?? 'x', a.text)
      ) {
        merged.push({ text: both, kind: 'han' });
        i += 1;
        continue;
      }
    }
    merged.push(a);
  }
  // Function-word pairs cut by what follows; a numeral and a classifier jieba lists as one word,
  // after the merge above has had its chance (下|一步 → 下一步 first).
  const out: Piece[] = [];
  merged.forEach((p, i) => {
    const rule = isHanPiece(p) ? CUT_BEFORE.get(p.text) : undefined;
    const next = merged[i + 1];
    if (rule && next && rule.before(pieceTag(next, classes)))
      for (const part of rule.parts) out.push({ text: part, kind: 'han' });
    else if (isHanPiece(p) && p.text === '的话' && wordsNotIf(merged, i, classes))
      out.push({ text: '的', kind: 'han' }, { text: '话', kind: 'han' });
    else if (isHanPiece(p) && numeralAndClassifier(p.text, classes))
      for (const part of Array.from(p.text)) out.push({ text: part, kind: 'han' });
    else out.push(p);
  });
  return out;
}
