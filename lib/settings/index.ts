/**
 * Reader settings: one schema, one storage key. The same definitions feed the typed store used by
 * client leaves and the tiny inline script that applies saved settings to <html> before the first
 * paint (so a saved "pinyin off" never flashes pinyin). Anything missing, old or corrupt in
 * storage falls back to the default, field by field.
 */

export const STORAGE_KEY = 'duizhao.settings';
export const LANG_KEY = 'duizhao.lang';

/** Each setting: its allowed values, the first being the default. Applied as data-<name> on <html>. */
export const SETTING_VALUES = {
  /** Which words show pinyin: all, none, words not marked known, or words above an HSK level. */
  pinyin: ['all', 'off', 'unknown', 'hsk'],
  /** For pinyin "hsk": words of this HSK level and below lose their pinyin (unlisted words keep it). */
  level: ['2', '1', '3', '4', '5', '6'],
  /** How pinyin is spelled: tone marks, tone numbers or zhuyin (bopomofo). */
  tones: ['marks', 'numbers', 'zhuyin'],
  /** Tone colour scheme (colours adjusted per theme for contrast; see globals.css). */
  colors: ['off', 'pleco', 'zhongwen', 'hanping'],
  /** Show tones as spoken (一/不 changes, third-tone sandhi) instead of as written. */
  spoken: ['off', 'on'],
  /** Where the English goes: under each paragraph, beside it, hidden, or behind a button. */
  layout: ['interleaved', 'side', 'zh', 'reveal'],
  /** Which characters: simplified (as written) or traditional (converted at build time). */
  script: ['simplified', 'traditional'],
  /** Chinese text size, in per cent of the base size. */
  size: ['100', '85', '115', '130', '150'],
  /** Colour theme: follow the system, or force light or dark. */
  theme: ['system', 'light', 'dark'],
  /** Line spacing of the Chinese text. */
  spacing: ['normal', 'compact', 'loose'],
} as const;

export type SettingName = keyof typeof SETTING_VALUES;
export type Settings = { -readonly [K in SettingName]: (typeof SETTING_VALUES)[K][number] };

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  Object.entries(SETTING_VALUES).map(([k, v]) => [k, v[0]]),
) as Settings; // built from SETTING_VALUES, whose first values are the defaults

/** Keeps every known field whose value is allowed; everything else takes the default. */
export function parseSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || raw === null) return out;
  const record = raw as Record<string, unknown>;
  for (const name of Object.keys(SETTING_VALUES) as SettingName[]) {
    const value = record[name];
    if ((SETTING_VALUES[name] as readonly unknown[]).includes(value)) {
      (out as Record<SettingName, unknown>)[name] = value;
    }
  }
  return out;
}

/** Parses the stored JSON text; null, garbage or a foreign shape all give the defaults. */
export function settingsFromStorage(text: string | null): Settings {
  if (!text) return { ...DEFAULT_SETTINGS };
  try {
    return parseSettings(JSON.parse(text));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/**
 * Assignment links: settings given as URL parameters (`?pinyin=off&layout=zh`), validated against
 * SETTING_VALUES. They hold for the page view only and are never saved, so a teacher's link does
 * not overwrite what a learner chose for themselves; unknown names and values are ignored.
 */
export function settingsFromQuery(search: string): Partial<Settings> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const given = parseSettings(Object.fromEntries(params));
  const out: Partial<Settings> = {};
  for (const name of Object.keys(SETTING_VALUES) as SettingName[]) {
    if ((SETTING_VALUES[name] as readonly unknown[]).includes(params.get(name)))
      Object.assign(out, { [name]: given[name] });
  }
  return out;
}

/**
 * The inline script for <head>: applies saved settings as data attributes before the body is
 * painted. Plain ES5, no imports; it must never throw (private mode, blocked storage, garbage).
 */
export function bootScript(): string {
  const values = JSON.stringify(SETTING_VALUES);
  return `(function(){var d=document.documentElement,v=${values},s={},q={};try{s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||'{}')||{}}catch(e){}try{q=new URLSearchParams(location.search)}catch(e){}for(var k in v){var a=v[k],x=q.get&&a.indexOf(q.get(k))>=0?q.get(k):s[k];d.setAttribute('data-'+k,a.indexOf(x)>=0?x:a[0])}})();`;
}
