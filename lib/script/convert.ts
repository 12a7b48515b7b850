/**
 * Cutting a converted sentence back into its tokens: pure, so lib/view and tests can use it with
 * any converter (the OpenCC one stays server-only in ./index).
 */
/** A string → string converter, so the pure functions below can be tested with any table. */
export type Convert = (text: string) => string;

/**
 * The traditional spelling of each run, converted in context. Falls back to converting runs one by
 * one if the whole-text conversion ever changes the number of code points (a one-to-one mapping
 * is what keeps the tokens aligned).
 */
export function convertRuns(runs: readonly string[], convert: Convert): string[] {
  const whole = Array.from(convert(runs.join('')));
  const lengths = runs.map((r) => Array.from(r).length);
  const total = lengths.reduce((a, b) => a + b, 0);
  if (whole.length !== total) return runs.map((r) => convert(r));
  const out: string[] = [];
  let at = 0;
  for (const n of lengths) {
    out.push(whole.slice(at, at + n).join(''));
    at += n;
  }
  return out;
}
