/**
 * The one owner of "is this occurrence a name, and of what". Everything that treats names
 * differently (the popover's name gloss, the difficulty figures, the handout, the sense order)
 * asks `nameOf`. The evidence, strongest first: the article's glossary row (`kind` = name), a
 * part-of-speech tag from the segmenter (nr/ns/nt/nz) on a word the dictionary has no common
 * sense for, CC-CEDICT listing the word only as a proper noun (capitalised pinyin), and the
 * shape of a name CC-CEDICT lacks (a surname and a given name, or transliteration characters).
 */
import type { DictEntry } from '../dictionary/cedict';
import { looksLikeName } from '../segment/names';
import { isProperEntry } from './order';

export type NameKind = 'person' | 'place' | 'organisation' | 'product';

export type NameVerdict =
  | { name: false }
  | {
      name: true;
      /** Absent when the evidence does not say (a transliteration can be a person or a place). */
      kind?: NameKind;
      /** Which rule decided, for reports and tests. */
      source: 'glossary' | 'pos' | 'dictionary' | 'shape';
    };

export type NameInput = {
  word: string;
  /** The word's CC-CEDICT entries (all readings). */
  entries: readonly DictEntry[];
  /** The glossary row's `kind` column, when the word is curated. */
  glossaryKind?: 'name' | 'skip';
  /** The curated sense, which often says what the name is ("Tennessee (US state)"). */
  glossarySense?: string;
  /** A jieba part-of-speech tag, when the segmenter supplies one (nr person, ns place, nt organisation, nz other). */
  pos?: string;
};

const POS_KIND: Record<string, NameKind> = {
  nr: 'person',
  nrt: 'person',
  nrfg: 'person',
  ns: 'place',
  nt: 'organisation',
  nz: 'product',
};

/** Words in an English gloss that say what kind of name it is. */
const KIND_WORDS: readonly [NameKind, RegExp][] = [
  [
    'organisation',
    /\b(company|corporation|corp|inc|firm|maker|chipmaker|group|bank|university|agency|party|publisher|magazine|newspaper|organization|organisation|institute|association|fund|club|team)\b/iu,
  ],
  ['product', /\b(car|phone|software|game|brand|model|product|franchise)\b/iu],
  [
    'place',
    /\b(city|province|state|country|county|district|prefecture|municipality|capital of|river|mountain|island|lake|region|valley|town|village|sea|ocean|kingdom|republic|Wall|Valley|Arabia|America|Africa|Europe|Asia|United States|USA)\b/u,
  ],
  [
    'person',
    /\b(surname|given name|name|poet|writer|author|emperor|king|president|inventor|engineer|magnate|scientist|researcher|protagonist|founder)\b|\(\d{3,4}[-–]/iu,
  ],
];

/**
 * Capitalised in CC-CEDICT but words a learner learns, not names: languages, currencies,
 * festivals, the Internet (英语, 美金, 春节, 互联网).
 */
const NOT_A_NAME = /\b(language|dollar|currency|USD|RMB|festival|Internet|dialect|script)\b/iu;

/** kindFromGloss per gloss (null: none): glossary rows are asked again at every occurrence. Bounded. */
const kindMemo = new Map<string, NameKind | null>();

/** What kind of name a gloss describes, when it says. */
export function kindFromGloss(gloss: string): NameKind | undefined {
  let kind = kindMemo.get(gloss);
  if (kind === undefined) {
    kind = null;
    for (const [k, re] of KIND_WORDS)
      if (re.test(gloss)) {
        kind = k;
        break;
      }
    if (kindMemo.size >= 10_000) kindMemo.clear();
    kindMemo.set(gloss, kind);
  }
  return kind ?? undefined;
}

function withKind(source: 'glossary' | 'pos' | 'dictionary' | 'shape', kind: NameKind | undefined): NameVerdict {
  return kind ? { name: true, kind, source } : { name: true, source };
}

/** Verdicts without glossary evidence, per entries array (the dictionary's own), word and tag. */
const nameMemo = new WeakMap<readonly DictEntry[], Map<string, Map<string, NameVerdict>>>();

/** Is this occurrence a name, and what kind (see the file header for the order of evidence). Callers only read the verdict. */
export function nameOf(input: NameInput): NameVerdict {
  if (input.glossaryKind !== undefined || input.glossarySense !== undefined) return decide(input);
  let byPos = nameMemo.get(input.entries);
  if (!byPos) {
    byPos = new Map();
    nameMemo.set(input.entries, byPos);
  }
  const pos = input.pos ?? '';
  let byWord = byPos.get(pos);
  if (!byWord) {
    byWord = new Map();
    byPos.set(pos, byWord);
  }
  let verdict = byWord.get(input.word);
  if (!verdict) {
    verdict = decide(input);
    if (byWord.size >= 50_000) byWord.clear();
    byWord.set(input.word, verdict);
  }
  return verdict;
}

function decide(input: NameInput): NameVerdict {
  const { word, entries, pos } = input;
  // Joined only when a branch reads it (most words are decided by their glossary row or entries alone).
  let joined: string | undefined;
  const dictionaryGloss = () => (joined ??= entries.flatMap((e) => e.senses).join('; '));
  if (input.glossaryKind === 'name') {
    return withKind('glossary', kindFromGloss(input.glossarySense ?? '') ?? kindFromGloss(dictionaryGloss()));
  }
  if (input.glossaryKind === 'skip') return { name: false };
  const common = entries.some((e) => !isProperEntry(e));
  const tagged = pos ? POS_KIND[pos] : undefined;
  if (tagged && !common && Array.from(word).length > 1) return withKind('pos', tagged);
  if (entries.length > 0 && !common && !NOT_A_NAME.test(dictionaryGloss())) {
    return withKind('dictionary', kindFromGloss(dictionaryGloss()));
  }
  if (entries.length === 0 && looksLikeName(word)) return withKind('shape', undefined);
  return { name: false };
}
