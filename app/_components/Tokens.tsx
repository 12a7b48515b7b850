/**
 * Server-rendered words: each Han token a focusable <ruby> with its pinyin in <rt>. The pinyin is
 * hidden from screen readers (aria-hidden), so each word is read once, as Chinese. Data attributes
 * carry what the client leaves need; no client code runs to draw this.
 *
 * Every display choice a reader can make is already in this HTML, and CSS (keyed on the <html
 * data-…> attributes the boot script sets before paint) picks what shows, so a saved choice never
 * flashes or shifts the layout:
 *   - tone marks are the text of each syllable; tone numbers and zhuyin ride along as data-n /
 *     data-z and are drawn with `content: attr(…)` when chosen;
 *   - a syllable whose spoken tone differs (一/不, third-tone sandhi) carries its spoken spelling
 *     (data-sm/-sn/-sz) and tone (data-st) for the "spoken tones" switch;
 *   - where the traditional spelling differs, both spellings are present and CSS shows one.
 */
import type { ReactNode } from 'react';
import type { Token } from '@/lib/annotate/types';
import { convertRuns, traditionalConverter } from '@/lib/script';
import { normalizeNumbered, numberedToMarks, numberedToZhuyin, toneOf } from '@/lib/pinyin/syllable';

/**
 * The syllables of one word, separated by plain spaces (so the <rt> text reads "róng zī"). An
 * array rather than fragments: this markup is repeated for every word and also serialised into
 * the page's React payload, so every wrapper counts twice.
 */
function syllables(citation: readonly string[], spoken: readonly string[]): ReactNode[] {
  const out: ReactNode[] = [];
  citation.forEach((s, i) => {
    // Digits and letters inside a word (the 60 of 60亿) have no syllable: '' in the list, not shown.
    if (!s) return;
    const said = spoken[i];
    const changed = said !== undefined && normalizeNumbered(said).toLowerCase() !== normalizeNumbered(s).toLowerCase();
    if (out.length > 0) out.push(' ');
    out.push(
      <span
        key={i}
        className={`y t${toneOf(s)}`}
        data-n={normalizeNumbered(s)}
        data-z={numberedToZhuyin(s)}
        {...(changed
          ? {
              'data-sm': numberedToMarks(said),
              'data-sn': normalizeNumbered(said),
              'data-sz': numberedToZhuyin(said),
              'data-st': toneOf(said),
            }
          : {})}
      >
        {numberedToMarks(s)}
      </span>,
    );
  });
  return out;
}

/** Chinese text in both scripts when they differ; CSS shows the reader's choice. */
export function Hanzi({ text, traditional }: { text: string; traditional?: string }): ReactNode {
  const trad = traditional ?? convertRuns([text], traditionalConverter())[0] ?? text;
  if (trad === text) return text;
  return (
    <>
      <span className="hs">{text}</span>
      <span className="ht" lang="zh-Hant">
        {trad}
      </span>
    </>
  );
}

/**
 * Words are one roving-tabindex group: only the article's first word is in the tab order
 * (`entry`), arrow keys move between words (see WordPopover).
 */
export function Tokens({ tokens, entry = false }: { tokens: readonly Token[]; entry?: boolean }) {
  const first = entry ? tokens.findIndex((t) => t.kind === 'han' && t.pinyin) : -1;
  // The whole sentence is converted at once so OpenCC sees phrases, then cut back per token.
  const traditional = convertRuns(
    tokens.map((t) => t.text),
    traditionalConverter(),
  );
  return (
    <>
      {tokens.map((t, i) => {
        const trad = traditional[i] ?? t.text;
        if (t.kind !== 'han' || !t.pinyin)
          return (
            <span key={i} className={`k-${t.kind}`}>
              <Hanzi text={t.text} traditional={trad} />
            </span>
          );
        const citation = t.pinyin.citation.join(' ');
        const spoken = t.pinyin.spoken.join(' ');
        const alternatives = t.pinyin.alternatives?.map((a) => a.join(' ')).join('|');
        return (
          <ruby
            key={i}
            className="w"
            tabIndex={i === first ? 0 : -1}
            data-w={t.entry}
            data-py={citation}
            {...(spoken !== citation ? { 'data-sp': spoken } : {})}
            {...(alternatives ? { 'data-alt': alternatives } : {})}
            {...(t.hsk ? { 'data-hsk': t.hsk } : {})}
            {...(t.sense ? { 'data-g': '' } : {})}
          >
            <Hanzi text={t.text} traditional={trad} />
            <rt aria-hidden="true">{syllables(t.pinyin.citation, t.pinyin.spoken)}</rt>
          </ruby>
        );
      })}
    </>
  );
}
