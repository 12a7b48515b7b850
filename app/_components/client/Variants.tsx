'use client';
/**
 * Draws the reader's choice of script (traditional), tone spelling (numbers, zhuyin), tone
 * colours and spoken tones. The page's markup carries only the default view (simplified, tone marks, as written), so
 * a page's weight grows with its text and not with the number of display options; the other views
 * are drawn here from the article's data file, with the same <rt> function the body renderer uses.
 *
 * No flash: when a saved choice is not the default, CSS keeps the article invisible (not
 * collapsed, so nothing shifts) until this leaf has drawn it and set data-variants on the article.
 */
import { useEffect } from 'react';
import { ARTICLE_ID, TRADITIONAL_ATTR, VARIANTS_READY_ATTR, WORD_KEY_ATTR } from '@/lib/dom/contract';
import { rubyText } from '@/lib/render/body';
import type { Settings } from '@/lib/settings';
import type { ArticleData } from '@/lib/view/wire';
import { fetchArticleData, wordElementList } from './article-data';
import { useSettings } from './settings-store';

type View = Pick<Settings, 'script' | 'tones' | 'spoken' | 'colors'>;
const DEFAULT_VIEW: View = { script: 'simplified', tones: 'marks', spoken: 'off', colors: 'off' };

let drawn: View = DEFAULT_VIEW;
/** Simplified text of the credits swapped to traditional, to swap back. */
const simplified = new WeakMap<Element, string>();

function draw(data: ArticleData, view: View): void {
  const traditional = view.script === 'traditional';
  const spoken = view.spoken === 'on';
  wordElementList().forEach((el, i) => {
    const w = data.words[i];
    const entry = w ? data.entries[w.entry] : undefined;
    const key = el.getAttribute(WORD_KEY_ATTR) ?? '';
    if (!w || !entry || entry.word !== key) return; // a stale file: leave the word as built
    const text = el.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE) text.textContent = traditional ? w.traditional || key : key;
    const rt = el.querySelector('rt');
    if (rt) {
      const html = rubyText(w.citation, {
        style: view.tones,
        tones: view.colors !== 'off',
        ...(spoken ? { spoken: w.spoken } : {}),
      });
      // Parsed from our own renderer's output (escaped by construction), replacing the old <rt>.
      rt.outerHTML = html;
    }
  });
  // The language tag follows the script, for screen readers and font selection.
  for (const el of document.querySelectorAll(`#${ARTICLE_ID} [lang^="zh"]`))
    el.setAttribute('lang', traditional ? 'zh-Hant' : 'zh-Hans');
  for (const el of document.querySelectorAll(`#${ARTICLE_ID} [${TRADITIONAL_ATTR}]`)) {
    if (!simplified.has(el)) simplified.set(el, el.textContent ?? '');
    el.textContent = traditional ? (el.getAttribute(TRADITIONAL_ATTR) ?? '') : (simplified.get(el) ?? '');
  }
  drawn = view;
}

export function Variants({ dataUrl }: { dataUrl: string }) {
  const { script, tones, spoken, colors } = useSettings();
  useEffect(() => {
    const root = document.getElementById(ARTICLE_ID);
    // Which colour scheme does not change the markup, only whether there is one.
    const view: View = { script, tones, spoken, colors: colors === 'off' ? 'off' : 'pleco' };
    const same =
      view.script === drawn.script &&
      view.tones === drawn.tones &&
      view.spoken === drawn.spoken &&
      view.colors === drawn.colors;
    if (same) {
      root?.setAttribute(VARIANTS_READY_ATTR, '');
      return undefined;
    }
    let live = true;
    void fetchArticleData(dataUrl).then((data) => {
      if (!live) return;
      draw(data, view);
      root?.setAttribute(VARIANTS_READY_ATTR, '');
    });
    return () => {
      live = false;
    };
  }, [dataUrl, script, tones, spoken, colors]);
  return null;
}
