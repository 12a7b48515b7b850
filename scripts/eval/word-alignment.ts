/**
 * Word alignment: the links lib/sense/align implies, scored on the Tsinghua zh–en gold set
 * (Liu & Sun, AAAI 2015; the first half, as kept in neulab/awesome-align; see
 * ../shared/eval/SOURCES.md). The Chinese is pre-segmented: its words are looked up in CC-CEDICT
 * as they are (a word CC-CEDICT lacks gets the senses of its longest dictionary parts), their
 * senses ordered as the site orders them, and the English line is the gold's tokens joined by
 * spaces, so a span maps back to a token index. AER = 1 − (|A∩S| + |A∩P|) / (|A| + |S|);
 * precision |A∩P| / |A| and recall |A∩S| / |S|, S the sure links, P ⊇ S all links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeParts } from '../../lib/annotate';
import type { Dictionary } from '../../lib/dictionary/cedict';
import { contextReadings } from '../../lib/pinyin/context';
import { alignSentence, type AlignWord } from '../../lib/sense/align';
import { orderSenses } from '../../lib/sense/order';
import { hasHan } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

export type AlignmentPair = { zh: string[]; en: string[]; sure: Set<string>; possible: Set<string> };

/** One line of dev.src-tgt with its line of dev.gold (links 1-indexed `i-j` sure, `ipj` possible). */
export function parsePair(src: string, gold: string): AlignmentPair {
  const [zh = '', en = ''] = src.split(' ||| ');
  const sure = new Set<string>();
  const possible = new Set<string>();
  for (const link of gold.trim().split(/\s+/u).filter(Boolean)) {
    const m = /^(\d+)([-p])(\d+)$/u.exec(link);
    if (!m) continue;
    const key = `${Number(m[1]) - 1}-${Number(m[3]) - 1}`;
    possible.add(key);
    if (m[2] === '-') sure.add(key);
  }
  return { zh: zh.trim().split(/\s+/u), en: en.trim().split(/\s+/u), sure, possible };
}

/** The senses and reading the aligner gets for one gold word. */
export function alignWord(word: string, dictionary: Dictionary): AlignWord {
  if (!hasHan(word)) return { text: word, senses: [] };
  const entries = dictionary.lookup(word);
  if (entries.length > 0) {
    const senses = orderSenses(entries, [], { name: false }).map((r) => r.text);
    // As on the page (lib/sense chooseSentence): spelt-out pinyin anchors names only.
    const proper = entries.every((e) => /^[A-Z]/u.test(e.pinyin[0] ?? ''));
    return proper
      ? { text: word, senses, pinyin: entries[0]?.pinyin ?? contextReadings(word) }
      : { text: word, senses };
  }
  const parts = composeParts(word, dictionary).filter(hasHan);
  const senses = parts.flatMap((p) => orderSenses(dictionary.lookup(p), [], { name: false }).map((r) => r.text));
  return { text: word, senses, pinyin: contextReadings(word) };
}

/** The links (`i-j`, 0-based) of one pair. */
export function predictLinks(pair: AlignmentPair, dictionary: Dictionary): Set<string> {
  const line = pair.en.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const t of pair.en) {
    starts.push(at);
    at += t.length + 1;
  }
  const tokenAt = (offset: number): number => {
    let j = 0;
    while (j + 1 < starts.length && (starts[j + 1] ?? Infinity) <= offset) j += 1;
    return j;
  };
  const links = new Set<string>();
  alignSentence(
    pair.zh.map((w) => alignWord(w, dictionary)),
    line,
  ).forEach((a, i) => {
    for (const [start, end] of a.spans) {
      for (let j = tokenAt(start); j <= tokenAt(end - 1); j += 1) links.add(`${i}-${j}`);
    }
  });
  return links;
}

export const evalWordAlignment: EvalSet = (dataDir, deps, progress) => {
  const started = performance.now();
  const dir = join(dataDir, 'word-alignment');
  const src = readFileSync(join(dir, 'dev.src-tgt'), 'utf8').split('\n').filter(Boolean);
  const gold = readFileSync(join(dir, 'dev.gold'), 'utf8').split('\n');
  let a = 0;
  let s = 0;
  let aS = 0;
  let aP = 0;
  let characters = 0;
  const missed = new Map<string, number>();
  const wrong = new Map<string, number>();
  src.forEach((line, k) => {
    const pair = parsePair(line, gold[k] ?? '');
    const links = predictLinks(pair, deps.dictionary);
    a += links.size;
    s += pair.sure.size;
    for (const l of links) {
      if (pair.sure.has(l)) aS += 1;
      if (pair.possible.has(l)) aP += 1;
      else {
        const [i, j] = l.split('-').map(Number);
        const key = `${pair.zh[i ?? 0]} → ${pair.en[j ?? 0]}`;
        wrong.set(key, (wrong.get(key) ?? 0) + 1);
      }
    }
    for (const l of pair.sure) {
      if (links.has(l)) continue;
      const [i, j] = l.split('-').map(Number);
      const key = `${pair.zh[i ?? 0]} → ${pair.en[j ?? 0]}`;
      missed.set(key, (missed.get(key) ?? 0) + 1);
    }
    characters += pair.zh.join('').length;
    progress(k + 1, src.length);
  });
  const top = new Map<string, number>();
  for (const [key, v] of missed) top.set(`missed ${key}`, v);
  for (const [key, v] of wrong) top.set(`wrong ${key}`, v);
  return {
    set: 'wordAlignment',
    size: `${src.length} sentence pairs, ${s.toLocaleString('en')} sure links`,
    metrics: {
      aer: 1 - (aS + aP) / Math.max(1, a + s),
      // 1 − AER, so a floor (a minimum) can guard it.
      oneMinusAer: (aS + aP) / Math.max(1, a + s),
      precision: aP / Math.max(1, a),
      recall: aS / Math.max(1, s),
      countLinks: a,
    },
    categories: {
      'sure link missed': s - aS,
      'link outside the possible set': a - aP,
    },
    topErrors: topCounts(top),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
