/**
 * `npm run eval`: measures segmentation, polyphone readings, spoken tones and gloss coverage on
 * gold data written by others (../shared/eval/, see its SOURCES.md), with the same segmenter and
 * dictionary the site builds with. Prints each set's figures, error categories and most frequent
 * errors; `--json FILE` saves the figures, `--floors FILE` fails (exit 1) when any figure falls
 * below its floor, which is how CI catches a regression.
 *
 *   tsx --conditions=react-server scripts/eval.ts [--data DIR] [--json FILE] [--only a,b] [--floors FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDeps } from '../lib/pipeline';
import { evalGlossCoverage } from './eval/coverage';
import { evalPolyphones } from './eval/polyphones';
import { evalSegmentation } from './eval/segmentation';
import { evalSpokenTones } from './eval/spoken';
import { evalSentenceAlignment } from './eval/sentence-alignment';
import { evalWordAlignment } from './eval/word-alignment';
import { evalGlossaryAgreement } from './eval/glossary-agreement';
import { evalFirstGloss } from './eval/first-gloss';
import { belowFloors, parseFloors, type Figures } from './eval/floors';
import type { EvalSet, Progress, SetReport } from './eval/types';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The sets in the order they run, under the names the JSON report uses. */
const SETS: readonly (readonly [string, EvalSet])[] = [
  ['segmentation', evalSegmentation],
  ['polyphones', evalPolyphones],
  ['spokenTones', evalSpokenTones],
  ['glossCoverage', evalGlossCoverage],
  ['sentenceAlignment', evalSentenceAlignment],
  ['wordAlignment', evalWordAlignment],
  ['glossaryAgreement', evalGlossaryAgreement],
  ['firstGloss', evalFirstGloss],
];

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: eval [--data DIR] [--json FILE] [--only ${SETS.map(([n]) => n).join(',')}] [--floors FILE]\n`,
  );
  process.exit(2);
}

/** A progress line on stderr, redrawn at most every 200 ms. */
function progressLine(name: string): { progress: Progress; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  const started = performance.now();
  const progress: Progress = (done, total) => {
    const now = performance.now();
    if (now - last < (tty ? 200 : 5000) && done < total) return;
    last = now;
    const pct = total ? ((100 * done) / total).toFixed(0) : '100';
    const line = `${name}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${pct} %) ${((now - started) / 1000).toFixed(1)} s`;
    process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
  };
  return { progress, done: () => tty && process.stderr.write('\r\x1b[K') };
}

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;

function print(report: SetReport): void {
  const out: string[] = [];
  out.push(`\n## ${report.set}`, `size: ${report.size}`);
  for (const [k, v] of Object.entries(report.metrics)) {
    const fraction = v >= 0 && v <= 1 && !/^(total|count)/u.test(k);
    out.push(`  ${k.padEnd(24)} ${fraction ? pct(v) : v.toLocaleString('en')}`);
  }
  const cats = Object.entries(report.categories).sort((a, b) => b[1] - a[1]);
  if (cats.length > 0) {
    out.push('errors by category:');
    for (const [k, v] of cats) out.push(`  ${String(v).padStart(7)}  ${k}`);
  }
  if (report.topErrors.length > 0) {
    out.push(`most frequent errors (gold → ours):`);
    for (const e of report.topErrors) out.push(`  ${String(e.count).padStart(7)}  ${e.error}`);
  }
  const speed = report.seconds > 0 ? Math.round(report.characters / report.seconds) : 0;
  out.push(
    `speed: ${report.characters.toLocaleString('en')} characters in ${report.seconds.toFixed(1)} s = ${speed.toLocaleString('en')} characters/s`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string', default: join(ROOT, '..', 'shared', 'eval') },
        json: { type: 'string' },
        only: { type: 'string' },
        floors: { type: 'string' },
      },
    }));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const dataDir = resolve(values.data);
  if (!existsSync(dataDir)) usage(`no evaluation data at ${dataDir} (pass --data DIR)`);
  const names = SETS.map(([n]) => n);
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : names;
  for (const n of only) if (!names.includes(n)) usage(`unknown set ${n}`);
  let floors: Figures | undefined;
  if (values.floors) {
    try {
      floors = parseFloors(readFileSync(values.floors, 'utf8'));
    } catch (e) {
      usage(`${values.floors}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const started = performance.now();
  const deps = buildDeps();
  process.stderr.write(`loaded segmenter and dictionary in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const figures: Figures = {};
  for (const [name, run] of SETS) {
    if (!only.includes(name)) continue;
    const line = progressLine(name);
    const report = run(dataDir, deps, line.progress);
    line.done();
    figures[name] = report.metrics;
    print(report);
  }
  process.stdout.write(`\ntotal time: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  if (floors) {
    // With --only, floors of sets not run are not checked.
    const checked = Object.fromEntries(Object.entries(floors).filter(([set]) => only.includes(set)));
    const failures = belowFloors(figures, checked);
    if (failures.length > 0) {
      process.stderr.write(`\nbelow floor (${values.floors}):\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
      process.exit(1);
    }
    process.stdout.write(`all figures at or above their floors (${values.floors})\n`);
  }
}

main();
