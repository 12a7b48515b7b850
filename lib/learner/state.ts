/**
 * The learner's memory: which words they know, are learning or ignore (names, numbers), the
 * context a learning word was saved in, and the learner's own display toggles. One versioned
 * format for browser storage and for the JSON file that moves it between browsers, validated by
 * one set of checks. Keyed by the simplified word, so a page shown in traditional characters
 * shares the same memory.
 */
import type { ExportWord } from '../export';

export const LEARNER_STORAGE_KEY = 'duizhao.learner';
export const LEARNER_FORMAT = 'duizhao-learner';
export const LEARNER_VERSION = 1;

export const WORD_STATUSES = ['known', 'learning', 'ignored'] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

/**
 * Where a word was met: enough to show it on the vocabulary page and export it without the
 * article. The export row's fields (pinyin numbered, `rong2 zi1`), plus the article's title and
 * the sentence id on the page (`paragraph.sentence`, the data-s attribute).
 */
export type WordContext = Omit<ExportWord, 'simplified'> & { title: string; sentence: string };

export type WordEntry = {
  status: WordStatus;
  /** When the status last changed (ISO 8601): newer wins when an import is merged. */
  updated: string;
  context?: WordContext;
};

export type LearnerState = {
  format: typeof LEARNER_FORMAT;
  version: typeof LEARNER_VERSION;
  words: Record<string, WordEntry>;
  /** Underline words by HSK level on article pages. */
  prefs: { hskColour: boolean };
};

// The checks below are the format's one schema. They are written out rather than declared with
// zod because they run in every article page's bundle, where zod/mini alone weighed about 15 KB
// gzip; content files, checked at build time, keep zod.
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const CONTEXT_FIELDS = ['traditional', 'pinyin', 'sense', 'zh', 'en', 'slug', 'title', 'sentence'] as const;

function isContext(v: unknown): v is WordContext {
  if (!isObject(v) || !CONTEXT_FIELDS.every((f) => isString(v[f]))) return false;
  const hsk = v.hsk;
  return hsk === undefined || (Number.isInteger(hsk) && (hsk as number) >= 1 && (hsk as number) <= 6);
}

function isEntry(v: unknown): v is WordEntry {
  return (
    isObject(v) &&
    WORD_STATUSES.some((s) => s === v.status) &&
    isString(v.updated) &&
    !Number.isNaN(Date.parse(v.updated)) &&
    (v.context === undefined || isContext(v.context))
  );
}

/** The whole state, checked field by field; unknown extra fields are dropped, as a schema would. */
function readState(v: Json): LearnerState | null {
  if (v.format !== LEARNER_FORMAT || v.version !== LEARNER_VERSION) return null;
  if (!isObject(v.words) || !isObject(v.prefs) || typeof v.prefs.hskColour !== 'boolean') return null;
  const words: Record<string, WordEntry> = {};
  for (const [word, raw] of Object.entries(v.words)) {
    if (word.length === 0 || !isEntry(raw)) return null;
    const { status, updated, context } = raw;
    words[word] = context ? { status, updated, context: pickContext(context) } : { status, updated };
  }
  return { format: LEARNER_FORMAT, version: LEARNER_VERSION, words, prefs: { hskColour: v.prefs.hskColour } };
}

function pickContext(c: WordContext): WordContext {
  const { traditional, pinyin, sense, zh, en, slug, title, sentence, hsk } = c;
  const out: WordContext = { traditional, pinyin, sense, zh, en, slug, title, sentence };
  return hsk === undefined ? out : { ...out, hsk };
}

export function emptyState(): LearnerState {
  return { format: LEARNER_FORMAT, version: LEARNER_VERSION, words: {}, prefs: { hskColour: false } };
}

/** Why a file was refused, as a key the UI turns into a message. */
export type ImportProblem = 'notJson' | 'foreign' | 'newerVersion' | 'invalid';

export type ParseResult = { ok: true; state: LearnerState } | { ok: false; problem: ImportProblem };

/** Parses a file or stored text, telling a broken file from someone else's from a newer version. */
export function parseLearnerState(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!isObject(raw) || raw.format !== LEARNER_FORMAT || typeof raw.version !== 'number')
    return { ok: false, problem: 'foreign' };
  if (raw.version > LEARNER_VERSION) return { ok: false, problem: 'newerVersion' };
  const state = readState(raw);
  return state ? { ok: true, state } : { ok: false, problem: 'invalid' };
}

/** Stored text → state; absent or unreadable storage gives an empty memory, never an error. */
export function stateFromStorage(text: string | null): LearnerState {
  if (!text) return emptyState();
  const result = parseLearnerState(text);
  return result.ok ? result.state : emptyState();
}

/** The file a learner downloads: the state itself, readable and diffable. */
export function serializeState(state: LearnerState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/**
 * Merges an imported state into the current one: for a word in both, the newer change wins (a
 * saved context is kept when the newer entry has none); preferences come from the import.
 */
export function mergeStates(current: LearnerState, imported: LearnerState): LearnerState {
  const words: LearnerState['words'] = { ...current.words };
  for (const [word, entry] of Object.entries(imported.words)) {
    const mine = words[word];
    if (!mine || Date.parse(entry.updated) >= Date.parse(mine.updated)) {
      const context = entry.context ?? mine?.context;
      words[word] = { ...entry, ...(context ? { context } : {}) };
    }
  }
  return { ...current, words, prefs: imported.prefs };
}

/** Sets (or, with null, clears) a word's status; a learning word keeps the context it was saved with. */
export function setStatus(
  state: LearnerState,
  word: string,
  status: WordStatus | null,
  now: Date,
  context?: WordContext,
): LearnerState {
  const words = { ...state.words };
  if (status === null) {
    delete words[word];
  } else {
    const kept = context ?? words[word]?.context;
    words[word] = { status, updated: now.toISOString(), ...(kept ? { context: kept } : {}) };
  }
  return { ...state, words };
}

/** Simplified words with a given status. */
export function wordsWith(state: LearnerState, status: WordStatus): string[] {
  return Object.entries(state.words)
    .filter(([, e]) => e.status === status)
    .map(([w]) => w);
}

/**
 * The inline script for article pages, run before the article is parsed: it reads the stored
 * memory and adds a <style> that marks known words, so "only unknown" pinyin and HSK colouring are
 * right on the first paint of a reload (the client then sets data-known and removes this style).
 * Plain ES5, no imports; it must never throw. Words are matched by data-w; CSS.escape-like quoting
 * is unnecessary because words are Han text, but quotes and backslashes are escaped anyway.
 */
export function learnerBootScript(): string {
  return `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(LEARNER_STORAGE_KEY)})||'null');if(!s||s.format!==${JSON.stringify(LEARNER_FORMAT)})return;var d=document.documentElement;if(s.prefs&&s.prefs.hskColour===true)d.setAttribute('data-hsk-colour','');var w=s.words||{},k=[];for(var x in w){if(w[x]&&w[x].status==='known')k.push('ruby.w[data-w="'+x.replace(/["\\\\]/g,'\\\\$&')+'"] rt')}if(!k.length)return;var e=document.createElement('style');e.id='learner-boot';e.textContent="html[data-pinyin='unknown'] :is("+k.join(',')+"){visibility:hidden}";document.head.appendChild(e)}catch(e){}})();`;
}
