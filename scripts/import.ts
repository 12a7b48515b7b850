/**
 * `npm run import -- <raw.txt> --slug <slug> [options]`: turns text copied or scraped from a web
 * page into content/articles/<slug>/ (zh.txt, an en.txt of placeholders, an empty glossary.tsv)
 * and prints what it removed, changed and kept, line by line, with a summary. With
 * `--english <en.txt>` an English translation the teacher already has is aligned with the Chinese
 * sentences (lib/align) and written as en.txt, with every low-confidence pair listed for review.
 *
 * Safe by default: an existing article is replaced only with --force, and even then a translated
 * en.txt is moved aside (not overwritten) and a curated glossary.tsv or readings.tsv is kept. The
 * files are written to a temporary folder next to the article and renamed into place, so an error
 * leaves nothing half-written. Bad input stops it with exit code 2 and a message naming the file
 * and what to do; DUIZHAO_CONTENT_DIR writes elsewhere (tests).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { cleanScrapedText, formatEnSkeleton, formatZh, type ImportResult } from '../lib/import/clean';
import { decodeText } from '../lib/import/decode';
import { formatReportItem, formatSummary } from '../lib/import/report';
import { DEFAULT_MAX_ARTICLE_CHARS, GLOSSARY_HEADER, PLACEHOLDER } from '../lib/content/parse';
import { SLUG } from '../lib/content/schema';
import { contentDir, envOptions } from '../lib/content/load';
import { countHan } from '../lib/text/chars';
import { alignEnglish, formatReview, readEnglish } from '../lib/align';
import { loadCedict } from '../lib/dictionary/cedict';

/** The command's options; one entry per flag, so adding one is one line here and its use below. */
const OPTIONS = [
  {
    flag: '--slug',
    value: '<slug>',
    help: 'article folder name: lower-case letters, digits and hyphens (city-library)',
  },
  {
    flag: '--english',
    value: '<en.txt>',
    help: 'an English translation to align with the Chinese sentences and write as en.txt',
  },
  { flag: '--force', help: 'replace an existing article; a translated en.txt is moved aside, a curated glossary kept' },
  { flag: '--draft', help: 'mark the article "draft: true" so it previews untranslated' },
  { flag: '--keep-lines', help: 'import a page broken into line fragments line by line, as it is' },
] as const;

type Flag = (typeof OPTIONS)[number]['flag'];
const USAGE = `usage: npm run import -- <raw.txt> --slug <slug> [${OPTIONS.filter((o) => !('value' in o))
  .map((o) => o.flag)
  .join('] [')}]\n${OPTIONS.map((o) => `  ${o.flag}${'value' in o ? ` ${o.value}` : ''}  ${o.help}`).join('\n')}`;

/** Bad input or usage: printed without a stack trace, exit code 2. */
class InputError extends Error {}
const fail = (message: string): never => {
  throw new InputError(message);
};

type Args = { input: string; values: Partial<Record<Flag, string>>; flags: Set<Flag> };

function parseArgs(argv: readonly string[]): Args {
  const values: Partial<Record<Flag, string>> = {};
  const flags = new Set<Flag>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/su) as [string, string | undefined];
    const spec = OPTIONS.find((o) => o.flag === name);
    if (!spec) fail(`unknown option ${name}\n${USAGE}`);
    const flag = (spec as (typeof OPTIONS)[number]).flag;
    if ('value' in (spec as object)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value.startsWith('--'))
        fail(`${flag} needs a value: ${flag} ${(spec as { value: string }).value}`);
      values[flag] = value;
    } else flags.add(flag);
  }
  if (positional.length === 0) fail(`no input file given: name the raw .txt file first\n${USAGE}`);
  if (positional.length > 1) {
    const slug = values['--slug'];
    fail(
      slug !== undefined && positional[0] !== undefined
        ? `unexpected argument "${positional.slice(1).join(' ')}": a slug cannot contain spaces; write it with hyphens (--slug ${[slug, ...positional.slice(1)].join('-').toLowerCase()})`
        : `more than one input file given (${positional.join(', ')}): import one file at a time`,
    );
  }
  return { input: positional[0] as string, values, flags };
}

/** The raw file's text, decoded; every way reading it can fail says what to do. */
function readInput(input: string): { text: string; encoding: string } {
  if (!existsSync(input)) fail(`${input}: no such file: check the path (save the page's text as a .txt file first)`);
  if (statSync(input).isDirectory()) fail(`${input} is a directory: give the raw .txt file inside it`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    return fail(`${input}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const hint = decoded.likely
      ? `it is probably ${decoded.likely}: convert it with iconv -f ${decoded.likely} -t UTF-8 ${input} > raw-utf8.txt and import that`
      : 'save it as UTF-8 text (in an editor: Save as… → Encoding: UTF-8) and import that';
    fail(`${input}: ${decoded.reason}; ${hint}`);
  }
  const ok = decoded as { text: string; encoding: string };
  if (countHan(ok.text) === 0) {
    fail(`${input}: holds no Chinese characters. Copy the article's Chinese text into a .txt file and import that`);
  }
  return ok;
}

/** The raw line where the article crosses the size limit, or null when it fits. */
function sizeProblem(result: ImportResult, max: number): { total: number; line: number } | null {
  let total = countHan(result.meta.title ?? '');
  let line = 0;
  result.paragraphs.forEach((p, i) => {
    total += countHan(p);
    if (line === 0 && total > max) line = result.lines[i] ?? 0;
  });
  return total > max ? { total, line } : null;
}

/** An en.txt that holds translation (anything but the importer's placeholders). */
function isTranslated(en: string): boolean {
  const body = en.split('\n');
  return body.some((l) => {
    const t = l.replace(/^##\s*/u, '').trim();
    if (t === '' || t.startsWith(PLACEHOLDER)) return false;
    return !/^title:\s*\[\[translate\]\]/u.test(t) && !/^[a-z]+:\s*$/u.test(t);
  });
}

/** A glossary or readings file with entries beyond its header line. */
const hasEntries = (tsv: string): boolean =>
  tsv
    .split('\n')
    .slice(1)
    .some((l) => l.trim() !== '' && !l.startsWith('#'));

/**
 * Writes the article folder through a temporary folder and a rename. With an existing folder the
 * author's work moves over first: curated glossary/readings stay, a translated en.txt (and the zh.txt
 * it was aligned to) are kept under a dated name. Returns what was kept, for the message.
 */
function writeArticle(dir: string, files: Record<string, string>): string[] {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, '.import-'));
  const kept: string[] = [];
  let moved: string | null = null;
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
    if (existsSync(dir)) {
      const stamp = new Date().toISOString().replace(/[:.]/gu, '-').slice(0, 19);
      const en = existsSync(join(dir, 'en.txt')) ? readFileSync(join(dir, 'en.txt'), 'utf8') : '';
      const translated = isTranslated(en);
      for (const name of readdirSync(dir)) {
        const from = join(dir, name);
        if (statSync(from).isDirectory()) continue;
        const text = readFileSync(from, 'utf8');
        if ((name === 'glossary.tsv' || name === 'readings.tsv') && hasEntries(text)) {
          copyFileSync(from, join(tmp, name));
          kept.push(`${name} kept as it was (curated entries)`);
        } else if ((name === 'en.txt' || name === 'zh.txt') && translated) {
          const aside = name.replace(/\.txt$/u, `.before-import-${stamp}.txt`);
          copyFileSync(from, join(tmp, aside));
          kept.push(
            `the translated ${name === 'en.txt' ? 'en.txt' : 'zh.txt it was aligned to'} moved aside to ${aside}`,
          );
        } else if (!(name in files)) {
          copyFileSync(from, join(tmp, name));
          kept.push(`${name} kept`);
        }
      }
      moved = mkdtempSync(join(parent, '.import-old-'));
      rmSync(moved, { recursive: true });
      renameSync(dir, moved);
    }
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (moved && !existsSync(dir)) renameSync(moved, dir);
    throw e;
  }
  if (moved) rmSync(moved, { recursive: true, force: true });
  return kept;
}

/** Progress on stderr for long inputs: one line per step, and every 10 % within it. */
function progressPrinter(length: number) {
  if (length < 200_000) return undefined;
  let last = '';
  return (step: string, done: number, total: number) => {
    const pct = total > 0 ? Math.floor((10 * done) / total) * 10 : 0;
    const key = `${step} ${pct}`;
    if (key === last) return;
    last = key;
    process.stderr.write(`import: ${step}… ${pct}%\n`);
  };
}

function main(argv: readonly string[]): void {
  const args = parseArgs(argv);
  const slug = args.values['--slug'];
  if (slug === undefined) fail(`no --slug given: name the article folder, e.g. --slug city-library\n${USAGE}`);
  if (!SLUG.test(slug as string))
    fail(`"${slug}" is not a valid slug: use lower-case letters, digits and hyphens (city-library)`);
  const { input } = args;
  const dir = join(contentDir(), slug as string);
  const force = args.flags.has('--force');
  if (existsSync(dir) && !force) {
    fail(
      `${relative(process.cwd(), dir)} already exists: choose another --slug, or add --force to replace it (a translated en.txt and a curated glossary are kept)`,
    );
  }
  const { text, encoding } = readInput(input);
  const result = cleanScrapedText(text, { onProgress: progressPrinter(text.length) });
  if (result.paragraphs.length === 0)
    fail(`${input}: nothing left after removing the page's boilerplate; is this the article's text?`);
  if (result.fragmented && !args.flags.has('--keep-lines')) {
    const fragments = result.report.filter((r) => r.kind === 'fragment').map((r) => r.line);
    fail(
      `${input}: the text looks broken into line fragments (${fragments.length} short lines, e.g. lines ${fragments.slice(0, 5).join(', ')}): ` +
        'join the lines of each sentence in the raw file and import it again, or add --keep-lines to import it line by line',
    );
  }
  const max = envOptions().maxChars ?? DEFAULT_MAX_ARTICLE_CHARS;
  const tooLarge = sizeProblem(result, max);
  if (tooLarge) {
    fail(
      `${input}:${tooLarge.line}: the article has ${tooLarge.total} Chinese characters, above the limit of ${max} (this line crosses it): ` +
        'split the raw file into parts and import each under its own slug, or raise DUIZHAO_MAX_ARTICLE_CHARS if you really mean it',
    );
  }

  const englishFile = args.values['--english'];
  const english = englishFile === undefined ? null : readEnglish(englishFile);
  if (english && 'error' in english) fail(english.error);
  const aligned =
    english && 'text' in english
      ? alignEnglish(result.meta.title, result.paragraphs, english.text, loadCedict(), PLACEHOLDER)
      : null;
  const draft = args.flags.has('--draft');
  const enText = aligned ? aligned.enTxt : formatEnSkeleton(result.paragraphs, PLACEHOLDER);
  const kept = writeArticle(dir, {
    'zh.txt': formatZh(result.meta, result.paragraphs, draft),
    'en.txt': enText,
    'glossary.tsv': `${GLOSSARY_HEADER}\n`,
  });

  const where = relative(process.cwd(), dir) || dir;
  console.log(`imported ${input} (${encoding}) → ${where}/`);
  for (const item of result.report) console.log(`  ${formatReportItem(item)}`);
  const { meta } = result;
  console.log(
    `  header: title=${meta.title ?? '(none: add one)'} author=${meta.author ?? '-'} editor=${meta.editor ?? '-'} source=${meta.source ?? '-'}`,
  );
  for (const line of formatSummary(result.report, result.paragraphs)) console.log(`  ${line}`);
  for (const k of kept) console.log(`  ${k}`);
  if (aligned) {
    console.log(`  en.txt aligned from ${englishFile}:\n${formatReview(aligned.result).join('\n')}`);
    console.log(
      `next: check the lines marked "check this" in zh.txt and the pairs listed above in en.txt (and any ${PLACEHOLDER} line), add glossary terms, then npm run check:content`,
    );
    return;
  }
  console.log(
    `next: check the lines marked "check this" in zh.txt, translate en.txt (one line per Chinese sentence, replacing each ${PLACEHOLDER}), add glossary terms, then npm run check:content` +
      (draft ? '' : ' (or re-import with --draft to preview it untranslated)'),
  );
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError) {
    console.error(`import: ${e.message}`);
    process.exit(2);
  }
  console.error(`import: unexpected error: ${(e as Error).message ?? String(e)} (nothing was written)`);
  process.exit(1);
}
