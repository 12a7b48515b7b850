/**
 * Server-rendered words: each Han token a focusable <ruby> with its pinyin in <rt>. The pinyin is
 * hidden from screen readers (aria-hidden), so each word is read once, as Chinese. Data attributes
 * carry what the client leaves need; no client code runs to draw this.
 */
import type { Token } from '@/lib/annotate/types';
import { numberedToMarks, toneOf } from '@/lib/pinyin/syllable';

/** Digits and letters inside a word (the 60 of 60亿) have no syllable: '' in the list, not shown. */
function Syllables({ syllables }: { syllables: readonly string[] }) {
  return (
    <>
      {syllables.filter(Boolean).map((s, i) => (
        <span key={i} className={`t${toneOf(s)}`}>
          {i > 0 ? ' ' : ''}
          {numberedToMarks(s)}
        </span>
      ))}
    </>
  );
}

/**
 * Words are one roving-tabindex group: only the article's first word is in the tab order
 * (`entry`), arrow keys move between words (see WordPopover).
 */
export function Tokens({ tokens, entry = false }: { tokens: readonly Token[]; entry?: boolean }) {
  const first = entry ? tokens.findIndex((t) => t.kind === 'han' && t.pinyin) : -1;
  return (
    <>
      {tokens.map((t, i) => {
        if (t.kind !== 'han' || !t.pinyin)
          return (
            <span key={i} className={`k-${t.kind}`}>
              {t.text}
            </span>
          );
        return (
          <ruby
            key={i}
            className="w"
            tabIndex={i === first ? 0 : -1}
            data-w={t.entry}
            data-py={t.pinyin.citation.join(' ')}
            data-sp={t.pinyin.spoken.join(' ')}
            {...(t.hsk ? { 'data-hsk': t.hsk } : {})}
            {...(t.sense ? { 'data-g': '' } : {})}
          >
            {t.text}
            <rt aria-hidden="true">
              <Syllables syllables={t.pinyin.citation} />
            </rt>
          </ruby>
        );
      })}
    </>
  );
}
