/**
 * i18next for the server side: server components call getT(lang) at build time. Client leaves
 * get only their page's language's strings from the server (lib/i18n/messages.ts), so i18next
 * itself never ships to the browser.
 */
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANG, resources, type Lang } from './resources';

export { LANGUAGES, DEFAULT_LANG, type Lang } from './resources';
export { pathFor } from './path';

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
