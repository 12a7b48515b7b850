/**
 * CPP polyphones (g2pM, Apache-2.0): one marked character per sentence and its gold reading. The
 * sentence goes through the site's annotation as is; the citation syllable of the token covering
 * the marked character is compared with the gold reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateSentence } from '../../lib/annotate';
import { parseNumbered } from '../../lib/pinyin/syllable';
import { codePointLength } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

const MARK = '\u2581'; // U+2581 LOWER ONE EIGHTH BLOCK wraps the character to read

/** `lu:4` / `lv4` / `lü4` → `lü4`; lower case; neutral as 5. */
export function normalizeSyllable(syllable: string): string {
  const { body, tone } = parseNumbered(syllable.trim().toLowerCase());
  return `${body}${tone}`;
}

export const evalPolyphones: EvalSet = (dataDir, deps, progress) => {
  const dir = join(dataDir, 'polyphones');
  const sentences = readFileSync(join(dir, 'dev.sent'), 'utf8').split(/\r?\n/u);
  const labels = readFileSync(join(dir, 'dev.lb'), 'utf8').split(/\r?\n/u);
  const started = performance.now();
  const items: { text: string; position: number; char: string; gold: string }[] = [];
  sentences.forEach((line, i) => {
    const gold = labels[i]?.trim();
    if (!line || !gold) return;
    const chars = Array.from(line);
    const at = chars.indexOf(MARK);
    const char = chars[at + 1];
    if (at < 0 || chars[at + 2] !== MARK || !char) return;
    items.push({ text: line.replaceAll(MARK, ''), position: at, char, gold: normalizeSyllable(gold) });
  });
  let correct = 0;
  let characters = 0;
  const categories: Record<string, number> = {};
  const errors = new Map<string, number>();
  items.forEach((item, i) => {
    characters += codePointLength(item.text);
    const tokens = annotateSentence(item.text, new Map(), deps);
    let offset = 0;
    let ours = '';
    for (const t of tokens) {
      const len = codePointLength(t.text);
      if (item.position < offset + len) {
        ours = normalizeSyllable(t.pinyin?.citation[item.position - offset] ?? '');
        break;
      }
      offset += len;
    }
    if (ours === item.gold) correct += 1;
    else {
      const g = parseNumbered(item.gold);
      const o = parseNumbered(ours);
      const cat = g.body !== o.body ? 'wrong syllable' : g.tone === 5 || o.tone === 5 ? 'neutral tone' : 'wrong tone';
      categories[cat] = (categories[cat] ?? 0) + 1;
      const key = `${item.char} ${item.gold}→${ours || '∅'}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
    progress(i + 1, items.length);
  });
  return {
    set: 'polyphones',
    size: `${items.length.toLocaleString('en')} sentences, ${items.length.toLocaleString('en')} marked characters`,
    metrics: { accuracy: items.length ? correct / items.length : 0, total: items.length },
    categories,
    topErrors: topCounts(errors),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
