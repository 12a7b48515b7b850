/**
 * The real-page corpus (tests/fixtures/import/corpus, see its SOURCES.md): every tuning page must
 * keep every article paragraph unchanged with no boilerplate left, and titles and credits must be
 * right on at least 90 % of the pages that have them. The blind pages were kept aside while the
 * rules were written; their floors are what was measured on them once, at the end.
 */
import { describe, expect, it } from 'vitest';
import { corpusNames, figures, formatFigures, scorePage, type PageScore } from './corpus';

/** Measured on the blind pages on their first and only scoring run (see the commit that set it). */
const BLIND_FLOOR = { clean: 5, titlesRight: 5, creditsRight: 4 };

const scores: PageScore[] = corpusNames().map(scorePage);
const tune = scores.filter((s) => s.set === 'tune');
const blind = scores.filter((s) => s.set === 'blind');

describe('import corpus (tuning pages)', () => {
  it('holds at least 30 real pages besides the blind ones', () => expect(tune.length).toBeGreaterThanOrEqual(30));

  it.each(tune.map((s) => [s.name, s] as const))('%s: nothing lost, no boilerplate', (_name, s) => {
    expect({ missing: s.missing, extra: s.extra }).toEqual({ missing: [], extra: [] });
    expect(s.nothingLost).toBe(true);
  });

  it('titles and credits are right on at least 90 % of the pages that have them', () => {
    const f = figures(tune);
    console.log(formatFigures('tuning pages', f));
    expect(f.titlesRight / f.titles).toBeGreaterThanOrEqual(0.9);
    expect(f.creditsRight / f.credited).toBeGreaterThanOrEqual(0.9);
    expect(f.headingsKept / f.headings).toBeGreaterThanOrEqual(0.9);
  });
});

describe('import corpus (blind pages)', () => {
  it('scores at least what was measured when they were first run', () => {
    const f = figures(blind);
    console.log(formatFigures('blind pages', f));
    expect(blind.length).toBeGreaterThanOrEqual(7);
    expect(f.clean).toBeGreaterThanOrEqual(BLIND_FLOOR.clean);
    expect(f.titlesRight).toBeGreaterThanOrEqual(BLIND_FLOOR.titlesRight);
    expect(f.creditsRight).toBeGreaterThanOrEqual(BLIND_FLOOR.creditsRight);
  });
});
