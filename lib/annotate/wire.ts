/**
 * The per-article dictionary's file format (out/dict/<slug>.json): one row per word instead of
 * one object, so the field names are not repeated a thousand times, the traditional form is left
 * out where it equals the simplified one and pinyin travels as one string. The seed's subset
 * drops from 42.7 to about 34 KB gzip. `decodeDictionary` runs in the browser and turns a row
 * back into the WordInfo the popover reads; a row it does not understand is skipped, so a stale
 * or damaged file costs a gloss, never the page.
 *
 * Row: [word, traditional ('' = same), gloss kind, HSK level (0 = none), readings, extras?]
 * where a reading is [pinyin, ...senses] and extras holds the rarer fields as they are.
 */
import type { GlossKind, WordInfo } from './types';

const KINDS: readonly GlossKind[] = ['dictionary', 'glossary', 'composed', 'name', 'rare'];

type Extras = Pick<WordInfo, 'glossary' | 'parts' | 'name' | 'rare'>;
export type WireRow =
  [string, string, number, number, string[][]] | [string, string, number, number, string[][], Extras];
export type WireDictionary = { v: typeof WIRE_VERSION; rows: WireRow[] };

export const WIRE_VERSION = 1;

export function encodeDictionary(dict: Record<string, WordInfo>): WireDictionary {
  const rows: WireRow[] = [];
  for (const [word, info] of Object.entries(dict)) {
    const readings = info.readings.map((r) => [r.pinyin.join(' '), ...r.senses]);
    const head = [
      word,
      info.traditional === word ? '' : info.traditional,
      KINDS.indexOf(info.gloss),
      info.hsk ?? 0,
    ] as const;
    const extras: Extras = {};
    if (info.glossary) extras.glossary = info.glossary;
    if (info.parts) extras.parts = info.parts;
    if (info.name) extras.name = info.name;
    if (info.rare) extras.rare = info.rare;
    rows.push(Object.keys(extras).length > 0 ? [...head, readings, extras] : [...head, readings]);
  }
  return { v: WIRE_VERSION, rows };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function decodeRow(row: unknown): WordInfo | null {
  if (!Array.isArray(row) || row.length < 5) return null;
  const [word, traditional, kind, hsk, readings, extras] = row as unknown[];
  const gloss = typeof kind === 'number' ? KINDS[kind] : undefined;
  if (typeof word !== 'string' || typeof traditional !== 'string' || !gloss || typeof hsk !== 'number') return null;
  if (!Array.isArray(readings) || !readings.every((r) => isStrings(r) && r.length > 0)) return null;
  const info: WordInfo = {
    word,
    traditional: traditional || word,
    readings: (readings as string[][]).map(([pinyin = '', ...senses]) => ({ pinyin: pinyin.split(' '), senses })),
    gloss,
  };
  if (hsk > 0) info.hsk = hsk;
  if (typeof extras === 'object' && extras !== null) Object.assign(info, extras as Extras);
  return info;
}

/** The file's rows back into words; anything that is not a row of this version is left out. */
export function decodeDictionary(raw: unknown): Record<string, WordInfo> {
  const out: Record<string, WordInfo> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const { v, rows } = raw as { v?: unknown; rows?: unknown };
  if (v !== WIRE_VERSION || !Array.isArray(rows)) return out;
  for (const row of rows) {
    const info = decodeRow(row);
    if (info) out[info.word] = info;
  }
  return out;
}
