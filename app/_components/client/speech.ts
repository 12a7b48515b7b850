'use client';
/**
 * Read aloud with the browser's own speech synthesis: one utterance per sentence, so the sentence
 * being spoken can be highlighted from each utterance's start and end (word boundary events are
 * unreliable for Chinese voices). A browser without a Chinese voice is reported as such; nothing
 * is ever spoken with an English voice.
 */
import { useSyncExternalStore } from 'react';
import { ARTICLE_ID, sentenceSelector } from '@/lib/dom/contract';
import type { ArticleData } from '@/lib/view/wire';
import { currentArticleData, sentenceZh } from './article-data';
import { getSettings } from './settings-store';

/** 'checking' until the client has looked (the static HTML cannot know the browser's voices). */
export type SpeechAvailability = 'checking' | 'unsupported' | 'noVoice' | 'ready';

export type SpeechState = {
  availability: SpeechAvailability;
  /** The sentence id being read (data-s), or null when idle. */
  current: string | null;
  paused: boolean;
  /** 0.5–1.5. */
  rate: number;
};

export const RATES = { min: 0.5, max: 1.5, step: 0.1 } as const;

const IDLE: SpeechState = { availability: 'checking', current: null, paused: false, rate: 1 };
let state: SpeechState = IDLE;
let started = false;
const listeners = new Set<() => void>();
/** Bumped on every new reading so callbacks of a cancelled queue do nothing. */
let generation = 0;

function set(patch: Partial<SpeechState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

/** The best Chinese voice: mainland Mandarin first, then any Chinese voice. */
function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  const lang = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((v) => lang(v) === 'zh-cn') ??
    voices.find((v) => lang(v).startsWith('cmn')) ??
    voices.find((v) => lang(v).startsWith('zh'))
  );
}

function refresh(): void {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) {
    set({ availability: 'unsupported' });
    return;
  }
  set({ availability: chineseVoice() ? 'ready' : 'noVoice' });
}

function start(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  refresh();
  // Voices arrive asynchronously in Chrome; the list can also change when voices are installed.
  if ('speechSynthesis' in window) window.speechSynthesis.addEventListener?.('voiceschanged', refresh);
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSpeech(): SpeechState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => IDLE,
  );
}

function spans(id: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`#${ARTICLE_ID} ${sentenceSelector(id)}`));
}

function highlight(id: string | null): void {
  document.querySelectorAll(`#${ARTICLE_ID} [data-speaking]`).forEach((el) => el.removeAttribute('data-speaking'));
  if (id) for (const el of spans(id)) el.setAttribute('data-speaking', '');
}

/** Which paragraphs: one (`only`), or all from one on (`from`); all by default. */
export type ParagraphScope = { only?: number; from?: number };

/** Sentence ids of the body in page order, within a scope of paragraphs. */
export function sentenceIds(data: ArticleData, scope: ParagraphScope = {}): string[] {
  return data.sentences
    .map((s) => s.id)
    .filter((id) => {
      if (!id || id === 't') return false;
      const p = Number(id.split('.')[0]);
      return (scope.only === undefined || p === scope.only) && (scope.from === undefined || p >= scope.from);
    });
}

/** Reads the body (or some paragraphs) aloud, from the article's data. */
export function speakArticle(scope: ParagraphScope = {}): void {
  void currentArticleData().then((data) => speak(data, sentenceIds(data, scope)));
}

/** Reads one sentence aloud. */
export function speakSentence(id: string): void {
  void currentArticleData().then((data) => speak(data, [id]));
}

/** Reads the sentences one after another, highlighting each; replaces anything being read. */
export function speak(data: ArticleData, ids: readonly string[]): void {
  const synth = window.speechSynthesis;
  // The text handed to the voice is the sentence in the reader's script, from the data file.
  const script = getSettings().script;
  const sentenceText = (id: string) =>
    sentenceZh(
      data.sentences.find((s) => s.id === id),
      script,
    ).trim();
  const voice = chineseVoice();
  if (!voice) return;
  synth.cancel();
  generation += 1;
  const mine = generation;
  const queue = ids.filter((id) => sentenceText(id));
  const next = (i: number) => {
    if (mine !== generation) return;
    const id = queue[i];
    if (id === undefined) {
      highlight(null);
      set({ current: null, paused: false });
      return;
    }
    const u = new SpeechSynthesisUtterance(sentenceText(id));
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = state.rate;
    u.onstart = () => {
      if (mine !== generation) return;
      highlight(id);
      set({ current: id });
      spans(id)[0]?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    };
    u.onend = () => next(i + 1);
    u.onerror = () => next(i + 1);
    synth.speak(u);
  };
  set({ current: queue[0] ?? null, paused: false });
  next(0);
}

export function pauseOrResume(): void {
  const synth = window.speechSynthesis;
  if (state.paused) {
    synth.resume();
    set({ paused: false });
  } else {
    synth.pause();
    set({ paused: true });
  }
}

export function stop(): void {
  generation += 1;
  window.speechSynthesis.cancel();
  highlight(null);
  set({ current: null, paused: false });
}

/** Applies from the next sentence on (an utterance's rate is fixed once it starts). */
export function setRate(rate: number): void {
  set({ rate: Math.min(RATES.max, Math.max(RATES.min, Math.round(rate * 10) / 10)) });
}
