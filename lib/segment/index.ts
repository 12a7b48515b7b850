/**
 * Word segmentation. The only module that loads nodejieba (a native addon): server-only, build
 * time only. Han text goes to jieba after glossary terms have been cut out whole; everything else
 * is tokenised by lib/segment/tokenize. jieba runs on a word list derived from its own and
 * CC-CEDICT (lib/segment/lexicon), written once into .cache/segment/; numbers are then joined with
 * their units (lib/segment/numbers). Invariant: the pieces concatenate to exactly the input.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nodejieba from 'nodejieba';
import { loadCedict, type Dictionary } from '../dictionary/cedict';
import { createKeyFilter, type KeyFilter } from '../dictionary/filter';
import { codePointLength } from '../text/chars';
import { buildLexicon, DEFAULT_LEXICON_OPTIONS, type Headwords, type LexiconOptions } from './lexicon';
import { pieceTag, regroup, type WordClasses } from './grammar';
import { looksLikeName } from './names';
import { mergeNumbers } from './numbers';
import { splitHanRuns, splitOnUserWords, tokenizeNonHan, type Piece } from './tokenize';

export type { Piece, TokenKind } from './tokenize';

export type Segmenter = {
  /** Cuts text into word pieces; `userWords` (e.g. an article's glossary terms) stay whole. */
  segment(text: string, userWords?: ReadonlySet<string>): Piece[];
};

export type SegmenterOptions = {
  /** CC-CEDICT, for the word list; loaded from the installed package when absent. */
  dictionary?: Dictionary;
  lexicon?: LexiconOptions;
  /** Where the generated jieba dictionary is kept between runs. */
  cacheDir?: string;
  /**
   * What jieba's HMM may join in runs of unknown single characters: any word (`all`), only
   * what looks like a name (`names`), or nothing (`none`).
   */
  hmm?: 'all' | 'names' | 'none';
};

/** Bump when the lexicon rules change, so a stale cached word list is not reused. */
const LEXICON_VERSION = 1;

/** jieba's tag for each word of the loaded list (`word freq tag` lines), read once per process. */
let tagsOf: { path: string; tags: Map<string, string> } | null = null;
function tagMap(path: string): Map<string, string> {
  if (tagsOf?.path === path) return tagsOf.tags;
  const tags = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const a = line.indexOf(' ');
    const b = line.lastIndexOf(' ');
    if (a > 0 && b > a) tags.set(line.slice(0, a), line.slice(b + 1));
  }
  tagsOf = { path, tags };
  return tags;
}

/** A filter over a tag map's words, built once per map. */
const tagFilters = new WeakMap<Map<string, string>, KeyFilter>();
function tagFilter(tags: Map<string, string>): KeyFilter {
  let filter = tagFilters.get(tags);
  if (!filter) {
    filter = createKeyFilter(tags.keys(), tags.size);
    tagFilters.set(tags, filter);
  }
  return filter;
}

/** CC-CEDICT as the lexicon sees it: known headwords, and its proper names to add to jieba. */
function cedictHeadwords(dictionary: Dictionary): Headwords {
  return {
    has: (w) => dictionary.has(w),
    *additions() {
      for (const e of dictionary.entries()) {
        // Proper names only (capitalised pinyin): common words jieba lacks are mostly phrases.
        if (/^[A-Z]/u.test(e.pinyin[0] ?? '')) yield [e.simplified, 'nz'] as const;
      }
    },
  };
}

/** jieba's own dictionary as installed with nodejieba (MIT; cppjieba's dict/jieba.dict.utf8). */
export function jiebaDictPath(): string {
  // Resolved from the project root: bundlers rewrite import.meta.url during `next build`.
  const main = createRequire(join(process.cwd(), 'package.json')).resolve('nodejieba');
  return join(dirname(main), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
}

/** Writes the derived jieba dictionary unless an identical one is cached; returns its path. */
function lexiconFile(dictionary: Dictionary, options: LexiconOptions, cacheDir: string): string {
  const jiebaPath = jiebaDictPath();
  const key = createHash('sha256')
    .update(JSON.stringify({ v: LEXICON_VERSION, ...options, nameTags: [...options.nameTags] }))
    .update(String(dictionary.size))
    .update(readFileSync(jiebaPath))
    .digest('hex')
    .slice(0, 16);
  const path = join(cacheDir, `jieba-cedict-${key}.utf8`);
  if (existsSync(path)) return path;
  const lines = buildLexicon(readFileSync(jiebaPath, 'utf8').split('\n'), cedictHeadwords(dictionary), options);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a parallel build never reads half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${lines.join('\n')}\n`);
  renameSync(tmp, path);
  return path;
}

let loadedWith: string | null = null;

/** Loads jieba's dictionaries once per process (nodejieba keeps them in native globals). */
function ensureLoaded(dict: string): void {
  if (loadedWith !== null) return;
  nodejieba.load({ dict });
  loadedWith = dict;
}

/**
 * Separates spans cut in one native call. jieba cuts at every symbol on its own (the spans are
 * Han only, so they hold none), so spans joined by it are cut exactly as they are one by one
 * (checked on the 3,985 MSR test lines), at the cost of one call instead of one per span.
 */
const SEPARATOR = '\n';

/** Cuts several strings in one call of `cut`; each result re-checked against its string. */
function cutMany(texts: readonly string[], cut: (text: string) => string[]): string[][] {
  if (texts.length === 0) return [];
  const groups: string[][] = [[]];
  for (const w of cut(texts.join(SEPARATOR))) {
    if (w === SEPARATOR) groups.push([]);
    else (groups[groups.length - 1] as string[]).push(w);
  }
  // Never expected, but the invariant matters more than the speed: cut them one by one.
  if (groups.length !== texts.length || groups.some((g, i) => g.join('') !== texts[i])) return texts.map(cut);
  return groups;
}

/**
 * In runs of single characters (what the dictionary could not place), lets jieba's HMM propose
 * words and keeps those that look like names (lib/segment/names); the rest stay characters.
 * All runs of the spans go to the HMM in one call.
 */
function joinNames(spans: readonly string[][]): string[][] {
  // Runs of two or more one-character words: [span, first word, end word].
  const runs: [number, number, number][] = [];
  spans.forEach((words, s) => {
    let start = -1;
    for (let i = 0; i <= words.length; i += 1) {
      const single = i < words.length && codePointLength(words[i] as string) === 1;
      if (single && start < 0) start = i;
      if (!single && start >= 0) {
        if (i - start > 1) runs.push([s, start, i]);
        start = -1;
      }
    }
  });
  if (runs.length === 0) return spans.map((w) => [...w]);
  const proposals = cutMany(
    runs.map(([s, a, b]) => (spans[s] as string[]).slice(a, b).join('')),
    (t) => nodejieba.cutHMM(t),
  );
  const out = spans.map((w) => [...w]);
  // Right to left, so earlier indices stay valid while runs are replaced.
  for (let r = runs.length - 1; r >= 0; r -= 1) {
    const [s, a, b] = runs[r] as [number, number, number];
    const words: string[] = [];
    for (const w of proposals[r] as string[]) {
      if (looksLikeName(w)) words.push(w);
      else words.push(...Array.from(w));
    }
    (out[s] as string[]).splice(a, b - a, ...words);
  }
  return out;
}

/** jieba's cut of Han-only spans; pieces are re-checked so their concatenation is the span. */
function cutHan(spans: readonly string[], hmm: 'all' | 'names' | 'none'): string[][] {
  const cut = cutMany(spans, (t) => nodejieba.cut(t, hmm === 'all'));
  const words = hmm === 'names' ? joinNames(cut) : cut;
  // Never expected, but the invariant matters more than the segmentation: fall back to characters.
  return words.map((w, i) => (w.join('') === spans[i] ? w : Array.from(spans[i] as string)));
}

/** A word class for every piece: jieba's tag, else a class from CC-CEDICT or the word's shape. */
/** A number joined with its unit or magnitude (60亿, 20多个, 三百万). */
const NUMBER_WORD = /^[零〇一二三四五六七八九十百千万亿两几数多余0-9０-９.．]+/u;

function tagged(pieces: Piece[], classes: WordClasses, dictionary: Dictionary): Piece[] {
  // The pieces are this call's own (made by the tokenizer and the passes): tagged in place.
  for (const p of pieces) {
    let pos = pieceTag(p, classes);
    if (pos === 'x' && p.kind === 'han') {
      if (p.text.length > 1 && NUMBER_WORD.test(p.text)) pos = 'm';
      else if (looksLikeName(p.text)) pos = 'nr';
      else if (dictionary.has(p.text)) pos = verbSense(p.text, dictionary) ? 'v' : 'n';
    }
    p.pos = pos;
  }
  return pieces;
}

/** Whether the word's first common CC-CEDICT sense is a verb's ("to …"). */
function verbSense(word: string, dictionary: Dictionary): boolean {
  const entry = dictionary.lookup(word).find((e) => !/^[A-Z]/u.test(e.pinyin[0] ?? ''));
  return /^(\([^)]*\) )?to [a-z]/u.test(entry?.senses[0] ?? '');
}

/** The longest user word, in code points, computed once per set. */
const longest = new WeakMap<ReadonlySet<string>, number>();
function longestWord(words: ReadonlySet<string>): number {
  let n = longest.get(words);
  if (n === undefined) {
    n = 0;
    for (const w of words) n = Math.max(n, codePointLength(w));
    longest.set(words, n);
  }
  return n;
}

const NO_WORDS: ReadonlySet<string> = new Set();

export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const dictionary = options.dictionary ?? loadCedict();
  const cacheDir = options.cacheDir ?? join(process.cwd(), '.cache', 'segment');
  const hmm = options.hmm ?? 'names';
  const lexicon = lexiconFile(dictionary, options.lexicon ?? DEFAULT_LEXICON_OPTIONS, cacheDir);
  ensureLoaded(lexicon);
  const tags = tagMap(loadedWith ?? lexicon);
  // Most strings asked about (every pair of neighbouring pieces) are in no list: a filter first.
  const listed = tagFilter(tags);
  const common = new Map<string, boolean>();
  const classes: WordClasses = {
    tag: (w) => (listed.mightHave(w) ? tags.get(w) : undefined),
    isDictionaryWord: (w) => {
      // Most pairs asked about are no entry at all: a plain lookup, and only entries are cached.
      if (!dictionary.has(w)) return false;
      let known = common.get(w);
      if (known === undefined) {
        known = dictionary.lookup(w).some((e) => !/^[A-Z]/u.test(e.pinyin[0] ?? ''));
        common.set(w, known);
      }
      return known;
    },
  };
  return {
    segment(text, userWords = NO_WORDS) {
      const maxLen = longestWord(userWords);
      // Every span jieba must cut, in order, then one call for all of them.
      const parts: ({ piece: Piece } | { span: string })[] = [];
      for (const run of splitHanRuns(text)) {
        if (!run.han) {
          for (const piece of tokenizeNonHan(run.text)) parts.push({ piece });
          continue;
        }
        for (const span of splitOnUserWords(run.text, userWords, maxLen)) {
          parts.push(span.user ? { piece: { text: span.text, kind: 'han' } } : { span: span.text });
        }
      }
      const spans = parts.flatMap((p) => ('span' in p ? [p.span] : []));
      const cuts = cutHan(spans, hmm);
      const out: Piece[] = [];
      let k = 0;
      for (const p of parts) {
        if ('piece' in p) out.push(p.piece);
        else
          out.push(
            ...regroup(
              (cuts[k++] ?? []).map((w): Piece => ({ text: w, kind: 'han' })),
              classes,
            ),
          );
      }
      return tagged(mergeNumbers(out), classes, dictionary);
    },
  };
}
