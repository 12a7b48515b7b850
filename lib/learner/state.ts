/**
 * The learner's memory: which words they know, are learning or ignore (names, numbers), the
 * context a learning word was saved in, and the learner's own display toggles. One versioned
 * format for browser storage and for the JSON file that moves it between browsers, validated by
 * one schema (zod/mini, to keep the browser bundle small). Keyed by the simplified word, so a
 * page shown in traditional characters shares the same memory.
 */
import { z } from 'zod/mini';

export const LEARNER_STORAGE_KEY = 'duizhao.learner';
export const LEARNER_FORMAT = 'duizhao-learner';
export const LEARNER_VERSION = 1;

export const WORD_STATUSES = ['known', 'learning', 'ignored'] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s))));

/** Where a word was met: enough to show it on the vocabulary page and export it without the article. */
const contextSchema = z.object({
  traditional: z.string(),
  /** Numbered syllables (`rong2 zi1`). */
  pinyin: z.string(),
  sense: z.string(),
  zh: z.string(),
  en: z.string(),
  slug: z.string(),
  title: z.string(),
  /** Sentence id on the page (`paragraph.sentence`, the data-s attribute). */
  sentence: z.string(),
  hsk: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(6))),
});

const wordSchema = z.object({
  status: z.enum(WORD_STATUSES),
  /** When the status last changed (ISO 8601): newer wins when an import is merged. */
  updated: isoDate,
  context: z.optional(contextSchema),
});

const prefsSchema = z.object({
  /** Underline words by HSK level on article pages. */
  hskColour: z.boolean(),
});

export const learnerStateSchema = z.object({
  format: z.literal(LEARNER_FORMAT),
  version: z.literal(LEARNER_VERSION),
  words: z.record(z.string().check(z.minLength(1)), wordSchema),
  prefs: prefsSchema,
});

export type WordContext = z.infer<typeof contextSchema>;
export type WordEntry = z.infer<typeof wordSchema>;
export type LearnerState = z.infer<typeof learnerStateSchema>;

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
  const outline = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!outline.success || outline.data.format !== LEARNER_FORMAT) return { ok: false, problem: 'foreign' };
  if (outline.data.version > LEARNER_VERSION) return { ok: false, problem: 'newerVersion' };
  const parsed = learnerStateSchema.safeParse(raw);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, problem: 'invalid' };
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
