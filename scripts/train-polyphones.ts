/**
 * Trains the polyphone model (lib/pinyin/polyphone.ts) and writes lib/pinyin/data/polyphones.json.
 *
 *   npx tsx --conditions=react-server scripts/train-polyphones.ts [--data DIR]
 *
 * Data: the dev split of CPP, "Chinese Polyphones with Pinyin" (Park & Lee, Interspeech 2020;
 * g2pM, Apache-2.0) in DIR/polyphones (default ../shared/eval). The held-out slice that
 * scripts/eval/polyphones.ts reports on (`isHeldOut`) is never read here. Training is deterministic
 * (fixed order, fixed epochs), so the same data and code give the same file. Retrain whenever the
 * segmenter, the dictionary or the features change: the weights describe their output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { cedictPath, isCrossReference, loadCedict, type Dictionary } from '../lib/dictionary/cedict';
import { normalizeNumbered } from '../lib/pinyin/syllable';
import { isHan } from '../lib/text/chars';
import { sentenceReadings } from '../lib/pinyin/context';
import {
  candidates,
  createPolyphoneModel,
  extractFeatures,
  scoreReading,
  sentenceView,
  type Features,
  type PolyphoneData,
  type PolyphoneModel,
} from '../lib/pinyin/polyphone';
import { createSegmenter, type Segmenter } from '../lib/segment';
import { isHeldOut, readPolyphones, type PolyphoneItem } from './eval/cpp';

const EPOCHS = 8;
/** Weights are stored rounded; smaller ones are dropped (they never change a decision in practice). */
const PRECISION = 100;
const MIN_WEIGHT = 0.05;

export type Example = { char: string; gold: string; features: Features; cands: string[] };

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Averaged perceptron over candidate readings. */
export function train(
  examples: readonly Example[],
  epochs: number,
  log: (line: string) => void = () => {},
): Map<string, number> {
  const w = new Map<string, number>();
  const acc = new Map<string, number>();
  let step = 1;
  const get = (k: string) => w.get(k) ?? 0;
  const add = (k: string, d: number) => {
    w.set(k, get(k) + d);
    acc.set(k, (acc.get(k) ?? 0) + step * d);
  };
  const update = (f: Features, reading: string, d: number) => {
    for (const l of f.lexical) add(`${l}\t${reading}`, d);
    for (const v of f.votes) if (v.reading === reading) add(`${v.name}\tY`, d);
  };
  // A fixed pseudo-random order per epoch (LCG), so runs are reproducible.
  let seed = 12345;
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const idx of order) {
      const ex = examples[idx] as Example;
      // Margin perceptron: update also when the gold reading wins by less than 1, so characters
      // that are (almost) always read one way still learn weights of their own.
      const goldScore = scoreReading(ex.features, ex.gold, get);
      let rival = '';
      let rivalScore = -Infinity;
      for (const r of ex.cands) {
        if (r === ex.gold) continue;
        const s = scoreReading(ex.features, r, get);
        if (s > rivalScore) {
          rival = r;
          rivalScore = s;
        }
      }
      if (rival && goldScore - rivalScore < 1) {
        if (goldScore <= rivalScore) mistakes += 1;
        update(ex.features, ex.gold, 1);
        update(ex.features, rival, -1);
      }
      step += 1;
    }
    log(`epoch ${e + 1}: ${mistakes} mistakes of ${examples.length}`);
  }
  const out = new Map<string, number>();
  for (const [k, v] of w) {
    const avg = v - (acc.get(k) ?? 0) / step;
    if (Math.abs(avg) >= MIN_WEIGHT) out.set(k, Math.round(avg * PRECISION) / PRECISION);
  }
  return out;
}

export function decide(ex: Example, weights: ReadonlyMap<string, number>): { best: string; margin: number } {
  const scores = ex.cands
    .map((r) => ({ r, s: scoreReading(ex.features, r, (k) => weights.get(k) ?? 0) }))
    .sort((a, b) => b.s - a.s || a.r.localeCompare(b.r));
  const [first, second] = scores;
  return { best: first?.r ?? '', margin: first && second ? first.s - second.s : Infinity };
}

/**
 * The uncertainty margin, from a split inside the training data: the largest margin below which
 * decisions are wrong at least `ERROR_RATE` of the time, so flags point at readings worth checking.
 */
const ERROR_RATE = 0.3;
function calibrateMargin(examples: readonly Example[], quiet = false): number {
  const fit = examples.filter((_, i) => i % 5 !== 0);
  const check = examples.filter((_, i) => i % 5 === 0);
  const weights = train(fit, EPOCHS);
  const decided = check.map((ex) => ({ ...decide(ex, weights), gold: ex.gold })).sort((a, b) => a.margin - b.margin);
  let margin = 0;
  let wrong = 0;
  decided.forEach((d, i) => {
    if (d.best !== d.gold) wrong += 1;
    if (wrong / (i + 1) >= ERROR_RATE && Number.isFinite(d.margin)) margin = d.margin;
  });
  const correct = decided.filter((d) => d.best === d.gold).length;
  const flagged = decided.filter((d) => d.margin < margin);
  if (!quiet)
    process.stderr.write(
      `inner check: ${((100 * correct) / decided.length).toFixed(2)} % right; margin ${margin}: flags ${flagged.length} ` +
        `(${flagged.filter((d) => d.best !== d.gold).length} of ${decided.length - correct} errors)\n`,
    );
  return margin;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

type RawEntry = { simplified: string; pinyin: string; english: string[] };

export function readRawCedict(): RawEntry[] {
  return z.array(rawEntry).parse(JSON.parse(readFileSync(cedictPath(), 'utf8')));
}
const rawEntry = z.object({ simplified: z.string(), pinyin: z.string(), english: z.array(z.string()) });

/** Per character with several readings: how many dictionary words (not names) use each reading. */
export function dictionaryPrior(entries: readonly RawEntry[]): Record<string, Record<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const chars = Array.from(e.simplified);
    const syllables = e.pinyin.split(/\s+/u).filter(Boolean);
    if (chars.length < 2 || syllables.length !== chars.length || /^[A-Z]/u.test(e.pinyin)) continue;
    if (e.english.every(isCrossReference)) continue;
    chars.forEach((ch, i) => {
      if (!isHan(ch)) return;
      const r = normalizeNumbered(syllables[i] as string).toLowerCase();
      const m = counts.get(ch) ?? new Map<string, number>();
      m.set(r, (m.get(r) ?? 0) + 1);
      counts.set(ch, m);
    });
  }
  const out: Record<string, Record<string, number>> = {};
  for (const ch of [...counts.keys()].sort()) {
    const m = counts.get(ch) as Map<string, number>;
    if (m.size < 2) continue;
    out[ch] = Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  }
  return out;
}

/** Features and candidates of each item, from the same segmenter and context reader the build uses. */
export function buildExamples(
  items: readonly PolyphoneItem[],
  model: PolyphoneModel,
  dictionary: Dictionary,
  segmenter: Segmenter,
): Example[] {
  return items.map((it) => {
    const view = sentenceView(segmenter.segment(it.text, new Set()), sentenceReadings(it.text));
    const features = extractFeatures(view, it.position, dictionary, model);
    return { char: it.char, gold: it.gold, features, cands: candidates(it.char, features, model, dictionary) };
  });
}

/**
 * Learns the model from `items` alone (readings seen, weights, margin): what the shipped model is
 * trained with, and what the cross-validation in scripts/eval/polyphones.ts runs on each fold.
 */
export function trainModel(
  items: readonly PolyphoneItem[],
  dictionary: Dictionary,
  segmenter: Segmenter,
  prior: Record<string, Record<string, number>>,
  quiet = false,
): PolyphoneData {
  const readings: Record<string, string[]> = {};
  for (const it of items) {
    const list = (readings[it.char] ??= []);
    if (!list.includes(it.gold)) list.push(it.gold);
  }
  for (const list of Object.values(readings)) list.sort();
  const base = createPolyphoneModel({ about: '', readings, prior, weights: {}, margin: 0 });
  const examples = buildExamples(items, base, dictionary, segmenter);
  if (!quiet)
    process.stderr.write(`${examples.length} training sentences, ${Object.keys(readings).length} characters\n`);
  const margin = calibrateMargin(examples, quiet);
  const weights = train(examples, EPOCHS, quiet ? () => {} : log);
  return {
    about:
      'Polyphone weights for lib/pinyin/polyphone.ts, learned from the CPP dev split minus a held-out slice ' +
      '(Park & Lee, Interspeech 2020, g2pM, Apache-2.0). Regenerate: npx tsx --conditions=react-server scripts/train-polyphones.ts',
    readings,
    prior,
    weights: Object.fromEntries([...weights.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
    margin,
  };
}

function main(): void {
  const dataDir = argValue('--data') ?? join(process.cwd(), '..', 'shared', 'eval');
  const out = argValue('--out') ?? join(process.cwd(), 'lib', 'pinyin', 'data', 'polyphones.json');
  const items = readPolyphones(dataDir).filter((it) => !isHeldOut(it.line));
  const data = trainModel(items, loadCedict(), createSegmenter(), dictionaryPrior(readRawCedict()));
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  process.stderr.write(`wrote ${out}: ${Object.keys(data.weights).length} weights\n`);
}

// Run only as a script, so experiments can import the pieces.
if (/train-polyphones\.ts$/u.test(process.argv[1] ?? '')) main();
