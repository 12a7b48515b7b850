/**
 * Polyphone disambiguation: a small linear model (an averaged perceptron) that picks the reading
 * of a character with several readings from its word and its neighbours.
 *
 * Each candidate reading is scored by two kinds of evidence:
 * - lexical features of this character (its segmented word, the CC-CEDICT words around it, the
 *   characters and words to its left and right, pinyin-pro's guess), each with a weight per reading;
 * - votes: a source that names one reading (pinyin-pro in context, the unique CC-CEDICT reading of
 *   the segmented word, of a longer or shorter dictionary word covering the character, the first
 *   dictionary reading of the character) adds the weight learned for how often that source is right,
 *   in general and for this character. Votes let the model read characters and words it never saw.
 *
 * Two things come before and after the score: the context rules of lib/pinyin/rules.ts (particles
 * and function words that encyclopaedia training text reads badly: 地 de, 得 děi, 为 wèi) decide
 * first where they apply; and a close call (margin under DICTIONARY_MARGIN) goes to the segmented
 * word's only CC-CEDICT reading.
 *
 * The weights are learned from the dev split of CPP, "Chinese Polyphones with Pinyin" (Park & Lee,
 * "A Neural Grapheme-to-Phoneme Conversion Package for Mandarin Chinese Based on a New Open
 * Benchmark Dataset", Interspeech 2020; g2pM, Apache-2.0), minus a held-out slice. Retrain with
 * `npx tsx --conditions=react-server scripts/train-polyphones.ts` (writes lib/pinyin/data/polyphones.json).
 * Pure: the dictionary and the weights come in as arguments.
 */
import type { Dictionary } from '../dictionary/cedict';
import { isCrossReference } from '../dictionary/cedict';
import { isHan } from '../text/chars';
import { ruleReading } from './rules';

/** The serialised model (lib/pinyin/data/polyphones.json). */
export type PolyphoneData = {
  about: string;
  /** Readings seen per character in training. */
  readings: Record<string, string[]>;
  /**
   * For characters with several readings: how many CC-CEDICT words (two characters or more, not
   * names) use each reading, a prior for characters and readings training saw little of.
   */
  prior: Record<string, Record<string, number>>;
  /** `feature\treading` (lexical) or `vote\tY` → weight. */
  weights: Record<string, number>;
  /** A decision whose best and second-best scores are closer than this is flagged as uncertain. */
  margin: number;
};

export type PolyphoneModel = {
  readings: ReadonlyMap<string, readonly string[]>;
  prior: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Lexical feature → reading → weight: one hash of the feature per decision, not one per reading. */
  lexical: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Vote name → weight. */
  votes: ReadonlyMap<string, number>;
  margin: number;
};

export function createPolyphoneModel(data: PolyphoneData): PolyphoneModel {
  const lexical = new Map<string, Map<string, number>>();
  const votes = new Map<string, number>();
  for (const [key, weight] of Object.entries(data.weights)) {
    const tab = key.lastIndexOf('\t');
    const feature = key.slice(0, tab);
    const reading = key.slice(tab + 1);
    if (reading === 'Y') {
      votes.set(feature, weight);
      continue;
    }
    const perReading = lexical.get(feature) ?? new Map<string, number>();
    perReading.set(reading, weight);
    lexical.set(feature, perReading);
  }
  return {
    readings: new Map(Object.entries(data.readings)),
    prior: new Map(Object.entries(data.prior)),
    lexical,
    votes,
    margin: data.margin,
  };
}

/** One sentence as the model sees it: code points, their segmented word, pinyin-pro's readings. */
export type SentenceView = {
  chars: readonly string[];
  /** For each code point, the [start, end) code-point span of the segmented word holding it. */
  wordStart: readonly number[];
  wordEnd: readonly number[];
  /** pinyin-pro's numbered reading per code point ('' for non-Han). */
  context: readonly string[];
  /** Whether each code point is Han. */
  han: readonly boolean[];
  /** The word class (jieba's tag, see lib/segment) of the word holding each code point ('' unknown). */
  tags: readonly string[];
};

/** Builds a view from the segmenter's pieces (whose texts concatenate to the sentence). */
export function sentenceView(
  pieces: readonly { text: string; pos?: string }[],
  context: readonly string[],
): SentenceView {
  const chars: string[] = [];
  const wordStart: number[] = [];
  const wordEnd: number[] = [];
  const tags: string[] = [];
  for (const p of pieces) {
    const start = chars.length;
    const cps = Array.from(p.text);
    for (const ch of cps) {
      chars.push(ch);
      wordStart.push(start);
      wordEnd.push(start + cps.length);
      tags.push(p.pos ?? '');
    }
  }
  return { chars, wordStart, wordEnd, context, han: chars.map(isHan), tags };
}

export type Features = {
  /** Lexical features: each has a weight per reading. */
  lexical: string[];
  /** Votes: a named source proposing one reading. */
  votes: { name: string; reading: string }[];
};

/** Below this score difference, the segmented word's unique dictionary reading wins. */
const DICTIONARY_MARGIN = 2;

/** Longest dictionary word looked at around a character. */
const MAX_COVER = 4;

const lower = (s: string) => s.toLowerCase();

/**
 * Per dictionary, answers of `readingsAt` by word, one list per offset. Only words the dictionary
 * has are kept (so the cache is bounded by the dictionary); any other text has no readings.
 */
const readingsCache = new WeakMap<Dictionary, Map<string, (readonly string[])[]>>();
const NO_READINGS: readonly string[] = Object.freeze([]);

/** Distinct lower-case readings that real (not cross-reference) entries of `word` give its character at `offset`. */
function readingsAt(dictionary: Dictionary, word: string, offset: number, length: number): readonly string[] {
  let cache = readingsCache.get(dictionary);
  if (!cache) {
    cache = new Map();
    readingsCache.set(dictionary, cache);
  }
  let perOffset = cache.get(word);
  if (!perOffset) {
    if (!dictionary.has(word)) return NO_READINGS;
    perOffset = [];
    cache.set(word, perOffset);
  }
  const hit = perOffset[offset];
  if (hit) return hit;
  const out = new Set<string>();
  for (const e of dictionary.lookup(word)) {
    if (e.pinyin.length !== length || e.senses.every(isCrossReference)) continue;
    const r = e.pinyin[offset];
    if (r) out.add(lower(r));
  }
  const result = [...out];
  perOffset[offset] = result;
  return result;
}

const SPACE = /\s/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** Neighbour classes: Han characters stand for themselves, digits and letters for their class. */
function neighbourClass(ch: string): string {
  if (isHan(ch)) return ch;
  if (DIGIT.test(ch)) return '0';
  if (LETTER.test(ch)) return 'a';
  return SPACE.test(ch) ? ' ' : ch;
}

/**
 * What feature extraction reads of a sentence besides the view, derived once per view: the text,
 * the UTF-16 offset of each code point (so a word is one slice of the text), each code point's
 * neighbour class and whether it is white space.
 */
type ViewText = { text: string; at: number[]; classes: string[]; space: boolean[] };
const viewTexts = new WeakMap<SentenceView, ViewText>();
function viewText(view: SentenceView): ViewText {
  let vt = viewTexts.get(view);
  if (!vt) {
    const at: number[] = [0];
    const classes: string[] = [];
    const space: boolean[] = [];
    let text = '';
    for (const ch of view.chars) {
      text += ch;
      at.push(text.length);
      classes.push(neighbourClass(ch));
      space.push(SPACE.test(ch));
    }
    vt = { text, at, classes, space };
    viewTexts.set(view, vt);
  }
  return vt;
}

/** The neighbour class at `i` ('^' before the start, '$' after the end). */
function neighbour(vt: ViewText, i: number): string {
  if (i < 0) return '^';
  return vt.classes[i] ?? '$';
}

function allHan(view: SentenceView, start: number, end: number): boolean {
  for (let k = start; k < end; k += 1) if (!view.han[k]) return false;
  return true;
}

/** The index of the next non-space code point from `i` in direction `dir` (may run off either end). */
function step(vt: ViewText, i: number, dir: 1 | -1): number {
  let k = i + dir;
  while (k >= 0 && k < vt.space.length && vt.space[k]) k += dir;
  return k;
}

function wordText(vt: ViewText, start: number, end: number): string {
  return vt.text.slice(vt.at[start], vt.at[end]);
}

/** Per model, a character's prior votes (its share of dictionary words per reading) and its majority reading. */
type PriorVotes = { votes: readonly { name: string; reading: string }[]; top: string };
const priorCache = new WeakMap<PolyphoneModel, Map<string, PriorVotes | null>>();
function priorVotes(model: PolyphoneModel, c: string): PriorVotes | null {
  let cache = priorCache.get(model);
  if (!cache) {
    cache = new Map();
    priorCache.set(model, cache);
  }
  let known = cache.get(c);
  if (known === undefined) {
    const prior = model.prior.get(c);
    known = null;
    if (prior) {
      const total = Object.values(prior).reduce((a, b) => a + b, 0);
      const votes: { name: string; reading: string }[] = [];
      let top = '';
      for (const [r, n] of Object.entries(prior)) {
        if (!top || n > (prior[top] ?? 0)) top = r;
        // The reading's share of the character's dictionary words, in fifths.
        votes.push({ name: `sh${Math.min(4, Math.floor((5 * n) / total))}`, reading: r });
      }
      known = { votes, top };
    }
    cache.set(c, known);
  }
  return known;
}

/**
 * Where the evidence for one character goes, in the order it is found: a lexical feature of the
 * character (`kind` and, for most kinds, a value: the feature `c|kind|value`), a vote named for
 * its source (counted twice: in general and for this character, `c|name`), or a vote with a
 * general name only.
 */
type FeatureSink = {
  lexical(kind: string, value?: string): void;
  vote(name: string, reading: string): void;
  plainVote(vote: { name: string; reading: string }): void;
};

/** The evidence for the reading of the character at `i` (see `extractFeatures`), told to `sink`. */
function emitFeatures(
  view: SentenceView,
  i: number,
  dictionary: Dictionary,
  model: PolyphoneModel,
  sink: FeatureSink,
): void {
  const { chars, wordStart, wordEnd, context } = view;
  const vt = viewText(view);
  const c = chars[i] ?? '';
  const lex = (kind: string, value?: string) => sink.lexical(kind, value);
  const vote = (name: string, reading: string) => sink.vote(name, reading);

  const ws = wordStart[i] ?? i;
  const we = wordEnd[i] ?? i + 1;
  const word = wordText(vt, ws, we);
  const wlen = we - ws;
  lex('b');
  lex('w', word);
  lex('wp', `${i - ws}/${wlen}`);
  if (ws > 0) lex('pw', wordText(vt, wordStart[ws - 1] ?? ws - 1, ws));
  if (we < chars.length) lex('nw', wordText(vt, we, wordEnd[we] ?? we + 1));
  // Spaces are skipped: mixed text writes "拿到了 24000" for "拿到了24000".
  const left = step(vt, i, -1);
  const right = step(vt, i, 1);
  const l1 = neighbour(vt, left);
  const r1 = neighbour(vt, right);
  const l2 = neighbour(vt, step(vt, left, -1));
  const r2 = neighbour(vt, step(vt, right, 1));
  lex('l1', l1);
  lex('r1', r1);
  lex('l2', `${l2}${l1}`);
  lex('r2', `${r1}${r2}`);
  lex('lr', `${l1}${r1}`);

  // Word classes around the character (jieba's tags): the grammar a neighbour's characters
  // cannot show (为 + noun phrase + verb, 累 after a degree adverb, 得 after a verb).
  const tag = (k: number) => (k >= 0 && k < chars.length && view.han[k] ? (view.tags[k] ?? '') : '#');

  const tw = tag(i);
  const tp = tag(ws - 1);
  const tn = tag(we);
  lex('t', tw);
  lex('tp', tp);
  lex('tn', tn);
  lex('tpn', `${tp}_${tn}`);

  const pp = lower(context[i] ?? '');
  if (pp) {
    vote('pp', pp);
    lex('pp', pp);
  }
  const own = readingsAt(dictionary, c, 0, 1);
  if (wlen > 1) {
    const rs = readingsAt(dictionary, word, i - ws, wlen);
    if (rs.length === 1) vote('dw', rs[0] as string);
    else for (const r of rs) vote('dwm', r);
    // CC-CEDICT writes many words with a neutral last syllable (知识 zhī shi) where careful
    // citation keeps the full tone: let the model learn, per character, which one to trust.
    if (rs.length === 1 && (rs[0] as string).endsWith('5')) {
      const body = (rs[0] as string).slice(0, -1);
      const full = new Set(
        [...own, ...(model.readings.get(c) ?? [])].filter((r) => r.slice(0, -1) === body && !r.endsWith('5')),
      );
      for (const r of full) vote('n2f', r);
    }
  }
  // Dictionary words around the character other than the segmented word: the segmenter may have
  // cut elsewhere, and a longer or overlapping word often settles the reading.
  for (let len = 2; len <= MAX_COVER; len += 1) {
    for (let s = Math.max(0, i - len + 1); s <= i && s + len <= chars.length; s += 1) {
      if (s === ws && s + len === we) continue;
      if (!allHan(view, s, s + len)) continue;
      const text = wordText(vt, s, s + len);
      const rs = readingsAt(dictionary, text, i - s, len);
      if (rs.length === 0) continue;
      lex('cw', `${text}@${i - s}`);
      if (rs.length === 1) vote(len === 2 ? 'cov2' : 'cov3', rs[0] as string);
    }
  }
  if (own[0]) vote('c1', own[0]);
  const prior = priorVotes(model, c);
  if (prior) {
    for (const v of prior.votes) sink.plainVote(v);
    if (prior.top) vote('maj', prior.top);
  }
}

/** Evidence for the reading of the character at `i`, as the named features the model's weights are keyed by. */
export function extractFeatures(
  view: SentenceView,
  i: number,
  dictionary: Dictionary,
  model: PolyphoneModel,
): Features {
  const c = view.chars[i] ?? '';
  const lexical: string[] = [];
  const votes: { name: string; reading: string }[] = [];
  emitFeatures(view, i, dictionary, model, {
    lexical: (kind, value) => lexical.push(value === undefined ? `${c}|${kind}` : `${c}|${kind}|${value}`),
    vote: (name, reading) => votes.push({ name, reading }, { name: `${c}|${name}`, reading }),
    plainVote: (v) => votes.push(v),
  });
  return { lexical, votes };
}

/** Candidate readings: those seen in training, the dictionary's, and any a vote names. */
export function candidates(c: string, features: Features, model: PolyphoneModel, dictionary: Dictionary): string[] {
  const out = new Set<string>(model.readings.get(c) ?? []);
  for (const r of readingsAt(dictionary, c, 0, 1)) out.add(r);
  for (const v of features.votes) out.add(v.reading);
  return [...out].sort();
}

/** Score of one reading under weights `w`. */
export function scoreReading(features: Features, reading: string, w: (key: string) => number): number {
  let s = 0;
  for (const f of features.lexical) s += w(`${f}\t${reading}`);
  for (const v of features.votes) if (v.reading === reading) s += w(`${v.name}\tY`);
  return s;
}

/** A lexical feature's weights as parallel arrays: scoring walks them without a Map iterator. */
type Weights = { readings: readonly string[]; weights: readonly number[] };

/** One character's weights: its lexical features by kind and value, its own votes by name. */
type CharWeights = { lexical: Map<string, Map<string, Weights>>; votes: Map<string, number> };

/**
 * The model's weights by character, so that scoring looks a feature up in the small table of its
 * character and kind instead of building `c|kind|value` and looking it up among all of them.
 */
type ScoringTables = { byChar: Map<string, CharWeights>; votes: ReadonlyMap<string, number> };
const scoringTables = new WeakMap<PolyphoneModel, ScoringTables>();

/** `c|rest` → [c, rest] (c one code point), or null for a key of another shape. */
function splitChar(key: string): [string, string] | null {
  const cp = key.codePointAt(0);
  if (cp === undefined) return null;
  const c = String.fromCodePoint(cp);
  return key[c.length] === '|' ? [c, key.slice(c.length + 1)] : null;
}

function scoringTable(model: PolyphoneModel): ScoringTables {
  let tables = scoringTables.get(model);
  if (tables) return tables;
  const byChar = new Map<string, CharWeights>();
  const of = (c: string) => {
    let w = byChar.get(c);
    if (!w) {
      w = { lexical: new Map(), votes: new Map() };
      byChar.set(c, w);
    }
    return w;
  };
  for (const [feature, perReading] of model.lexical) {
    const split = splitChar(feature);
    if (!split) continue; // not a feature extractFeatures makes: it can never match
    const [c, rest] = split;
    // `c|kind|value`, or `c|kind` for the kinds without a value (read as value '').
    const bar = rest.indexOf('|');
    const kind = bar < 0 ? rest : rest.slice(0, bar);
    const value = bar < 0 ? '' : rest.slice(bar + 1);
    const byKind = of(c).lexical;
    let values = byKind.get(kind);
    if (!values) {
      values = new Map();
      byKind.set(kind, values);
    }
    values.set(value, { readings: [...perReading.keys()], weights: [...perReading.values()] });
  }
  for (const [name, weight] of model.votes) {
    const split = name.includes('|') ? splitChar(name) : null;
    if (split) of(split[0]).votes.set(split[1], weight);
  }
  tables = { byChar, votes: model.votes };
  scoringTables.set(model, tables);
  return tables;
}

/**
 * The model's scores of the character at `i`: its candidate readings (sorted, as `candidates`
 * gives them) and the score of each, the same sums in the same order as `scoreReading` over
 * `extractFeatures` (lexical weights in feature order, then votes in order), without building the
 * feature names.
 */
function scoreCharacter(
  view: SentenceView,
  i: number,
  dictionary: Dictionary,
  model: PolyphoneModel,
): { cands: string[]; scores: number[] } {
  const c = view.chars[i] ?? '';
  const tables = scoringTable(model);
  const mine = tables.byChar.get(c);
  const lexReadings: string[] = [];
  const lexScores: number[] = [];
  const voteReadings: string[] = [];
  const voteWeights: number[] = [];
  emitFeatures(view, i, dictionary, model, {
    lexical(kind, value) {
      const w = mine?.lexical.get(kind)?.get(value ?? '');
      if (!w) return;
      for (let k = 0; k < w.readings.length; k += 1) {
        const r = w.readings[k] as string;
        let at = lexReadings.indexOf(r);
        if (at < 0) {
          at = lexReadings.length;
          lexReadings.push(r);
          lexScores.push(0);
        }
        lexScores[at] = (lexScores[at] as number) + (w.weights[k] as number);
      }
    },
    vote(name, reading) {
      voteReadings.push(reading, reading);
      voteWeights.push(tables.votes.get(name) ?? 0, mine?.votes.get(name) ?? 0);
    },
    plainVote(v) {
      voteReadings.push(v.reading);
      voteWeights.push(tables.votes.get(v.name) ?? 0);
    },
  });
  const out = new Set<string>(model.readings.get(c) ?? []);
  for (const r of readingsAt(dictionary, c, 0, 1)) out.add(r);
  for (const r of voteReadings) out.add(r);
  const cands = [...out].sort();
  const scores = cands.map((r) => {
    const at = lexReadings.indexOf(r);
    return at >= 0 ? (lexScores[at] as number) : 0;
  });
  for (let k = 0; k < voteReadings.length; k += 1) {
    const at = cands.indexOf(voteReadings[k] as string);
    if (at >= 0) scores[at] = (scores[at] as number) + (voteWeights[k] as number);
  }
  return { cands, scores };
}

/** Per model and dictionary: whether a character is worth deciding, so most characters cost one lookup. */
const polyphoneCache = new WeakMap<PolyphoneModel, WeakMap<Dictionary, Map<string, boolean>>>();

/**
 * Worth deciding: a Han character that training saw, or that CC-CEDICT gives more than one
 * reading of its own. Other characters keep their word's dictionary reading (or pinyin-pro's).
 */
function polyphoneTable(model: PolyphoneModel, dictionary: Dictionary): Map<string, boolean> {
  let byDictionary = polyphoneCache.get(model);
  if (!byDictionary) {
    byDictionary = new WeakMap();
    polyphoneCache.set(model, byDictionary);
  }
  let cache = byDictionary.get(dictionary);
  if (!cache) {
    cache = new Map();
    byDictionary.set(dictionary, cache);
  }
  return cache;
}

function isPolyphone(c: string, model: PolyphoneModel, dictionary: Dictionary, cache: Map<string, boolean>): boolean {
  let known = cache.get(c);
  if (known === undefined) {
    known = isHan(c) && (model.readings.has(c) || readingsAt(dictionary, c, 0, 1).length > 1);
    cache.set(c, known);
  }
  return known;
}

export type PolyphoneDecision = {
  /** Lower-case numbered reading. */
  reading: string;
  /** The runner-up, present only when it came within the model's margin. */
  alternative?: string;
};

/**
 * Decides every character of the sentence that has more than one candidate reading; other
 * positions are undefined (the caller keeps the dictionary or pinyin-pro reading).
 */
export function decidePolyphones(
  view: SentenceView,
  dictionary: Dictionary,
  model: PolyphoneModel,
): (PolyphoneDecision | undefined)[] {
  const table = polyphoneTable(model, dictionary);
  return view.chars.map((c, i) => {
    if (!view.han[i]) return undefined;
    // Rules first: a rule's character need not be one the model knows.
    const ruled = ruleReading(view, i, dictionary);
    if (ruled) return { reading: ruled };
    if (!isPolyphone(c, model, dictionary, table)) return undefined;
    const { cands, scores } = scoreCharacter(view, i, dictionary, model);
    if (cands.length < 2) return undefined;
    let best = '';
    let bestScore = -Infinity;
    let second = '';
    let secondScore = -Infinity;
    cands.forEach((r, k) => {
      const s = scores[k] as number;
      if (s > bestScore) {
        second = best;
        secondScore = bestScore;
        best = r;
        bestScore = s;
      } else if (s > secondScore) {
        second = r;
        secondScore = s;
      }
    });
    // A close call goes to the segmented word's only CC-CEDICT reading (关卡 guānqiǎ): applied
    // always, this cost half a point on held-out CPP; within a small margin it only helps.
    const ws = view.wordStart[i] ?? i;
    const we = view.wordEnd[i] ?? i + 1;
    if (we - ws > 1) {
      const rs = readingsAt(dictionary, wordText(viewText(view), ws, we), i - ws, we - ws);
      const dw = rs[0];
      const dwAt = dw === undefined ? -1 : cands.indexOf(dw);
      const dwScore = dwAt >= 0 ? scores[dwAt] : undefined;
      if (rs.length === 1 && dw && dw !== best && dwScore !== undefined && bestScore - dwScore < DICTIONARY_MARGIN) {
        second = best;
        secondScore = bestScore;
        best = dw;
        bestScore = dwScore;
      }
    }
    const decision: PolyphoneDecision = { reading: best };
    if (second && bestScore - secondScore < model.margin) decision.alternative = second;
    return decision;
  });
}
