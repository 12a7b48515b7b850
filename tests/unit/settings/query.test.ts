import { describe, expect, it } from 'vitest';
import { bootScript, settingsFromQuery } from '@/lib/settings';

describe('settings from an assignment link', () => {
  it.each([
    ['?pinyin=off&layout=zh', { pinyin: 'off', layout: 'zh' }],
    ['?pinyin=off', { pinyin: 'off' }],
    ['?layout=sideways&pinyin=%3Cscript%3E', {}],
    ['?x=1&tone=7', {}],
    ['', {}],
  ])('%s', (search, expected) => expect(settingsFromQuery(search)).toEqual(expected));

  it('the boot script reads the URL and lets it win over saved settings', () => {
    const html = {
      attrs: new Map<string, string>(),
      setAttribute(k: string, v: string) {
        this.attrs.set(k, v);
      },
    };
    const run = new Function('document', 'localStorage', 'location', 'URLSearchParams', bootScript());
    const storage = { getItem: () => JSON.stringify({ pinyin: 'all', layout: 'zh' }) };
    run({ documentElement: html }, storage, { search: '?pinyin=off' }, URLSearchParams);
    expect(Object.fromEntries(html.attrs)).toMatchObject({ 'data-pinyin': 'off', 'data-layout': 'zh' });
  });
});
