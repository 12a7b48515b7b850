/**
 * SIGHAN 2005 MSR word segmentation: the site's segmenter (no user words) against the gold
 * segmentation, scored the way the bakeoff's scorer does, as character spans: precision, recall,
 * F1, and recall split into in-vocabulary / out-of-vocabulary words by the bakeoff training list.
 * The training list is only read here, to split recall; nothing shipped is built from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointLength } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

type Span = { start: number; end: number; text: string };

/** Words → spans of code points, laid end to end. */
function spans(words: readonly string[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const text of words) {
    const len = codePointLength(text);
    out.push({ start: at, end: at + len, text });
    at += len;
  }
  return out;
}

/** How a missed gold word went wrong. */
function category(gold: Span, overlapping: readonly Span[]): string {
  if (overlapping.every((o) => o.start >= gold.start && o.end <= gold.end)) return 'split (gold word cut into pieces)';
  if (overlapping.length === 1) return 'merged (gold word inside a longer token)';
  return 'crossing (token boundaries cross the word)';
}

export const evalSegmentation: EvalSet = (dataDir, deps, progress) => {
  const dir = join(dataDir, 'segmentation');
  const lines = readFileSync(join(dir, 'msr_test_gold.utf8'), 'utf8').split(/\r?\n/u);
  const vocabulary = new Set(
    readFileSync(join(dir, 'msr_training_words.utf8'), 'utf8')
      .split(/\r?\n/u)
      .map((w) => w.trim())
      .filter(Boolean),
  );
  const gold = lines.map((l) => l.split(/\s+/u).filter(Boolean)).filter((words) => words.length > 0);
  const started = performance.now();
  let goldCount = 0;
  let oursCount = 0;
  let correct = 0;
  let oov = 0;
  let oovCorrect = 0;
  let iv = 0;
  let ivCorrect = 0;
  let characters = 0;
  let segmentSeconds = 0;
  const categories: Record<string, number> = {};
  const missed = new Map<string, number>();
  gold.forEach((words, lineIndex) => {
    const raw = words.join('');
    characters += codePointLength(raw);
    const t0 = performance.now();
    const ours = spans(deps.segment(raw, new Set()).map((p) => p.text));
    segmentSeconds += (performance.now() - t0) / 1000;
    const goldSpans = spans(words);
    const ourKeys = new Set(ours.map((s) => `${s.start}:${s.end}`));
    goldCount += goldSpans.length;
    oursCount += ours.length;
    for (const g of goldSpans) {
      const hit = ourKeys.has(`${g.start}:${g.end}`);
      const known = vocabulary.has(g.text);
      if (known) {
        iv += 1;
        if (hit) ivCorrect += 1;
      } else {
        oov += 1;
        if (hit) oovCorrect += 1;
      }
      if (hit) {
        correct += 1;
        continue;
      }
      const overlapping = ours.filter((o) => o.start < g.end && o.end > g.start);
      const cat = category(g, overlapping);
      categories[cat] = (categories[cat] ?? 0) + 1;
      const key = `${g.text} → ${overlapping.map((o) => o.text).join('|')}`;
      missed.set(key, (missed.get(key) ?? 0) + 1);
    }
    progress(lineIndex + 1, gold.length);
  });
  const precision = oursCount ? correct / oursCount : 0;
  const recall = goldCount ? correct / goldCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    set: 'segmentation',
    size: `${gold.length.toLocaleString('en')} lines, ${goldCount.toLocaleString('en')} gold words (${oov.toLocaleString('en')} OOV), ${characters.toLocaleString('en')} characters`,
    metrics: {
      precision,
      recall,
      f1,
      oovRecall: oov ? oovCorrect / oov : 0,
      ivRecall: iv ? ivCorrect / iv : 0,
      segmenterCharsPerSecond: segmentSeconds > 0 ? Math.round(characters / segmentSeconds) : 0,
    },
    categories,
    topErrors: topCounts(missed),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
