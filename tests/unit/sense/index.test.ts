import { describe, expect, it } from 'vitest';
import { charSenses, chooseSense, resolvePinned } from '@/lib/sense';
import { dictionary, matchedText, senseIn } from './seed';

describe('the popover opens on the sense used in the seed sentence (issue 12 acceptance)', () => {
  it('高达 in 使用高达 150 兆瓦: "to attain; to reach up to", not Gundam', () => {
    const r = senseIn('可能使用高达', '高达');
    expect(r.choice.senses[0]).toMatchObject({ text: 'to attain; to reach up to', proper: false });
    expect(r.choice.senses.map((s) => s.text)).toContain('Gundam, Japanese animation franchise'); // kept, further down
  });

  it('作为 in 作为世界范围内的“知名网红”: "as (in the capacity of)", matched on "As"', () => {
    const r = senseIn('作为世界范围内', '作为');
    expect(r.choice).toMatchObject({ used: 'sentence' });
    expect(r.choice.senses[0]?.text).toBe('as (in the capacity of)');
    expect(matchedText(r)).toEqual(['As']);
  });

  it('台 in 这台超级计算机: the classifier for machines, not Taiwan', () => {
    const r = senseIn('这台超级计算机', '台');
    expect(r.choice.senses[0]?.text).toBe('classifier for vehicles or machines');
    expect(r.choice.used).toBe('sentence');
  });

  it('和 in 可以和 OpenAI 掰一掰手腕: "and; together with; with", from the English', () => {
    const r = senseIn('可以和 OpenAI', '和');
    expect(r.choice.used).toBe('sentence');
    expect(r.choice.senses[0]?.text).toMatch(/^\(joining two nouns\) and; together with; with/u);
    // Known weakness: the highlight goes to "added together" (相加's word), not to "with".
    expect(matchedText(r)).toEqual(['together']);
  });

  it('计 in 计划: the character opens on "to calculate" in its reading ji4, not "surname Ji"', () => {
    const r = senseIn('计划是 2025 年竣工', '计划');
    expect(r.choice.senses[0]?.text).toBe('plan');
    expect(charSenses('计', 'ji4', dictionary.lookup('计'))[0]?.text).toBe('to calculate');
  });

  it('过 in 他见过的最疯狂: the experienced-action marker, though its reading there (guo5) is not the one read (guo4)', () => {
    expect(senseIn('他见过的', '过').choice.senses[0]?.text).toBe('(experienced action marker)');
  });

  it('走向 in 一个赛道的走向: "direction"; the curated 一举一动 "every move" keeps "move"', () => {
    const r = senseIn('赛道的走向', '走向');
    expect(r.choice.senses[0]?.text).toBe('direction');
    expect(matchedText(r)).toEqual(['direction']);
  });

  it('融资: a curated glossary sense wins, and the English it says is found', () => {
    const r = senseIn('宣布完成 60 亿美元的融资', '融资');
    expect(r.choice.used).toBe('glossary');
    expect(matchedText(r)).toContain('funding');
  });

  it('names are flagged from the glossary kind and from CC-CEDICT', () => {
    expect(senseIn('埃隆', '埃隆').name).toMatchObject({ name: true, source: 'glossary' });
    expect(senseIn('美国', '美国').name).toMatchObject({ name: true, kind: 'place' });
    expect(senseIn('作为世界范围内', '作为').name).toEqual({ name: false });
  });
});

describe('the seed words issue 12 found wrong, in their sentences', () => {
  it.each([
    // [phrase of the sentence, word, first sense]
    ['由 xAI', '由', 'by; via; through'], // the doer, not "to follow"
    ['它由', '由', 'from'], // 由 10 万块 H100 组成: made of
    ['英伟达等合力', '等', 'and so on; etc.; et al.'],
    ['孟菲斯市，因为', '市', 'city'],
    ['所需要的资源', '所', 'particle introducing a relative clause or passive'],
    ['这可能会对当地', '会', 'to be likely to; to be sure to'], // "could place"
    ['以支持超级计算中心', '以', 'in order to'],
    ['此轮融资', '轮', 'classifier for big round objects: disk, or recurring events: round, turn'],
    ['最高单笔融资', '笔', '(classifier) sum of money; financial transaction; piece of business'],
    ['另一重要项', '项', 'classifier for principles, items, clauses, tasks, research projects etc'],
    ['极具竞争力', '具', 'to possess'],
    ['研究方向的建议', '建议', 'proposal; suggestion; recommendation'],
    ['环保组织', '组织', 'organization'],
  ])('%s: %s opens on "%s"', (phrase, word, sense) => {
    expect(senseIn(phrase, word).choice.senses[0]?.text).toBe(sense);
  });

  it('先后 matches "one after another" word for word; 阵容 matches "line-up" as "lineup"', () => {
    const r = senseIn('先后与七八个城市', '先后');
    expect(r.choice.senses[0]?.text).toBe('in succession; one after another');
    expect(matchedText(r)).toEqual(['one', 'after', 'another']);
    const l = senseIn('投资者阵容', '阵容');
    expect(l.choice.senses[0]?.text).toBe('lineup (of a sports team etc)');
    expect(matchedText(l)).toEqual(['line', 'up']);
  });
});

describe('chooseSense', () => {
  const entries = dictionary.lookup('作为');
  it('falls back to the default order when the English is a free translation', () => {
    // 马斯克作为作为 OpenAI 主要联合创始人之一 is rendered "Musk was one of OpenAI's main co-founders": no "as".
    const choice = chooseSense({
      word: '作为',
      reading: ['zuo4', 'wei2'],
      entries,
      english: 'At the same time, Musk was one of OpenAI’s main co-founders.',
      isName: false,
    });
    expect(choice.used).toBe('default');
    expect(choice.senses[0]?.text).toBe("one's conduct");
    expect(choice.matched).toEqual([]);
  });

  it('a pinned sense (by number or by text) comes first', () => {
    const base = { word: '作为', reading: ['zuo4', 'wei2'], entries, english: 'It is what it is.', isName: false };
    expect(chooseSense({ ...base, pinned: '7' })).toMatchObject({ used: 'pinned' });
    expect(chooseSense({ ...base, pinned: '6' }).senses[0]?.text).toBe('to act as');
    expect(chooseSense({ ...base, pinned: 'qua' }).senses[0]?.text).toBe('qua');
    expect(chooseSense({ ...base, pinned: 'no such sense' }).used).toBe('default');
  });

  it.each([
    ['1', "one's conduct"],
    ['7', 'as (in the capacity of)'],
    ['99', null],
    ['deed', 'deed'],
    ['Deed', null],
  ])('resolvePinned(作为, %s) = %s', (pin, sense) => expect(resolvePinned(entries, pin)).toBe(sense));
});

describe('names in the seed and its difficulty figures', () => {
  it('flags the 22 real names (21 glossary rows marked name, and 美国) plus 长城, and counts them', async () => {
    const { articleNames } = await import('@/lib/sense/article');
    const { difficultyOf } = await import('@/lib/difficulty');
    const { annotated, glossary } = await import('./seed');
    const names = articleNames(annotated, dictionary, { glossary });
    const real =
      '马斯克 埃隆 英伟达 谷歌 微软 特斯拉 福布斯 田纳西州 孟菲斯 戴尔 超微 甲骨文 硅谷 红杉资本 安德森 霍洛维茨 沙特 凯尔 科西奇 伊戈尔 巴布什金 美国'.split(
        ' ',
      );
    expect(real.filter((w) => !names.has(w))).toEqual([]);
    expect([...names].filter((w) => !real.includes(w))).toEqual(['长城']); // 芯片长城, "a Great Wall of chips"
    // The annotation keeps each occurrence's verdict and the view's figures count it.
    const { buildView } = await import('@/lib/view/build');
    const view = buildView(annotated, { traditional: (t) => t });
    const share = difficultyOf(view).shares.find((s) => s.key === 'names')?.share ?? 0;
    expect(share).toBeGreaterThan(0.03);
  });
});

describe('englishLinks: from an English word back to the Chinese words', () => {
  it('lists each matched span once with the words linked to it, in line order', async () => {
    const { chooseSentence, englishLinks } = await import('@/lib/sense');
    const english = 'Musk announced a funding round.';
    const words = [
      { word: '马斯克', reading: ['Ma3', 'si1', 'ke4'], entries: dictionary.lookup('马斯克'), isName: true },
      { word: '宣布', reading: ['xuan1', 'bu4'], entries: dictionary.lookup('宣布'), isName: false },
      {
        word: '融资',
        reading: ['rong2', 'zi1'],
        entries: dictionary.lookup('融资'),
        isName: false,
        glossary: 'funding round',
      },
    ];
    const links = englishLinks(chooseSentence(words, english));
    expect(links.map((l) => [english.slice(l.span[0], l.span[1]), l.words])).toEqual([
      ['Musk', [0]],
      ['announced', [1]],
      ['funding', [2]],
      ['round', [2]],
    ]);
  });
});

describe('pinnedSenses and a sentence-scoped pin', () => {
  it('a pin with a context applies in that sentence only', async () => {
    const { pinnedSenses, sentenceSenses } = await import('@/lib/sense/article');
    const { sentenceWith, glossary } = await import('./seed');
    const pinned = pinnedSenses([{ word: '作为', sense: '2', context: '马斯克作为作为', line: 2 }]);
    const inScope = sentenceWith('马斯克作为作为');
    const at = inScope.tokens.findIndex((t) => t.text === '作为');
    expect(sentenceSenses(inScope.tokens, inScope.en, dictionary, { glossary, pinned })[at]?.choice).toMatchObject({
      used: 'pinned',
    });
    const other = sentenceWith('作为世界范围内');
    const there = other.tokens.findIndex((t) => t.text === '作为');
    expect(sentenceSenses(other.tokens, other.en, dictionary, { glossary, pinned })[there]?.choice.used).toBe(
      'sentence',
    );
  });
});
