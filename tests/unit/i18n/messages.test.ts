import { describe, expect, it } from 'vitest';
import { getT } from '@/lib/i18n';
import { group, interpolate, translate, type MessageKey } from '@/lib/i18n/messages';
import { resources } from '@/lib/i18n/resources';

const en = resources.en.translation;
const zh = resources.zh.translation;

describe('translate (client leaves)', () => {
  it.each<[MessageKey, Record<string, string | number> | undefined, string, string]>([
    ['toolbar.pinyin', undefined, 'Pinyin', '拼音'],
    ['index.characters', { count: 1234 }, '1234 characters', '1234 字'],
    ['learner.marked', { word: '融资', status: 'known' }, '融资: known', '融资：known'],
  ])('%s %j', (key, params, english, chinese) => {
    expect(translate(en, key, params)).toBe(english);
    expect(translate(zh, key, params)).toBe(chinese);
  });

  it('gives the same text as the server side (i18next) for every key in both languages', () => {
    const keys: string[] = [];
    const visit = (node: object, prefix: string) => {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string') keys.push(`${prefix}${k}`);
        else visit(v as object, `${prefix}${k}.`);
      }
    };
    visit(en, '');
    expect(keys.length).toBeGreaterThan(100);
    const params = {
      count: 3,
      word: '融资',
      status: 'known',
      level: 4,
      date: '1 Jan',
      title: '超级集群',
      known: 1,
      ignored: 2,
      codePoint: 'U+20000',
    };
    for (const [lang, messages] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      const t = getT(lang) as unknown as (key: string, p: object) => string;
      for (const key of keys)
        expect(translate(messages, key as MessageKey, params), `${lang} ${key}`).toBe(t(key, params));
    }
  });

  it('returns the key for a path that is a group or missing, and leaves unknown placeholders', () => {
    expect(translate(en, 'assign' as MessageKey)).toBe('assign');
    expect(interpolate('{{a}} and {{b}}', { a: '甲' })).toBe('甲 and {{b}}');
  });

  it('lists a group of strings', () => {
    expect(group(en, 'assign.names')).toEqual(en.assign.names);
    expect(group(zh, 'assign.names')).toEqual(zh.assign.names);
  });
});
