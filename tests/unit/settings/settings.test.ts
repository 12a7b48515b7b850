import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_VALUES, bootScript, parseSettings, settingsFromStorage } from '@/lib/settings';

describe('settingsFromStorage', () => {
  it.each([
    ['absent', null],
    ['empty', ''],
    ['corrupt JSON', '{not json'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '["side"]'],
  ])('%s → defaults', (_, text) => {
    expect(settingsFromStorage(text)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and drops invalid or unknown ones, field by field', () => {
    const saved = JSON.stringify({ pinyin: 'hsk', level: '4', layout: 'nope', tones: 7, script: 'traditional', x: 1 });
    expect(settingsFromStorage(saved)).toEqual({
      ...DEFAULT_SETTINGS,
      pinyin: 'hsk',
      level: '4',
      script: 'traditional',
    });
  });

  it('an old saved shape (first release: pinyin on/off, layout zh) still reads', () => {
    expect(parseSettings({ pinyin: 'off', layout: 'zh' })).toEqual({
      ...DEFAULT_SETTINGS,
      pinyin: 'off',
      layout: 'zh',
    });
    expect(parseSettings({ pinyin: 'on' })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('defaults', () => {
  it('are the first allowed value of each setting', () => {
    for (const [name, values] of Object.entries(SETTING_VALUES)) {
      expect(DEFAULT_SETTINGS[name as keyof typeof DEFAULT_SETTINGS]).toBe(values[0]);
    }
    expect(DEFAULT_SETTINGS).toMatchObject({
      pinyin: 'all',
      tones: 'marks',
      layout: 'interleaved',
      script: 'simplified',
    });
  });
});

describe('bootScript', () => {
  type Root = { attrs: Record<string, string>; setAttribute: (k: string, v: string) => void };
  function run(storage: { getItem: (k: string) => string | null }): Record<string, string> {
    const root: Root = {
      attrs: {},
      setAttribute(k, v) {
        this.attrs[k] = v;
      },
    };
    new Function('document', 'localStorage', bootScript())({ documentElement: root }, storage);
    return root.attrs;
  }

  it('applies saved settings as data attributes and defaults the rest', () => {
    const attrs = run({ getItem: () => JSON.stringify({ layout: 'side', tones: 'zhuyin', size: '999' }) });
    expect(attrs).toMatchObject({ 'data-layout': 'side', 'data-tones': 'zhuyin', 'data-size': '100' });
    expect(Object.keys(attrs)).toHaveLength(Object.keys(SETTING_VALUES).length);
  });

  it('never throws when storage throws', () => {
    const attrs = run({
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(attrs['data-pinyin']).toBe('all');
  });
});
