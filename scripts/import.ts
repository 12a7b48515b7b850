/**
 * `npm run import -- <raw.txt> --slug <slug> [--english <en.txt>] [--force] [--draft]`: turns text copied or scraped
 * from a web page into content/articles/<slug>/ (zh.txt, an en.txt of placeholders, an empty
 * glossary.tsv) and prints what it removed and how it classified short lines. Never overwrites
 * an article unless --force. Exit 1 with a message naming the file and what to do when the input
 * is unusable. DUIZHAO_CONTENT_DIR writes elsewhere (tests). --english aligns an existing English
 * translation with the Chinese sentences (lib/align) and writes it as en.txt instead of placeholders.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanScrapedText, formatEnSkeleton, formatZh, type ReportKind } from '../lib/import/clean';
import { GLOSSARY_HEADER, PLACEHOLDER, decodeUtf8 } from '../lib/content/parse';
import { SLUG } from '../lib/content/schema';
import { contentDir } from '../lib/content/load';
import { countHan } from '../lib/text/chars';
import { alignEnglish, formatReview, moveAsideTranslated, readEnglish } from '../lib/align';
import { loadCedict } from '../lib/dictionary/cedict';

const USAGE = 'usage: npm run import -- <raw.txt> --slug <slug> [--english <en.txt>] [--force] [--draft]';

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const slugAt = args.indexOf('--slug');
const slug = slugAt >= 0 ? args[slugAt + 1] : undefined;
const englishAt = args.indexOf('--english');
const englishFile = englishAt >= 0 ? args[englishAt + 1] : undefined;
const input = args.find((a, i) => !a.startsWith('--') && i !== slugAt + 1 && (englishAt < 0 || i !== englishAt + 1));

if (!input) fail(`no input file given\n${USAGE}`);
if (!slug) fail(`no --slug given: name the article folder, e.g. --slug xai-supercluster\n${USAGE}`);
if (!SLUG.test(slug)) fail(`"${slug}" is not a valid slug: use lower-case letters, digits and hyphens`);
if (!existsSync(input)) fail(`${input}: no such file`);
if (englishAt >= 0 && (!englishFile || englishFile.startsWith('--')))
  fail(`--english needs a file: the English translation\n${USAGE}`);
const english = englishFile ? readEnglish(englishFile) : null;
if (english && 'error' in english) fail(english.error);

const text = decodeUtf8(readFileSync(input));
if (text === null) {
  fail(
    `${input}: not valid UTF-8 text. Save it as UTF-8 (e.g. iconv -f GB18030 -t UTF-8 ${input} > raw.txt) and import that`,
  );
}
if (countHan(text) === 0) {
  fail(`${input}: holds no Chinese characters. Copy the article's Chinese text into a UTF-8 .txt file and import that`);
}

const dir = join(contentDir(), slug);
if (existsSync(dir) && !flag('--force')) {
  fail(`${relative(process.cwd(), dir)} already exists: choose another --slug, or add --force to overwrite it`);
}

const result = cleanScrapedText(text);
if (result.paragraphs.length === 0)
  fail(`${input}: nothing left after removing boilerplate; is this the article's text?`);

mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'zh.txt'), formatZh(result.meta, result.paragraphs, flag('--draft')));
const aside = moveAsideTranslated(join(dir, 'en.txt'), PLACEHOLDER);
const aligned =
  english && 'text' in english
    ? alignEnglish(result.meta.title, result.paragraphs, english.text, loadCedict(), PLACEHOLDER)
    : null;
writeFileSync(join(dir, 'en.txt'), aligned ? aligned.enTxt : formatEnSkeleton(result.paragraphs, PLACEHOLDER));
writeFileSync(join(dir, 'glossary.tsv'), `${GLOSSARY_HEADER}\n`);

const LABELS: Record<ReportKind, string> = {
  duplicate: 'removed repeated copy',
  copyright: 'removed copyright/ICP line',
  disclaimer: 'removed disclaimer',
  nav: 'removed navigation row',
  ui: 'removed page widget',
  'image-credit': 'removed image credit',
  caption: 'removed image caption',
  credit: 'read credit into header',
  heading: 'kept as heading',
  title: 'took as title',
};
console.log(`imported ${input} → ${relative(process.cwd(), dir)}/`);
for (const item of result.report) console.log(`  line ${item.line}: ${LABELS[item.kind]}: ${item.text}`);
const { meta } = result;
console.log(
  `  header: title=${meta.title ?? '(none: add one)'} author=${meta.author ?? '-'} editor=${meta.editor ?? '-'} source=${meta.source ?? '-'}`,
);
console.log(
  `  ${result.paragraphs.length} paragraph(s), ${result.paragraphs.filter((p) => p.startsWith('## ')).length} heading(s)`,
);
if (aside) console.log(`  kept the translated en.txt that was there as ${relative(process.cwd(), aside)}`);
if (aligned) console.log(`  en.txt aligned from ${englishFile}:\n${formatReview(aligned.result).join('\n')}`);
console.log(
  (aligned
    ? `next: check the pairs listed above in en.txt (and any ${PLACEHOLDER} line), add glossary terms, then npm run check:content`
    : `next: translate en.txt (one line per Chinese sentence, replacing each ${PLACEHOLDER}), add glossary terms, then npm run check:content`) +
    (flag('--draft') ? '' : ' (or re-import with --draft to preview it untranslated)'),
);
