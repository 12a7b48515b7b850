/**
 * Reading positions: where the reader was in each article, and whether they reached its end. Kept
 * in the browser like the settings (one key, no account); anything absent, corrupt or foreign in
 * storage gives no position, entry by entry, never an error. A position is a paragraph and how far
 * through it the top of the screen was (0–1), so it holds when text size or layout change.
 */

export const POSITION_KEY = 'duizhao.positions';
/** Positions kept; the least recently read article is dropped first. */
export const MAX_POSITIONS = 200;

export type ReadingPosition = {
  /** Index of the paragraph at the top of the screen. */
  p: number;
  /** How far through that paragraph the top of the screen was, 0–1. */
  f: number;
  /** The end of the article has been on screen. */
  finished: boolean;
  /** When this was saved (ms since 1970), to drop the oldest. */
  at: number;
};
export type Positions = Record<string, ReadingPosition>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function parsePosition(v: unknown): ReadingPosition | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const { p, f, finished, at } = r;
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 0) return null;
  if (typeof f !== 'number' || !(f >= 0 && f <= 1)) return null;
  if (typeof finished !== 'boolean' || typeof at !== 'number' || !Number.isFinite(at)) return null;
  return { p, f, finished, at };
}

/** The stored JSON text → positions; every entry that is not a valid position is left out. */
export function positionsFromStorage(text: string | null): Positions {
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Positions = {};
  for (const [slug, v] of Object.entries(raw as Record<string, unknown>)) {
    const pos = SLUG.test(slug) ? parsePosition(v) : null;
    if (pos) out[slug] = pos;
  }
  return out;
}

/** Sets one article's position (finished stays once reached), keeping the newest MAX_POSITIONS. */
export function withPosition(
  all: Positions,
  slug: string,
  pos: Omit<ReadingPosition, 'finished'> & { finished?: boolean },
): Positions {
  const finished = Boolean(pos.finished) || Boolean(all[slug]?.finished);
  const next: Positions = { ...all, [slug]: { p: pos.p, f: pos.f, finished, at: pos.at } };
  const slugs = Object.keys(next);
  if (slugs.length <= MAX_POSITIONS) return next;
  const keep = new Set(slugs.sort((a, b) => (next[b]?.at ?? 0) - (next[a]?.at ?? 0)).slice(0, MAX_POSITIONS));
  return Object.fromEntries(Object.entries(next).filter(([s]) => keep.has(s)));
}

/** What the index shows for an article: not started, started (with how far), or finished. */
export function progressOf(
  pos: ReadingPosition | undefined,
  paragraphs: number,
): { state: 'new' | 'started' | 'finished'; percent: number } {
  if (!pos) return { state: 'new', percent: 0 };
  if (pos.finished) return { state: 'finished', percent: 100 };
  const percent = paragraphs > 0 ? Math.min(99, Math.max(1, Math.round(((pos.p + pos.f) / paragraphs) * 100))) : 1;
  return { state: 'started', percent };
}
