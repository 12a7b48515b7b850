/**
 * BZNSYP (Databaker CSMSC) transcript: per-character pinyin as actually spoken, against the
 * spoken tone layer. Prosody marks (#1–#4) are stripped, Han characters are aligned to the gold
 * syllables (a 儿 merged into the previous syllable as erhua has none of its own), and sentences
 * that cannot be aligned are skipped and counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateSentence } from '../../lib/annotate';
import { parseNumbered } from '../../lib/pinyin/syllable';
import { codePointLength, isHan } from '../../lib/text/chars';
import { topCounts, type EvalSet } from './types';

type Item = { id: string; text: string; gold: string[] };

/** Gold syllable for each Han character of `text` (by Han index), or null when they do not align. */
export function alignSyllables(text: string, syllables: readonly string[]): string[] | null {
  const han = Array.from(text).filter(isHan);
  const out: string[] = [];
  let g = 0;
  for (const ch of han) {
    const prev = out[out.length - 1];
    const prevGold = syllables[g - 1];
    const prevBody = prevGold ? parseNumbered(prevGold).body : '';
    const erhua = ch === '儿' && prevGold !== undefined && /r$/u.test(prevBody) && prevBody !== 'er';
    // Skip a merged 儿 only when the counts say it has no syllable of its own.
    if (erhua && han.length - out.length > syllables.length - g && prev !== undefined) {
      out[out.length - 1] = `${prevBody.slice(0, -1)}${parseNumbered(prevGold).tone}`;
      out.push('');
      continue;
    }
    const s = syllables[g];
    if (s === undefined) return null;
    out.push(s);
    g += 1;
  }
  return g === syllables.length ? out : null;
}

function read(dataDir: string): Item[] {
  const lines = readFileSync(join(dataDir, 'spoken-tones', 'bznsyp-000001-008000.txt'), 'utf8').split(/\r?\n/u);
  const items: Item[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const head = /^(\d+)\t(.*)$/u.exec(lines[i] ?? '');
    const pinyin = /^\t(.*)$/u.exec(lines[i + 1] ?? '');
    if (!head || !pinyin) continue;
    items.push({
      id: head[1] ?? '',
      text: (head[2] ?? '').replace(/#[1-4]/gu, ''),
      gold: (pinyin[1] ?? '').trim().toLowerCase().split(/\s+/u).filter(Boolean),
    });
    i += 1;
  }
  return items;
}

export const evalSpokenTones: EvalSet = (dataDir, deps, progress) => {
  const items = read(dataDir);
  const started = performance.now();
  let total = 0;
  let correct = 0;
  let toneless = 0;
  let skipped = 0;
  let characters = 0;
  const categories: Record<string, number> = {};
  const errors = new Map<string, number>();
  items.forEach((item, n) => {
    progress(n + 1, items.length);
    const gold = alignSyllables(item.text, item.gold);
    if (!gold) {
      skipped += 1;
      return;
    }
    characters += codePointLength(item.text);
    const tokens = annotateSentence(item.text, new Map(), deps);
    // Our spoken and citation syllable per Han character, in order.
    const ours: { char: string; spoken: string; citation: string }[] = [];
    for (const t of tokens) {
      Array.from(t.text).forEach((char, i) => {
        if (isHan(char)) ours.push({ char, spoken: t.pinyin?.spoken[i] ?? '', citation: t.pinyin?.citation[i] ?? '' });
      });
    }
    ours.forEach((o, i) => {
      const g = gold[i];
      if (!g) return; // an erhua 儿 without a syllable
      total += 1;
      const gp = parseNumbered(g);
      const sp = parseNumbered(o.spoken.toLowerCase());
      if (gp.body === sp.body) toneless += 1;
      if (gp.body === sp.body && gp.tone === sp.tone) {
        correct += 1;
        return;
      }
      const cp = parseNumbered(o.citation.toLowerCase());
      const next = ours[i + 1];
      const nextTone = next ? parseNumbered(next.citation).tone : 0;
      let cat: string;
      if (gp.body !== sp.body) cat = 'wrong syllable';
      else if (
        gp.body === cp.body &&
        (('一不'.includes(o.char) && (gp.tone === 2 || gp.tone === 4) && cp.tone !== gp.tone) ||
          (gp.tone === 2 && cp.tone === 3 && nextTone === 3))
      )
        cat = 'sandhi';
      else if (gp.tone === 5 || sp.tone === 5) cat = 'neutral tone';
      else cat = 'wrong tone';
      categories[cat] = (categories[cat] ?? 0) + 1;
      const key = `${o.char} ${g}→${o.spoken || '∅'}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    });
  });
  return {
    set: 'spokenTones',
    size: `${items.length.toLocaleString('en')} sentences (${skipped} not aligned, skipped), ${total.toLocaleString('en')} characters scored`,
    metrics: { accuracy: total ? correct / total : 0, toneless: total ? toneless / total : 0 },
    categories,
    topErrors: topCounts(errors),
    characters,
    seconds: (performance.now() - started) / 1000,
  };
};
