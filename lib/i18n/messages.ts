/**
 * The client leaves' side of the UI strings. Server components translate with i18next at build
 * time (lib/i18n/index.ts); the page then hands its client leaves only its own language's part of
 * the same resources, and they look strings up here. This keeps i18next and the other language's
 * strings out of every page's JavaScript (about 24 KB gzip) while both sides read one resource
 * file and one `{{name}}` placeholder syntax. Keys are typed from the English resource.
 */
import type { en } from './resources';

export type Messages = Shape<typeof en>;
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every dotted path to a string in the resources, e.g. 'toolbar.pinyin'. */
export type MessageKey = Leaves<Messages>;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** Every dotted path to a group of strings, e.g. 'assign.names'. */
export type MessageGroup = Groups<Messages>;
type Groups<T> = {
  [K in keyof T & string]: T[K] extends string ? never : K | `${K}.${Groups<T[K]>}`;
}[keyof T & string];

export type Params = Record<string, string | number>;

function walk(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const part of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** Fills `{{name}}` placeholders; a placeholder without a value stays as written. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The string at `key`, filled in; the key itself when the resources lack it (as i18next does). */
export function translate(messages: Messages, key: MessageKey, params?: Params): string {
  const found = walk(messages, key);
  return typeof found === 'string' ? interpolate(found, params) : key;
}

/** The strings of one group (e.g. the names of the assignment settings), keyed by their last part. */
export function group(messages: Messages, path: MessageGroup): Record<string, string> {
  const found = walk(messages, path);
  const out: Record<string, string> = {};
  if (typeof found === 'object' && found !== null) {
    for (const [k, v] of Object.entries(found)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}
