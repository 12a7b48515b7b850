/**
 * Every message an article author can see, in one place so they read alike: what is wrong, then
 * what to do. Each takes the facts it names; file and line are added by the caller.
 */
export const messages = {
  missingFile: (name: string) => `missing ${name}: every article folder needs zh.txt, en.txt and glossary.tsv; create it (see README, "Adding an article")`,
  notUtf8: () => `the file is not valid UTF-8 text: save it as UTF-8`,
  badHeaderLine: (text: string) => `expected a "key: value" metadata line, found "${text}": write it as "key: value", then one blank line before the first paragraph`,
  missingBlankLine: () => `the header must be followed by one blank line: add an empty line above this paragraph`,
  unknownKey: (key: string, allowed: readonly string[]) => `unknown metadata key "${key}": use one of ${allowed.join(', ')}`,
  duplicateKey: (key: string) => `metadata key "${key}" appears twice: keep one`,
  badMeta: (key: string, problem: string) => `metadata "${key}": ${problem}`,
  missingMeta: (key: string) => `metadata "${key}" is missing: add a "${key}: …" line to the header`,
  noParagraphs: () => `no paragraphs after the header: add the text, one paragraph per line, separated by blank lines`,
  multiLineZh: () => `a Chinese paragraph must be a single line: join the lines, or put a blank line between paragraphs`,
  emptyParagraph: () => `empty paragraph: remove the stray "##" or add its text`,
  paragraphCount: (zh: number, en: number) => `zh.txt has ${zh} paragraphs but en.txt has ${en}: each Chinese paragraph needs exactly one English block, in the same order`,
  headingMismatch: (n: number, zhHeading: boolean) => zhHeading
    ? `paragraph ${n} is a heading in zh.txt but not in en.txt: start the English block with "## "`
    : `paragraph ${n} is a heading in en.txt but not in zh.txt: remove the "## " or make both headings`,
  sentenceCount: (n: number, zh: number, en: number) => `paragraph ${n}: the Chinese has ${zh} sentence(s) (split after 。！？) but the English block has ${en} line(s): write one English line per Chinese sentence`,
  placeholder: (n: number) => `paragraph ${n} is still a translation placeholder: translate it, or mark the article "draft: true" to preview it`,
  placeholderTitle: () => `the English title is still a translation placeholder: translate it, or mark the article "draft: true" to preview it`,
  glossaryHeader: (expected: string) => `the first line is not the glossary header: make it "${expected.replace(/\t/gu, '⇥')}" (tab-separated)`,
  glossaryColumns: (n: number) => `expected 4 tab-separated fields (term, pinyin, sense, note), found ${n}: separate fields with one tab, leave note empty if unused`,
  glossaryField: (field: string, problem: string) => `glossary ${field}: ${problem}`,
  glossaryDuplicate: (term: string, firstLine: number) => `"${term}" is already in the glossary on line ${firstLine}: keep one entry`,
  glossaryAbsent: (term: string) => `"${term}" does not occur in zh.txt: remove it or fix the spelling (terms must appear verbatim)`,
  glossarySyllables: (term: string, chars: number, syllables: number) => `"${term}" has ${chars} character(s) but ${syllables} pinyin syllable(s): give one syllable per character, separated by spaces`,
  readingsHeader: (expected: string) => `the first line of readings.tsv must be the header "${expected.replace(/\t/gu, '⇥')}" (tab-separated)`,
  readingsColumns: (n: number) => `expected 2 tab-separated fields (word, pinyin), found ${n}: write the word, one tab, then its pinyin with tone marks`,
  readingsField: (field: string, problem: string) => `pinned reading ${field}: ${problem}`,
  readingsDuplicate: (word: string, firstLine: number) => `"${word}" is already pinned on line ${firstLine}: keep one line`,
  readingsAbsent: (word: string) => `"${word}" does not occur in zh.txt: remove the line or fix the spelling (words must appear verbatim)`,
  readingsSyllables: (word: string, chars: number, syllables: number) => `"${word}" has ${chars} character(s) but ${syllables} pinyin syllable(s): give one syllable per character, separated by spaces`,
  badSlug: (slug: string) => `folder name "${slug}" is not a valid slug: use lower-case letters, digits and hyphens (e.g. xai-supercluster)`,
  duplicateSlug: (slug: string) => `slug "${slug}" is used twice (folder names differ only in case): rename one`,
  articleTooLarge: (chars: number, limit: number) => `the article is too large: its Chinese text has ${chars} characters, above the limit of ${limit} (this paragraph crosses it): split the article into parts, or raise DUIZHAO_MAX_ARTICLE_CHARS if you really mean it`,
} as const;
