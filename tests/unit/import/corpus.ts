/**
 * Scores the importer on the real-page corpus (tests/fixtures/import/corpus): per page, whether
 * every article paragraph came out unchanged, whether any boilerplate survived, whether the title,
 * the credits and the headings are right. Used by corpus.test.ts and, for the figures, by
 * `npx tsx tests/unit/import/corpus.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanScrapedText, type ImportResult } from '../../../lib/import/clean';

export const CORPUS = resolve(__dirname, '../../fixtures/import/corpus');

type Entry =
  number | string | { line?: number; heading?: number; text?: string; remove?: string[]; replace?: [string, string][] };

export type Expected = {
  set: 'tune' | 'blind';
  title: string | null;
  author?: string;
  editor?: string;
  source?: string;
  paragraphs: Entry[];
  removeAll?: string[];
  kinds?: Record<string, string>;
};

/** Punctuation width, quotes and spaces that do not sit between two Han characters do not count. */
export function fold(text: string): string {
  const map: Record<string, string> = {
    '，': ',',
    '。': '.',
    '！': '!',
    '？': '?',
    '：': ':',
    '；': ';',
    '（': '(',
    '）': ')',
    '“': '"',
    '”': '"',
    '‘': "'",
    '’': "'",
  };
  const chars = Array.from(
    text
      .normalize('NFC')
      .replace(/[\s\u3000\u00a0]+/gu, ' ')
      .trim(),
  ).map((c) => map[c] ?? c);
  const han = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);
  return chars.filter((c, i) => c !== ' ' || (han(chars[i - 1]) && han(chars[i + 1]))).join('');
}

const PINYIN = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;

function applyRemovals(text: string, removals: readonly string[]): string {
  let t = text;
  for (const r of removals) t = r === '(pinyin)' ? t.replace(PINYIN, '') : t.split(r).join('');
  return t;
}

/** The expected paragraphs, headings marked "## ", from the hand-written entries. */
export function expectedParagraphs(e: Expected, rawLines: readonly string[]): string[] {
  return e.paragraphs.map((entry) => {
    if (typeof entry === 'number') return applyRemovals(rawLines[entry - 1] ?? '', e.removeAll ?? []);
    if (typeof entry === 'string')
      return `## ${applyRemovals(rawLines[Number(entry.slice(1)) - 1] ?? '', e.removeAll ?? [])}`;
    const n = entry.line ?? entry.heading ?? 0;
    let text = entry.text ?? rawLines[n - 1] ?? '';
    if (entry.text === undefined) {
      text = applyRemovals(text, [...(entry.remove ?? []), ...(e.removeAll ?? [])]);
      for (const [a, b] of entry.replace ?? []) text = text.split(a).join(b);
    }
    return entry.heading !== undefined ? `## ${text}` : text;
  });
}

export type PageScore = {
  name: string;
  set: 'tune' | 'blind';
  /** Every expected paragraph is in the output, unchanged. */
  nothingLost: boolean;
  /** No output paragraph that is not an expected one. */
  noBoilerplate: boolean;
  clean: boolean;
  hasTitle: boolean;
  titleRight: boolean;
  hasCredits: boolean;
  creditsRight: boolean;
  headings: number;
  headingsKept: number;
  kindsRight: number;
  kindsChecked: number;
  missing: string[];
  extra: string[];
  problems: string[];
  result: ImportResult;
};

export function scorePage(name: string): PageScore {
  const raw = readFileSync(join(CORPUS, `${name}.raw.txt`), 'utf8');
  const e = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')) as Expected;
  const result = cleanScrapedText(raw);
  const want = expectedParagraphs(e, raw.split('\n'));
  const got = result.paragraphs;
  const plain = (p: string) => fold(p.replace(/^## /u, ''));
  const gotSet = new Map<string, number>();
  for (const p of got) gotSet.set(plain(p), (gotSet.get(plain(p)) ?? 0) + 1);
  const wantSet = new Map<string, number>();
  for (const p of want) wantSet.set(plain(p), (wantSet.get(plain(p)) ?? 0) + 1);
  const missing = want.filter((p) => !gotSet.has(plain(p)));
  const extra = got.filter((p) => !wantSet.has(plain(p)));
  const wantHeadings = want.filter((p) => p.startsWith('## ')).map(plain);
  const gotHeadings = new Set(got.filter((p) => p.startsWith('## ')).map(plain));
  const wrongHeadings = got.filter((p) => p.startsWith('## ') && !wantHeadings.includes(plain(p)));
  const headingsKept = wantHeadings.filter((h) => gotHeadings.has(h)).length;
  const titleRight = fold(result.meta.title ?? '') === fold(e.title ?? '');
  const hasCredits = Boolean(e.author || e.editor || e.source);
  const creditsRight = (['author', 'editor', 'source'] as const).every(
    (k) => fold(result.meta[k] ?? '') === fold(e[k] ?? ''),
  );
  let kindsRight = 0;
  const problems: string[] = [];
  for (const [line, kind] of Object.entries(e.kinds ?? {})) {
    const item = result.report.find((r) => r.line === Number(line) && r.action !== 'changed');
    if (item?.kind === kind) kindsRight += 1;
    else problems.push(`line ${line}: reported as ${item ? item.kind : 'nothing'}, expected ${kind}`);
  }
  const order =
    got
      .map(plain)
      .filter((p) => wantSet.has(p))
      .join('\n') ===
    want
      .map(plain)
      .filter((p) => gotSet.has(p))
      .join('\n');
  if (!order) problems.push('paragraphs out of order');
  for (const h of wrongHeadings) problems.push(`heading that should not be: ${h}`);
  return {
    name,
    set: e.set,
    nothingLost: missing.length === 0 && order,
    noBoilerplate: extra.length === 0,
    clean: missing.length === 0 && extra.length === 0 && order,
    hasTitle: e.title !== null,
    titleRight,
    hasCredits,
    creditsRight,
    headings: wantHeadings.length,
    headingsKept,
    kindsRight,
    kindsChecked: Object.keys(e.kinds ?? {}).length,
    missing,
    extra,
    problems,
    result,
  };
}

export function corpusNames(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/u, ''))
    .sort();
}

export type Figures = {
  pages: number;
  clean: number;
  titles: number;
  titlesRight: number;
  credited: number;
  creditsRight: number;
  headings: number;
  headingsKept: number;
  kinds: number;
  kindsRight: number;
};

export function figures(scores: readonly PageScore[]): Figures {
  const withTitle = scores.filter((s) => s.hasTitle);
  const withCredits = scores.filter((s) => s.hasCredits);
  return {
    pages: scores.length,
    clean: scores.filter((s) => s.clean).length,
    titles: withTitle.length,
    titlesRight: withTitle.filter((s) => s.titleRight).length,
    credited: withCredits.length,
    creditsRight: withCredits.filter((s) => s.creditsRight).length,
    headings: scores.reduce((a, s) => a + s.headings, 0),
    headingsKept: scores.reduce((a, s) => a + s.headingsKept, 0),
    kinds: scores.reduce((a, s) => a + s.kindsChecked, 0),
    kindsRight: scores.reduce((a, s) => a + s.kindsRight, 0),
  };
}

export function formatFigures(label: string, f: Figures): string {
  return (
    `${label}: ${f.clean}/${f.pages} pages with nothing lost and no boilerplate; ` +
    `titles right ${f.titlesRight}/${f.titles}; credits right ${f.creditsRight}/${f.credited}; ` +
    `headings kept ${f.headingsKept}/${f.headings}; removed lines reported as expected ${f.kindsRight}/${f.kinds}`
  );
}

// `npx tsx tests/unit/import/corpus.ts [--blind] [--verbose]` prints the figures and what each page got wrong.
if (process.argv[1]?.endsWith('corpus.ts')) {
  const blind = process.argv.includes('--blind');
  const verbose = process.argv.includes('--verbose');
  const scores = corpusNames()
    .map(scorePage)
    .filter((s) => (blind ? true : s.set === 'tune'));
  for (const s of scores) {
    const flags = [
      s.clean ? 'clean' : `lost ${s.missing.length}, extra ${s.extra.length}`,
      s.hasTitle
        ? s.titleRight
          ? 'title ok'
          : `title: ${s.result.meta.title ?? '(none)'}`
        : s.result.meta.title
          ? `title: ${s.result.meta.title}`
          : '',
      s.hasCredits || Object.keys(s.result.meta).some((k) => k !== 'title')
        ? s.creditsRight
          ? 'credits ok'
          : `credits: ${JSON.stringify({ author: s.result.meta.author, editor: s.result.meta.editor, source: s.result.meta.source })}`
        : '',
      `headings ${s.headingsKept}/${s.headings}`,
    ].filter(Boolean);
    console.log(`${s.set === 'blind' ? '[blind] ' : ''}${s.name}: ${flags.join('; ')}`);
    if (verbose) {
      for (const m of s.missing) console.log(`    missing: ${m.slice(0, 70)}`);
      for (const m of s.extra) console.log(`    extra:   ${m.slice(0, 70)}`);
      for (const p of s.problems) console.log(`    ${p}`);
    }
  }
  console.log(formatFigures('tuning pages', figures(scores.filter((s) => s.set === 'tune'))));
  if (blind) console.log(formatFigures('blind pages', figures(scores.filter((s) => s.set === 'blind'))));
}
