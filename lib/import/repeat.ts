/**
 * The repeated copy: scrapers often capture a page's body twice (the page and its print version,
 * or a mobile and a desktop copy). The copy is the longest run of consecutive non-blank lines that
 * occurs twice without overlapping; blank lines do not count, since the two copies rarely space
 * their paragraphs alike.
 *
 * Found by binary search on the run length with a rolling hash over line ids: a run of length k
 * that repeats implies one of length k − 1 does, so the longest is found in O(n log n) even on a
 * 2 MB file of near-identical lines (the naive scan was quadratic there).
 */

/** Shortest run taken for a copy of the article rather than lines that merely repeat. */
export const MIN_REPEAT = 3;

export type Repeat = { first: number; second: number; length: number };

/** A run of `length` items starting at `first` repeats at `second` (indices into the input). */
function findRunOfLength(ids: readonly number[], length: number): { first: number; second: number } | null {
  if (length === 0 || length * 2 > ids.length) return null;
  const B1 = 1_000_003;
  const B2 = 998_244_353;
  let pow1 = 1;
  let pow2 = 1;
  for (let i = 0; i < length - 1; i += 1) {
    pow1 = Math.imul(pow1, B1) >>> 0;
    pow2 = Math.imul(pow2, B2) >>> 0;
  }
  const seen = new Map<string, number[]>();
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] as number;
    if (i >= length) {
      const out = ids[i - length] as number;
      h1 = (h1 - Math.imul(out + 1, pow1)) >>> 0;
      h2 = (h2 - Math.imul(out + 1, pow2)) >>> 0;
    }
    h1 = (Math.imul(h1, B1) + id + 1) >>> 0;
    h2 = (Math.imul(h2, B2) + id + 1) >>> 0;
    if (i < length - 1) continue;
    const start = i - length + 1;
    const key = `${h1}:${h2}`;
    const earlier = seen.get(key);
    if (earlier) {
      for (const first of earlier) {
        if (start - first < length) break; // overlapping; later candidates overlap more
        let same = true;
        for (let k = 0; k < length && same; k += 1) same = ids[first + k] === ids[start + k];
        if (same) return { first, second: start };
      }
      earlier.push(start);
    } else {
      seen.set(key, [start]);
    }
  }
  return null;
}

/**
 * Finds the longest run of identical consecutive non-blank lines that occurs twice. Returns the
 * start of both copies and the run length in non-blank lines, indices into `lines`, or null.
 */
export function findRepeat(
  lines: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Repeat | null {
  const positions: number[] = [];
  const idOf = new Map<string, number>();
  const ids: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let id = idOf.get(line);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(line, id);
    }
    ids.push(id);
    positions.push(i);
  });
  let lo = MIN_REPEAT;
  let hi = Math.floor(ids.length / 2);
  let best: { first: number; second: number; length: number } | null = null;
  const steps = Math.max(1, Math.ceil(Math.log2(hi - lo + 2)));
  let step = 0;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const found = findRunOfLength(ids, mid);
    step += 1;
    onProgress?.(step, steps);
    if (found) {
      best = { ...found, length: mid };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (!best) return null;
  return { first: positions[best.first] as number, second: positions[best.second] as number, length: best.length };
}

/** The raw-line indices of a run of `length` non-blank lines starting at raw index `start`. */
export function runIndices(lines: readonly string[], start: number, length: number): number[] {
  const out: number[] = [];
  for (let i = start; i < lines.length && out.length < length; i += 1) if (lines[i]?.trim() !== '') out.push(i);
  return out;
}
