/**
 * K-fold cross-validation of the polyphone readings on CPP dev: for each fold, the model is
 * trained (scripts/train-polyphones.ts, the same code that trains the shipped model) on the other
 * K − 1 folds, and the whole reading pipeline (context rules, that model, the dictionary) reads
 * the fold it never saw. The mean and spread over the folds is the figure to quote for unseen
 * text of this kind; the accuracy on all of dev is measured on text the model was trained on.
 *
 * It takes about a minute, so the result is cached in scripts/eval/polyphones-cv.json under a
 * key: a hash of the data files and of every source file the readings depend on. A change to any
 * of them (a rule, a feature, the segmenter) computes it again and rewrites the cache; commit it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateSentence, type AnnotateDeps } from '../../lib/annotate';
import { createPolyphoneModel } from '../../lib/pinyin/polyphone';
import { createSegmenter } from '../../lib/segment';
import { dictionaryPrior, readRawCedict, trainModel } from '../train-polyphones';
import { FOLDS, foldOf, normalizeSyllable, type PolyphoneItem } from './cpp';
import type { Progress } from './types';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const CV_CACHE = join(ROOT, 'scripts', 'eval', 'polyphones-cv.json');

export type CvResult = { key: string; folds: number[]; mean: number; spread: number; size: number[] };

/** The source files the readings depend on, in a fixed order. */
function sources(): string[] {
  const dirs = ['lib/pinyin', 'lib/segment', 'lib/text', 'lib/dictionary'];
  const files = dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(d, f)),
  );
  files.push(
    'lib/annotate/index.ts',
    'lib/pinyin/data/polyphones.json',
    'scripts/train-polyphones.ts',
    'scripts/eval/cpp.ts',
    'scripts/eval/polyphones-cv.ts',
  );
  return files.sort();
}

/** The cache key: the data read and every source file above. */
export function cvKey(dataDir: string): string {
  const h = createHash('sha256').update(`folds ${FOLDS}\n`);
  for (const ext of ['sent', 'lb']) h.update(readFileSync(join(dataDir, 'polyphones', `dev.${ext}`)));
  for (const f of sources()) h.update(f).update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

/** The reading the pipeline gives the marked character of an item. */
export function readItem(item: PolyphoneItem, deps: AnnotateDeps): string {
  let offset = 0;
  for (const t of annotateSentence(item.text, new Map(), deps)) {
    const len = Array.from(t.text).length;
    if (item.position < offset + len) return t.pinyin?.citation[item.position - offset] ?? '';
    offset += len;
  }
  return '';
}

function compute(items: readonly PolyphoneItem[], deps: AnnotateDeps, key: string, progress: Progress): CvResult {
  const segmenter = createSegmenter({ dictionary: deps.dictionary });
  const prior = dictionaryPrior(readRawCedict());
  const folds: number[] = [];
  const size: number[] = [];
  for (let f = 0; f < FOLDS; f += 1) {
    progress(f, FOLDS);
    const test = items.filter((it) => foldOf(it.line) === f);
    const data = trainModel(
      items.filter((it) => foldOf(it.line) !== f),
      deps.dictionary,
      segmenter,
      prior,
      true,
    );
    const foldDeps: AnnotateDeps = { ...deps, polyphones: createPolyphoneModel(data) };
    const right = test.filter((it) => normalizeSyllable(readItem(it, foldDeps) || '?') === it.gold).length;
    folds.push(test.length ? right / test.length : 0);
    size.push(test.length);
  }
  progress(FOLDS, FOLDS);
  const mean = folds.reduce((a, b) => a + b, 0) / folds.length;
  const spread = Math.sqrt(folds.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, folds.length - 1));
  return { key, folds, mean, spread, size };
}

/** One line per field, arrays inline: the layout Prettier gives the file, so `prettier --check .` passes. */
function cacheText(result: CvResult): string {
  const lines = Object.entries(result).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v).replace(/,/gu, ', ')}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The cached result when its key matches, else computed (and cached when `write`). */
export function crossValidate(
  dataDir: string,
  items: readonly PolyphoneItem[],
  deps: AnnotateDeps,
  progress: Progress,
  write = true,
): CvResult & { cached: boolean } {
  const key = cvKey(dataDir);
  if (existsSync(CV_CACHE)) {
    const cached = JSON.parse(readFileSync(CV_CACHE, 'utf8')) as CvResult;
    if (cached.key === key) return { ...cached, cached: true };
  }
  process.stderr.write(`polyphones: cross-validating (${FOLDS} folds; cached in ${CV_CACHE} afterwards)\n`);
  const result = compute(items, deps, key, progress);
  if (write) writeFileSync(CV_CACHE, cacheText(result));
  return { ...result, cached: false };
}
