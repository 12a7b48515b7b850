/**
 * CPP polyphones (Park & Lee, Interspeech 2020; g2pM, Apache-2.0), read by ./cpp: each sentence
 * is annotated like an article sentence and the citation syllable of the marked character is
 * compared with the gold one.
 *
 * Figures: `accuracy` on all of dev (the shipped model was trained on most of it);
 * `heldOutAccuracy` on a fixed slice of dev the shipped model never saw (`isHeldOut`);
 * `cvMean` ± `cvSpread`, the K-fold cross-validation of ./polyphones-cv (train on K − 1 folds,
 * read the last): the figure to quote for unseen text; `testAccuracy` on `test.sent`/`test.lb`
 * when the data folder has them (the CPP test split).
 */
import { errorCategory, hasSplit, isHeldOut, normalizeSyllable, readPolyphones, type PolyphoneItem } from './cpp';
import { crossValidate, readItem } from './polyphones-cv';
import { topCounts, type EvalSet } from './types';

export { errorCategory, isHeldOut, normalizeSyllable, readPolyphones, type PolyphoneItem } from './cpp';

/** Accuracy of the pipeline on `items`, with error categories and the most frequent errors. */
function score(
  items: readonly PolyphoneItem[],
  deps: Parameters<EvalSet>[1],
  tally?: Map<string, number>,
  categories?: Record<string, number>,
) {
  let correct = 0;
  let heldOut = 0;
  let heldOutCorrect = 0;
  let characters = 0;
  for (const item of items) {
    characters += Array.from(item.text).length;
    const got = readItem(item, deps);
    const reading = got ? normalizeSyllable(got) : '?';
    const ok = reading === item.gold;
    if (ok) correct += 1;
    if (isHeldOut(item.line)) {
      heldOut += 1;
      if (ok) heldOutCorrect += 1;
    }
    if (!ok && tally && categories) {
      const cat = errorCategory(item.gold, reading);
      categories[cat] = (categories[cat] ?? 0) + 1;
      const key = `${item.char} ${item.gold}→${reading}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
  }
  return { correct, heldOut, heldOutCorrect, characters };
}

export const evalPolyphones: EvalSet = (dataDir, deps, progress) => {
  const items = readPolyphones(dataDir);
  const started = performance.now();
  const categories: Record<string, number> = { 'wrong syllable': 0, 'wrong tone': 0, 'neutral tone': 0 };
  const errors = new Map<string, number>();
  const dev = score(items, deps, errors, categories);
  progress(items.length, items.length);
  const cv = crossValidate(dataDir, items, deps, progress);
  const metrics: Record<string, number> = {
    accuracy: items.length ? dev.correct / items.length : 0,
    total: items.length,
    heldOutAccuracy: dev.heldOut ? dev.heldOutCorrect / dev.heldOut : 0,
    cvMean: cv.mean,
    cvSpread: cv.spread,
    cvMin: Math.min(...cv.folds),
  };
  let size = `${items.length.toLocaleString('en')} dev sentences, one marked character each (held out: ${dev.heldOut.toLocaleString('en')}); ${cv.folds.length}-fold cross-validation ${cv.folds.map((f) => `${(100 * f).toFixed(2)}`).join(' / ')} %${cv.cached ? ' (cached)' : ''}`;
  let characters = dev.characters;
  if (hasSplit(dataDir, 'test')) {
    const test = readPolyphones(dataDir, 'test');
    const t = score(test, deps);
    metrics.testAccuracy = test.length ? t.correct / test.length : 0;
    metrics.testTotal = test.length;
    characters += t.characters;
    size += `; test split: ${test.length.toLocaleString('en')} sentences`;
  }
  return {
    set: 'polyphones',
    size,
    metrics,
    categories,
    topErrors: topCounts(errors),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
