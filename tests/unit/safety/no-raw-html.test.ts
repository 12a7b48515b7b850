/**
 * No content reaches the page as HTML unescaped: the raw HTML the app writes is the Shell's inline
 * boot scripts (code built from constants) and the article body's words, which lib/render builds
 * through its escaping functions only (tests/unit/render checks that no content becomes markup). Any new
 * dangerouslySetInnerHTML (or innerHTML/outerHTML/insertAdjacentHTML/document.write) in app/ or
 * lib/ fails here until it is reviewed and added to the list with its reason.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RAW_HTML = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/u;

/** file → the exact lines allowed, each with why it is safe. */
const ALLOWED: Record<string, { line: string; why: string }[]> = {
  'app/_components/Shell.tsx': [
    {
      line: '<script dangerouslySetInnerHTML={{ __html: langBootScript(lang, BASE_PATH) }} />',
      why: 'language redirect: code from lib/i18n/boot',
    },
    {
      line: '<script dangerouslySetInnerHTML={{ __html: bootScript() }} />',
      why: 'settings before paint: code from lib/settings',
    },
  ],
  'app/_components/Handout.tsx': [
    {
      line: '<script dangerouslySetInnerHTML={{ __html: handoutBootScript(vocabDefault) }} />',
      why: 'handout options from the URL before paint: code from lib/handout, values checked against constants',
    },
    {
      line: 'dangerouslySetInnerHTML={{ __html: sheet }}',
      why: "the handout sheet's placeholder: '' in the export (spliced after build), lib/handout's sheet (escaped by construction) in next dev",
    },
  ],
  'app/_components/ArticleHead.tsx': [
    {
      line: 'dangerouslySetInnerHTML={{ __html: renderTokens(view.title.tokens, true) }}',
      why: 'the title words, from lib/render: escaped by construction',
    },
  ],
  'app/_components/ArticleView.tsx': [
    {
      line: "* (`dangerouslySetInnerHTML` with ''), and scripts/postbuild.mjs splices the body's HTML into the",
      why: 'a comment',
    },
    {
      line: '* with dangerouslySetInnerHTML when it hydrates, so it neither checks nor replaces the spliced',
      why: 'a comment',
    },
    {
      line: 'dangerouslySetInnerHTML={{ __html: body }}',
      why: "the body placeholder: '' in the export (spliced after build), lib/render's body in next dev",
    },
    {
      line: '<script dangerouslySetInnerHTML={{ __html: earlyTapScript() }} />',
      why: 'remembers a tap before the client code runs: code from lib/dom/contract',
    },
  ],
  'app/_components/client/Variants.tsx': [
    {
      line: 'rt.outerHTML = html;',
      why: "a word's <rt> from lib/render's rubyText: syllables from the data file, escaped by construction",
    },
  ],
  'app/_components/LearnerArticle.tsx': [
    {
      line: '<script dangerouslySetInnerHTML={{ __html: learnerBootScript() }} />',
      why: "known words' pinyin hidden before paint: code from lib/learner, words set as textContent of a <style>",
    },
  ],
};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx|js|mjs)$/u.test(name)) out.push(path);
  }
  return out;
}

describe('safe rendering: no raw HTML from content', () => {
  it('writes raw HTML only in the reviewed places', () => {
    const found: string[] = [];
    for (const file of [...sources(join(process.cwd(), 'app')), ...sources(join(process.cwd(), 'lib'))]) {
      const rel = relative(process.cwd(), file);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text) => {
          if (!RAW_HTML.test(text)) return;
          const allowed = ALLOWED[rel]?.some((a) => a.line === text.trim());
          if (!allowed) found.push(`${rel}: ${text.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
