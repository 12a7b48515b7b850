/**
 * No content reaches the page as HTML: the only raw HTML the app writes are the Shell's inline
 * boot scripts, which are code built from constants, never text from content files. Any new
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
