/**
 * Floors: minimum figures, in the same shape as `npm run eval --json` writes, so a regression in
 * any figure fails CI with its name.
 */
export type Figures = Record<string, Record<string, number>>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Parses a floors file; throws with the offending key when it is not `{set: {metric: number}}`. */
export function parseFloors(json: string): Figures {
  const data: unknown = JSON.parse(json);
  if (!isRecord(data)) throw new Error('not a JSON object');
  const floors: Figures = {};
  for (const [set, mins] of Object.entries(data)) {
    if (!isRecord(mins)) throw new Error(`${set} is not an object of figures`);
    const figures: Record<string, number> = {};
    for (const [metric, v] of Object.entries(mins)) {
      if (typeof v !== 'number') throw new Error(`${set}.${metric} is not a number`);
      figures[metric] = v;
    }
    floors[set] = figures;
  }
  return floors;
}

/** Every figure named in `floors` that is missing from `figures` or below its floor. */
export function belowFloors(figures: Figures, floors: Figures): string[] {
  const failures: string[] = [];
  for (const [set, mins] of Object.entries(floors)) {
    for (const [metric, floor] of Object.entries(mins)) {
      const value = figures[set]?.[metric];
      if (value === undefined) failures.push(`${set}.${metric}: not measured (floor ${floor})`);
      else if (value < floor) failures.push(`${set}.${metric} = ${value.toFixed(4)} is below its floor ${floor}`);
    }
  }
  return failures;
}
