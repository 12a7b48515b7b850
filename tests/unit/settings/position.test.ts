import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS, positionsFromStorage, progressOf, withPosition } from '@/lib/settings/position';

const ok = { p: 3, f: 0.5, finished: false, at: 1 };

describe('positionsFromStorage', () => {
  it.each([
    ['nothing saved', null, {}],
    ['not JSON', '{"xai-supercluster":', {}],
    ['an array', '[1,2]', {}],
    ['a valid position', JSON.stringify({ 'xai-supercluster': ok }), { 'xai-supercluster': ok }],
    ['a bad slug', JSON.stringify({ '../x': ok }), {}],
    ['a negative paragraph', JSON.stringify({ a: { ...ok, p: -1 } }), {}],
    ['a fraction above 1', JSON.stringify({ a: { ...ok, f: 1.5 } }), {}],
    ['a string paragraph', JSON.stringify({ a: { ...ok, p: '3' } }), {}],
    ['one good, one bad', JSON.stringify({ a: ok, b: { p: 1 } }), { a: ok }],
  ])('%s', (_, text, expected) => {
    expect(positionsFromStorage(text)).toEqual(expected);
  });
});

describe('withPosition', () => {
  it('keeps "finished" once reached, also when the reader scrolls back up', () => {
    const done = withPosition({}, 'a', { p: 9, f: 1, finished: true, at: 1 });
    expect(withPosition(done, 'a', { p: 2, f: 0, at: 2 }).a).toEqual({ p: 2, f: 0, finished: true, at: 2 });
  });

  it(`keeps the ${MAX_POSITIONS} most recently read articles`, () => {
    let all = {};
    for (let i = 0; i <= MAX_POSITIONS; i += 1) all = withPosition(all, `a${i}`, { p: 1, f: 0, at: i });
    expect(Object.keys(all)).toHaveLength(MAX_POSITIONS);
    expect(all).not.toHaveProperty('a0');
    expect(all).toHaveProperty(`a${MAX_POSITIONS}`);
  });
});

describe('progressOf', () => {
  it.each([
    [undefined, 'new', 0],
    [{ p: 0, f: 0, finished: false, at: 1 }, 'started', 1],
    [{ p: 20, f: 0.5, finished: false, at: 1 }, 'started', 46],
    [{ p: 44, f: 1, finished: false, at: 1 }, 'started', 99],
    [{ p: 44, f: 1, finished: true, at: 1 }, 'finished', 100],
  ] as const)('%j of 45 paragraphs → %s %d %%', (pos, state, percent) => {
    expect(progressOf(pos, 45)).toEqual({ state, percent });
  });
});
