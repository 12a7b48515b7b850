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
function jiebaDictPath(): string {
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
 * In runs of single characters (what the dictionary could not place), lets jieba's HMM propose
 * words and keeps those that look like names (lib/segment/names); the rest stay characters.
 */
function joinNames(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) {
      for (const w of nodejieba.cutHMM(run.join(''))) {
        if (looksLikeName(w)) out.push(w);
        else out.push(...Array.from(w));
      }
    } else out.push(...run);
    run = [];
  };
  for (const w of words) {
    if (codePointLength(w) === 1) run.push(w);
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out;
}

/** jieba's cut of a Han-only span; pieces are re-checked so their concatenation is the span. */
function cutHan(span: string, hmm: 'all' | 'names' | 'none'): string[] {
  const words = hmm === 'names' ? joinNames(nodejieba.cut(span, false)) : nodejieba.cut(span, hmm === 'all');
  if (words.join('') === span) return words;
  // Never expected, but the invariant matters more than the segmentation: fall back to characters.
  return Array.from(span);
}

/** A word class for every piece: jieba's tag, else a class from CC-CEDICT or the word's shape. */
function tagged(pieces: readonly Piece[], classes: WordClasses, dictionary: Dictionary): Piece[] {
  return pieces.map((p) => {
    let pos = pieceTag(p, classes);
    if (pos === 'x' && p.kind === 'han') {
      if (/^[零〇一二三四五六七八九十百千万亿两几数多余0-9０-９.．]+/u.test(p.text) && p.text.length > 1) pos = 'm';
      else if (looksLikeName(p.text)) pos = 'nr';
      else if (dictionary.has(p.text)) pos = verbSense(p.text, dictionary) ? 'v' : 'n';
    }
    return { ...p, pos };
  });
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

export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const dictionary = options.dictionary ?? loadCedict();
  const cacheDir = options.cacheDir ?? join(process.cwd(), '.cache', 'segment');
  const hmm = options.hmm ?? 'names';
  const lexicon = lexiconFile(dictionary, options.lexicon ?? DEFAULT_LEXICON_OPTIONS, cacheDir);
  ensureLoaded(lexicon);
  const tags = tagMap(loadedWith ?? lexicon);
  const common = new Map<string, boolean>();
  const classes: WordClasses = {
    tag: (w) => tags.get(w),
    isDictionaryWord: (w) => {
      let known = common.get(w);
      if (known === undefined) {
        known = dictionary.lookup(w).some((e) => !/^[A-Z]/u.test(e.pinyin[0] ?? ''));
        common.set(w, known);
      }
      return known;
    },
  };
  return {
    segment(text, userWords = new Set()) {
      const maxLen = longestWord(userWords);
      const out: Piece[] = [];
      for (const run of splitHanRuns(text)) {
        if (!run.han) {
          out.push(...tokenizeNonHan(run.text));
          continue;
        }
        for (const span of splitOnUserWords(run.text, userWords, maxLen)) {
          if (span.user) out.push({ text: span.text, kind: 'han' });
          else
            out.push(
              ...regroup(
                cutHan(span.text, hmm).map((w): Piece => ({ text: w, kind: 'han' })),
                classes,
              ),
            );
        }
      }
      return tagged(mergeNumbers(out), classes, dictionary);
    },
  };
}
