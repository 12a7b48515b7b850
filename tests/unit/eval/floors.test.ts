import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { belowFloors, parseFloors } from '@/scripts/eval/floors';

describe('eval floors', () => {
  const figures = { segmentation: { f1: 0.906, oovRecall: 0.55 }, glossCoverage: { seed: 1, news: 0.999 } };

  it.each([
    [{ segmentation: { f1: 0.9 } }, []],
    [{ segmentation: { f1: 0.906 } }, []],
    [{ segmentation: { f1: 0.91 } }, ['segmentation.f1 = 0.9060 is below its floor 0.91']],
    [
      { glossCoverage: { news: 1 }, polyphones: { accuracy: 0.9 } },
      ['glossCoverage.news = 0.9990 is below its floor 1', 'polyphones.accuracy: not measured (floor 0.9)'],
    ],
  ])('%j → %j', (floors, failures) => {
    expect(belowFloors(figures, floors)).toEqual(failures);
  });

  it('reads the committed floors file, which names every figure of the report', () => {
    const floors = parseFloors(readFileSync('eval-floors.json', 'utf8'));
    expect(Object.keys(floors).sort()).toEqual([
      'firstGloss',
      'glossCoverage',
      'glossaryAgreement',
      'polyphones',
      'segmentation',
      'sentenceAlignment',
      'spokenTones',
      'wordAlignment',
    ]);
    expect(Object.keys(floors.segmentation ?? {}).sort()).toEqual([
      'f1',
      'ivRecall',
      'oovRecall',
      'pkuEstimateF1',
      'precision',
      'recall',
    ]);
  });

  it.each(['[]', '{"segmentation": 3}', '{"segmentation": {"f1": "high"}}'])('rejects %s', (json) => {
    expect(() => parseFloors(json)).toThrow();
  });
});
