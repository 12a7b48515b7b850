/**
 * An estimated HSK level for words the HSK 2.0 lists leave out. The 2012 lists hold about 5,000
 * words and miss many common ones (今年, 汽车, 全球), which would otherwise all count as "beyond
 * HSK 6" and fill every handout's table. A word's rank in jieba's dictionary counts (the corpus
 * frequency the segmenter already ships) is set against the lists' cumulative sizes: a word among
 * the 1,200 most frequent is estimated at HSK 4 (levels 1–4 hold 1,200 words), among the 2,500 at
 * HSK 5, among the 5,000 at HSK 6; rarer words stay beyond HSK. Build time only (node:fs).
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { jiebaDictPath } from '../segment';

/** Words in HSK 2.0 levels 1 to n (150, 300, 600, 1,200, 2,500, 5,000). */
const CUMULATIVE = [150, 300, 600, 1200, 2500, 5000] as const;

let ranks: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (ranks) return ranks;
  const counts: [string, number][] = [];
  for (const line of readFileSync(jiebaDictPath(), 'utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (word && freq) counts.push([word, Number(freq)]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  ranks = new Map(counts.slice(0, CUMULATIVE[CUMULATIVE.length - 1]).map(([w], i) => [w, i + 1]));
  return ranks;
}

/** The estimated level (1–6) of a word no HSK list has, or undefined when it is rarer than HSK 6. */
export function estimatedLevel(word: string): number | undefined {
  const rank = load().get(word);
  if (rank === undefined) return undefined;
  const i = CUMULATIVE.findIndex((size) => rank <= size);
  return i >= 0 ? i + 1 : undefined;
}
