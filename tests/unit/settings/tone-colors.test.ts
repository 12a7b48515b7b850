/**
 * The tone colours in app/globals.css pass WCAG AA (4.5:1) as text on every background pinyin
 * sits on (page, card, highlight) in both themes, and keep the hue of the scheme they are named
 * after. Reads the stylesheet itself, so the check cannot drift from what ships.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../app/globals.css', import.meta.url), 'utf8');

/** The published schemes (issue 4): tones 1–4 and neutral. */
const PUBLISHED: Record<string, string[]> = {
  pleco: ['#e30000', '#02b31c', '#1510f0', '#8900bf', '#777777'],
  zhongwen: ['#ee363e', '#f47c36', '#73bb4f', '#649cd3', '#a0a0a0'],
  hanping: ['#64b4ff', '#30b030', '#f08000', '#d00020', '#a0a0a0'],
};

function block(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no block ${selector}`);
  return css.slice(at, css.indexOf('}', at));
}
function prop(text: string, name: string): string {
  const m = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'u').exec(text);
  if (!m?.[1]) throw new Error(`no ${name}`);
  return m[1];
}

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
function hue(hex: string): number | null {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d < 0.02) return null; // grey: no hue to keep
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

const light = block(':root');
const dark = block("html[data-theme='dark']");
const backgrounds = {
  light: ['--bg', '--card', '--highlight'].map((n) => prop(light, n)),
  dark: ['--bg', '--card', '--highlight'].map((n) => prop(dark, n)),
};

describe('contrast helper', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48],
    ['#ffffff', '#ffffff', 1],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 1);
  });
  it('some published colours really fail AA on white, which is why they were adjusted', () => {
    expect(contrast('#64b4ff', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#a0a0a0', '#ffffff')).toBeLessThan(4.5);
  });
});

describe.each(Object.keys(PUBLISHED))('tone colours: %s', (scheme) => {
  const rules = block(`html[data-colors='${scheme}']`);
  it.each([1, 2, 3, 4, 5])('tone %i passes AA on light and dark backgrounds and keeps its hue', (tone) => {
    const published = PUBLISHED[scheme]?.[tone - 1] ?? '';
    for (const [theme, suffix] of [
      ['light', 'l'],
      ['dark', 'd'],
    ] as const) {
      const colour = prop(rules, `--t${tone}${suffix}`);
      for (const bg of backgrounds[theme]) expect(contrast(colour, bg)).toBeGreaterThanOrEqual(4.5);
      const want = hue(published);
      const got = hue(colour);
      if (want === null) expect(got).toBeNull();
      else {
        const diff = Math.abs((got ?? 999) - want);
        expect(Math.min(diff, 360 - diff)).toBeLessThan(6);
      }
    }
  });
});

describe('the system dark theme uses the same colours as the forced one', () => {
  it('repeats the dark block inside prefers-color-scheme', () => {
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const inner = media.slice(0, media.indexOf('}'));
    for (const n of ['--bg', '--card', '--highlight', '--fg']) expect(prop(inner, n)).toBe(prop(dark, n));
  });
});
