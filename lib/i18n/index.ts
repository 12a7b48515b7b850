/**
 * i18next instances for both sides: server components call getT(lang) at build time, the client
 * leaves receive the same resources through react-i18next. Both initialise synchronously, so no
 * string is ever rendered in the wrong language first.
 */
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANG, resources, type Lang } from './resources';

export { LANGUAGES, DEFAULT_LANG, type Lang } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}

export function createI18n(lang: Lang) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}

const instances = new Map<Lang, ReturnType<typeof createI18n>>();

export function getT(lang: Lang): TFunction {
  let inst = instances.get(lang);
  if (!inst) {
    inst = createI18n(lang);
    instances.set(lang, inst);
  }
  return inst.t;
}

/** The path of the same page in the other UI language: English at the root, Chinese under /zh. */
export function pathFor(lang: Lang, path: string): string {
  const bare = path.replace(/^\/zh(?=\/|$)/u, '') || '/';
  return lang === 'zh' ? `/zh${bare === '/' ? '/' : bare}` : bare;
}
