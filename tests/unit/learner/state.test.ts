import { describe, expect, it } from 'vitest';
import {
  emptyState,
  mergeStates,
  parseLearnerState,
  serializeState,
  setStatus,
  stateFromStorage,
  wordsWith,
  type WordContext,
} from '@/lib/learner/state';

const context: WordContext = {
  traditional: '融資',
  pinyin: 'rong2 zi1',
  sense: 'financing',
  zh: '公司完成融资。',
  en: 'The company closed its funding round.',
  slug: 'xai-supercluster',
  title: '超级集群',
  sentence: '1.0',
};
const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-02-01T00:00:00Z');

describe('parseLearnerState', () => {
  const good = serializeState(setStatus(emptyState(), '融资', 'learning', t0, context));
  it.each([
    ['{"format":"duizhao-learner","version":1,', 'notJson'],
    ['', 'notJson'],
    ['[1,2,3]', 'foreign'],
    ['{"pinyin":"unknown"}', 'foreign'],
    ['{"format":"anki","version":1}', 'foreign'],
    ['{"format":"duizhao-learner","version":2,"words":{}}', 'newerVersion'],
    [
      '{"format":"duizhao-learner","version":1,"words":{"融资":{"status":"maybe","updated":"2026-01-01"}},"prefs":{"hskColour":false}}',
      'invalid',
    ],
    [
      '{"format":"duizhao-learner","version":1,"words":{"融资":{"status":"known","updated":"yesterday"}},"prefs":{"hskColour":false}}',
      'invalid',
    ],
    // Checks written out by hand (no schema library in the browser bundle): each branch refused.
    ['{"format":"duizhao-learner","version":1,"words":{"融资":{"status":"known","updated":"2026-01-01"}}}', 'invalid'],
    ['{"format":"duizhao-learner","version":1,"words":[],"prefs":{"hskColour":false}}', 'invalid'],
    ['{"format":"duizhao-learner","version":1,"words":{},"prefs":{"hskColour":"yes"}}', 'invalid'],
    [
      '{"format":"duizhao-learner","version":1,"words":{"":{"status":"known","updated":"2026-01-01"}},"prefs":{"hskColour":false}}',
      'invalid',
    ],
    ['{"format":"duizhao-learner","version":1,"words":{"融资":null},"prefs":{"hskColour":false}}', 'invalid'],
    [
      '{"format":"duizhao-learner","version":1,"words":{"融资":{"status":"learning","updated":"2026-01-01","context":{"pinyin":"rong2 zi1"}}},"prefs":{"hskColour":false}}',
      'invalid',
    ],
    [
      `{"format":"duizhao-learner","version":1,"words":{"融资":{"status":"learning","updated":"2026-01-01","context":${JSON.stringify({ ...context, hsk: 7 })}}},"prefs":{"hskColour":false}}`,
      'invalid',
    ],
    [
      `{"format":"duizhao-learner","version":1,"words":{"融资":{"status":"learning","updated":"2026-01-01","context":${JSON.stringify({ ...context, hsk: 2.5 })}}},"prefs":{"hskColour":false}}`,
      'invalid',
    ],
    ['{"format":"duizhao-learner","version":"1","words":{},"prefs":{"hskColour":false}}', 'foreign'],
  ])('%j is refused as %s', (text, problem) => {
    expect(parseLearnerState(text)).toEqual({ ok: false, problem });
  });

  it('drops fields the format does not know, keeping the rest', () => {
    const extra = JSON.stringify({
      format: 'duizhao-learner',
      version: 1,
      words: {
        融资: { status: 'learning', updated: '2026-01-01T00:00:00.000Z', context: { ...context, hsk: 5, x: 1 }, y: 2 },
      },
      prefs: { hskColour: true, z: 3 },
      extra: true,
    });
    expect(parseLearnerState(extra)).toEqual({
      ok: true,
      state: {
        format: 'duizhao-learner',
        version: 1,
        words: { 融资: { status: 'learning', updated: '2026-01-01T00:00:00.000Z', context: { ...context, hsk: 5 } } },
        prefs: { hskColour: true },
      },
    });
  });

  it('reads back what it wrote', () => {
    const result = parseLearnerState(good);
    expect(result.ok && result.state.words['融资']).toEqual({ status: 'learning', updated: t0.toISOString(), context });
  });

  it.each([[null], ['garbage'], ['{"format":"duizhao-learner","version":1}']])(
    'storage %j falls back to an empty memory',
    (text) => {
      expect(stateFromStorage(text)).toEqual(emptyState());
    },
  );
});

describe('setStatus and mergeStates', () => {
  it('keeps the saved context when a learning word becomes known, and clears with null', () => {
    const learning = setStatus(emptyState(), '融资', 'learning', t0, context);
    const known = setStatus(learning, '融资', 'known', t1);
    expect(known.words['融资']).toEqual({ status: 'known', updated: t1.toISOString(), context });
    expect(wordsWith(known, 'known')).toEqual(['融资']);
    expect(setStatus(known, '融资', null, t1).words).toEqual({});
  });

  it('lets the newer change win and keeps words only one side has', () => {
    const mine = setStatus(setStatus(emptyState(), '融资', 'known', t1), '公司', 'known', t0);
    const theirs = setStatus(setStatus(emptyState(), '融资', 'learning', t0, context), '马斯克', 'ignored', t0);
    const merged = mergeStates(mine, { ...theirs, prefs: { hskColour: true } });
    expect(merged.words['融资']).toEqual({ status: 'known', updated: t1.toISOString() });
    expect(Object.keys(merged.words).sort()).toEqual(['公司', '融资', '马斯克'].sort());
    expect(merged.prefs.hskColour).toBe(true);
  });
});
