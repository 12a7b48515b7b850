/**
 * The shape every evaluation set reports in, so `npm run eval` can print and save them alike.
 * Each set lives in its own module under scripts/eval/ and reads its data from the folder given
 * (laid out like ../shared/eval/); none of the data is shipped.
 */
import type { AnnotateDeps } from '../../lib/annotate';

/** Called as items are done, for a progress line. */
export type Progress = (done: number, total: number) => void;

export type SetReport = {
  /** Short name: segmentation, polyphones, spokenTones, glossCoverage. */
  set: string;
  /** What was measured, for people: "9,893 sentences, 9,893 marked characters". */
  size: string;
  /** Figures as fractions 0–1, or counts where the name says so (total). */
  metrics: Record<string, number>;
  /** Error counts by category (e.g. wrong syllable / wrong tone / neutral tone / sandhi). */
  categories: Record<string, number>;
  /** The 20 most frequent errors, most frequent first. */
  topErrors: { error: string; count: number }[];
  /** Characters processed, for the speed figure. */
  characters: number;
  seconds: number;
};

export type EvalSet = (dataDir: string, deps: AnnotateDeps, progress: Progress) => SetReport;

/** The n most frequent keys of a tally, most frequent first. */
export function topCounts(tally: ReadonlyMap<string, number>, n = 20): { error: string; count: number }[] {
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([error, count]) => ({ error, count }));
}
