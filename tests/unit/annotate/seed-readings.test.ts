import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseArticle } from '@/lib/content/parse';
import { annotateArticle } from '@/lib/annotate';
import type { Token } from '@/lib/annotate/types';
import { loadCedict } from '@/lib/dictionary/cedict';
import { loadHskLevels } from '@/lib/dictionary/hsk';
import { createSegmenter } from '@/lib/segment';
import { formatReading } from '@/lib/pinyin/syllable';

/**
 * The seed page read word by word (issue 13): the readings and cuts a reader saw wrong, each
 * checked in the sentence of the article where it occurs.
 */
const { article } = parseArticle(join(process.cwd(), 'content/articles/xai-supercluster'), 'xai-supercluster');
if (!article) throw new Error('seed article does not validate');
const annotated = annotateArticle(article, {
  segment: createSegmenter().segment,
  dictionary: loadCedict(),
  hsk: loadHskLevels(),
});
const sentences: Token[][] = annotated.paragraphs.flatMap((p) => p.sentences.map((s) => s.tokens));

/** The sentence's Han tokens (spaces dropped), found by a piece of its text. */
function sentence(containing: string): Token[] {
  const found = sentences.find((ts) =>
    ts
      .map((t) => t.text)
      .join('')
      .includes(containing),
  );
  if (!found) throw new Error(`no seed sentence contains ${containing}`);
  return found.filter((t) => t.kind !== 'space');
}

describe('the seed page reads its function words right', () => {
  it.each([
    ['其他公司为 xAI 帮了不少的忙', '为', 'wèi'],
    ['能为 xAI 的', '为', 'wèi'],
    ['也能为 xAI 提供海量', '为', 'wèi'],
    ['压得喘不过气来', '得', 'de'],
    ['是他见过的最疯狂', '过', 'guo'],
    // Where the reading must stay: the copula before a number, 贵为 "being as noble as".
    ['融资总额为 143 亿', '为', 'wéi'],
    ['贵为“世界首富”', '为', 'wéi'],
  ])('%s: %s reads %s', (text, char, expected) => {
    const tokens = sentences.find((ts) =>
      ts
        .map((t) => t.text)
        .join('')
        .includes(text),
    );
    if (!tokens) throw new Error(`no seed sentence contains ${text}`);
    const raw = tokens.map((t) => t.text).join('');
    // The code-point position of the character inside the sentence, then the token holding it.
    const position = Array.from(raw.slice(0, raw.indexOf(text) + text.indexOf(char))).length;
    let offset = 0;
    let got = '';
    for (const t of tokens) {
      const n = Array.from(t.text).length;
      if (position < offset + n) {
        got = formatReading([t.pinyin?.citation[position - offset] ?? '?'], 'marks').toLowerCase();
        break;
      }
      offset += n;
    }
    expect(got, `${char} in ${text}`).toBe(expected);
  });

  it.each([
    // 才 "only then" + 能 "can" before the verb phrase, not 才能 "talent".
    ['才能在一年时间', ['才', '能', '在']],
    // 是 + 从 "from" before the source, not 是从 "to obey".
    ['工作是从互联网', ['是', '从', '互联网']],
    // The magnitude stays with the number: 10 万 | 户 "households", not 万户 "lord of 10,000 households".
    ['相当于 10 万户家庭', ['万', '户', '家庭']],
    ['贡献了数千万美元', ['数千万', '美元']],
    // Dictionary words kept whole.
    ['xAI 下一步工作', ['下一步']],
    ['也很是吃不消', ['很是', '吃不消']],
    ['赛道史上最高', ['史上']],
    // An over-long composed chunk cut into dictionary words.
    ['值得一提的是，这个全球最大', ['值得一提', '的', '是']],
  ])('%s is cut %j', (text, words) => {
    const texts = sentence(text).map((t) => t.text);
    const joined = `|${texts.join('|')}|`;
    expect(joined).toContain(`|${words.join('|')}|`);
  });
});
