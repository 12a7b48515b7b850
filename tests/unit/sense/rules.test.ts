import { describe, expect, it } from 'vitest';
import { loadCedict } from '@/lib/dictionary/cedict';
import { orderSenses } from '@/lib/sense/order';
import { ruleSense, type Neighbour, type SenseContext } from '@/lib/sense/rules';

const dictionary = loadCedict();

/** The sense the rules pick for `word` between `before` and `after`, or null. */
function pick(word: string, reading: string[], before: string, after: string): string | null {
  const rows = orderSenses(dictionary.lookup(word), reading, { name: false });
  const { index } = ruleSense(rows, { word, before, after });
  return rows[index]?.text ?? null;
}

describe('Chinese-side sense rules', () => {
  it.each([
    // rule fires
    ['台', ['tai2'], '监督这', '超级计算机的开发。', 'classifier for vehicles or machines'],
    ['项', ['xiang4'], '另一', '重要任务', 'classifier for principles, items, clauses, tasks, research projects etc'],
    ['日', ['ri4'], '7 月 22 ', '凌晨', 'date, day of the month'],
    ['约', ['yue1'], '估值', ' 1738 亿人民币', 'approximately'],
    ['被', ['bei4'], '已经', '污染', expect.stringMatching(/passive voice/u)],
    ['过', ['guo4'], '从未见', '的疯狂', '(experienced action marker)'],
  ])('%s in …%s_%s… → %s', (word, reading, before, after, sense) => {
    expect(pick(word, reading, before, after)).toEqual(sense);
  });

  it.each([
    // rule must not fire
    ['台', ['tai2'], '社交平', '上', 'no numeral or demonstrative before it'],
    ['日', ['ri4'], '每', '都在', 'not after a number'],
    ['约', ['yue1'], '我们', '好了', 'not before a number'],
    ['过', ['guo4'], '', '马路', 'not after a verb'],
  ])('%s in …%s_%s…: nothing (%s)', (word, reading, before, after) => {
    expect(pick(word, reading, before, after)).toBeNull();
  });
});

/** The sense the rules pick for `word` in a context with its neighbours (jieba's tags, as the segmenter gives them). */
function pickIn(word: string, reading: string[], context: Omit<SenseContext, 'word'>): string | null {
  const rows = orderSenses(dictionary.lookup(word), reading, { name: false });
  const { index } = ruleSense(rows, { word, ...context });
  return rows[index]?.text ?? null;
}
const w = (text: string, pos?: string, extra: Partial<Neighbour> = {}): Neighbour => ({
  text,
  ...(pos ? { pos } : {}),
  ...extra,
});

describe('rules from the neighbouring words and their tags (real sentences of the articles)', () => {
  it.each([
    // [word, reading, context, sense]: the rule fires
    [
      '轮',
      ['lun2'],
      { before: '此', after: '融资', left: [w('此', 'zg')], right: [w('融资', 'vn')] },
      /^classifier for big round objects/u,
    ],
    [
      '项',
      ['xiang4'],
      { before: '另一重要', after: '，', left: [w('重要', 'a'), w('一', 'm')], right: [w('，')] },
      /^classifier for principles/u,
    ],
    // 单笔融资: of 笔's two classifier senses, the one the counted noun (financing) shares words with.
    [
      '笔',
      ['bi3'],
      { before: '最高单', after: '融资', left: [w('单', 'n')], right: [w('融资', 'vn', { senses: ['financing'] })] },
      /sum of money/u,
    ],
    [
      '等',
      ['deng3'],
      { before: '由 xAI、X 和英伟达', after: '合力打造', pos: 'u', left: [w('英伟达', 'nz')], right: [w('合力', 'n')] },
      /and so on; etc/u,
    ],
    [
      '由',
      ['you2'],
      { before: '', after: ' xAI、X 和英伟达等合力打造的', pos: 'p', right: [w('xAI', 'eng')] },
      /^by; via/u,
    ],
    [
      '由',
      ['you2'],
      { before: '它', after: ' 10 万块 H100 组成，', pos: 'p', left: [w('它', 'r')], right: [w('10', 'm')] },
      /^from$/u,
    ],
    [
      '所',
      ['suo3'],
      { before: '超级计算中心', after: '需要的资源', pos: 'c', right: [w('需要', 'v')] },
      /relative clause/u,
    ],
    ['以', ['yi3'], { before: '基础设施，', after: '支持', pos: 'p', right: [w('支持', 'v')] }, /^in order to$/u],
    [
      '会',
      ['hui4'],
      {
        before: '这可能',
        after: '对当地',
        pos: 'v',
        right: [w('对', 'p')],
        english: 'which could place a huge burden on the local area.',
      },
      /likely to/u,
    ],
    ['仅', ['jin3'], { before: 'xAI ', after: '用了', pos: 'd', right: [w('用', 'v')] }, /^only$/u],
    [
      '市',
      ['shi4'],
      { before: '孟菲斯', after: '，', left: [w('孟菲斯', 'ns', { name: true })], right: [w('，')] },
      /^city$/u,
    ],
    [
      '间',
      ['jian1'],
      { before: '过去十年', after: '获得', left: [w('十年', 'm')], right: [w('获得', 'v')] },
      /within a definite time/u,
    ],
    ['一起', ['yi1', 'qi3'], { before: '超微', after: '建设', pos: 'm', right: [w('建设', 'vn')] }, /^together/u],
    ['与', ['yu3'], { before: '团队先后', after: '七八个城市', pos: 'p', right: [w('七八个', 'm')] }, /together with/u],
    [
      '具',
      ['ju4'],
      { before: '条件极', after: '竞争力', pos: 'v', left: [w('极', 'd')], right: [w('竞争力', 'n')] },
      /^to possess$/u,
    ],
    [
      '使得',
      ['shi3', 'de5'],
      { before: '', after: '他们', pos: 'v', left: [w('，')], right: [w('他们', 'r')] },
      /^to make; to cause/u,
    ],
    [
      '建议',
      ['jian4', 'yi4'],
      { before: '研究方向的', after: '，', pos: 'n', left: [w('的', 'uj')], right: [w('，')] },
      /^proposal/u,
    ],
    [
      '组织',
      ['zu3', 'zhi1'],
      { before: '环保', after: '的不满', pos: 'v', left: [w('环保', 'j')], right: [w('的', 'uj')] },
      /^organization$/u,
    ],
    ['在', ['zai4'], { before: '故事', after: '东非', pos: 'p', right: [w('东非', 'ns')] }, /to be \(located\) at/u],
    [
      '把',
      ['ba3'],
      { before: '旺加里用弯刀劈开土地，', after: '小种子', pos: 'p', right: [w('小种子', 'n')] },
      /^\(used to put the object/u,
    ],
    [
      '用',
      ['yong4'],
      { before: '她教妇女们如何', after: '种子', pos: 'p', right: [w('种子', 'n')] },
      /^\(coverb\) with; using/u,
    ],
    [
      '里',
      ['li3'],
      { before: '有一座小村庄，村庄', after: '有', pos: 'f', left: [w('村庄', 'n')], right: [w('有', 'v')] },
      /^interior$/u,
    ],
    ['越', ['yue4'], { before: '她学得', after: '多，就越热爱', pos: 'd' }, /the more/u],
    ['成', ['cheng2'], { before: '又汇聚', after: '了森林', left: [w('汇聚', 'v')] }, /^to become$/u],
    ['太', ['tai4'], { before: '旺加里', after: '喜欢学习了', pos: 'd', right: [w('喜欢', 'v')] }, /^too \(much\)$/u],
    [
      '下',
      ['xia4'],
      { before: '在世界首富光环加持', after: '，', pos: 'f', left: [w('加持', 'v')], right: [w('，')] },
      /^below$/u,
    ],
    ['满', ['man3'], { before: '刚刚才', after: '一岁', pos: 'a', right: [w('一岁', 'm')] }, /^full$/u],
    [
      '还',
      ['hai2'],
      { before: '除了文本功能外，Grok 现在', after: '可以处理', pos: 'd', right: [w('可以', 'c')] },
      /^also$/u,
    ],
    ['起', ['qi3'], { before: '我从十二岁', after: '，', pos: 'v', left: [w('十二岁', 'm')] }, /^starting from/u],
    ['便', ['bian4'], { before: '倘肯多花一文，', after: '可以', pos: 'd', right: [w('可以', 'c')] }, /then$/u],
    [
      '才',
      ['cai2'],
      { before: '只有穿长衫的，', after: '踱进', pos: 'd', right: [w('踱', 'v')] },
      /^then and only then$/u,
    ],
    [
      '点',
      ['dian3'],
      { before: '就在外面做', after: '事罢', pos: 'm', left: [w('做', 'v')], right: [w('事', 'n')] },
      /^a small amount; a bit/u,
    ],
    [
      '将',
      ['jiang1'],
      { before: '而且我们掌柜也从不', after: '茴香豆上账', pos: 'd', right: [w('茴香豆', 'n')] },
      /introduces object/u,
    ],
    [
      '正',
      ['zheng4'],
      { before: '还有一些乘客买了零食，', after: '准备', pos: 'd', right: [w('准备', 'v')] },
      /^exactly$/u,
    ],
    [
      '原来',
      ['yuan2', 'lai2'],
      { before: '孔乙己', after: '也读过书', pos: 'd', right: [w('也', 'd')] },
      /^originally/u,
    ],
    [
      '过',
      ['guo4'],
      { before: '他说', after: '九个字', pos: 'ug', right: [w('九个', 'm')] },
      /experienced action marker/u,
    ],
    [
      '不会',
      ['bu4', 'hui4'],
      {
        before: '不知道今后会',
        after: '有机会回来了',
        pos: 'v',
        right: [w('有', 'v')],
        english: 'I did not know whether I would ever have the chance to come back.',
      },
      /^will not/u,
    ],
  ] as [string, string[], Omit<SenseContext, 'word'>, RegExp][])('%s %j → %s', (word, reading, context, sense) => {
    expect(pickIn(word, reading, context)).toMatch(sense);
  });

  it.each([
    // [word, reading, context, why]: the rule must not fire
    [
      '口',
      ['kou3'],
      { before: '便在镇', after: '的', pos: 'q', left: [w('镇', 'n')], right: [w('的', 'uj')] },
      '镇口: jieba tags it q, no numeral',
    ],
    [
      '家',
      ['jia1'],
      { before: '我叔叔的', after: '。', pos: 'q', left: [w('的', 'uj')], right: [w('。')] },
      '叔叔的家: no numeral',
    ],
    ['等', ['deng3'], { before: '', after: '他来', pos: 'v', right: [w('他', 'r')] }, '等他来: to wait'],
    ['所', ['suo3'], { before: '', after: '以', pos: 'c', right: [w('以', 'p')] }, 'not before a verb'],
    [
      '会',
      ['hui4'],
      { before: '他', after: '游泳', pos: 'v', right: [w('游泳', 'v')], english: 'He can swim.' },
      'the English says "can"',
    ],
    ['市', ['shi4'], { before: '', after: '场', left: [], right: [w('场', 'n')] }, 'no place name before it'],
    [
      '破',
      ['po4'],
      { before: '穿一件', after: '夹袄', pos: 'v', left: [w('一件', 'm')], right: [w('夹袄', 'n')] },
      '一件破夹袄: describes the jacket',
    ],
    [
      '破',
      ['po4'],
      { before: '他从', after: '衣袋里', pos: 'v', left: [w('从', 'p')], right: [w('衣袋', 'n')] },
      '从破衣袋里: describes the pocket',
    ],
    [
      '是',
      ['shi4'],
      { before: '值得一提的', after: '，', pos: 'v', left: [w('的', 'uj')], right: [w('，')] },
      '值得一提的是: one character',
    ],
    [
      '合力',
      ['he2', 'li4'],
      { before: '英伟达等', after: '打造', pos: 'n', left: [w('等', 'u')], right: [w('打造', 'v')] },
      'a verb follows',
    ],
    ['用', ['yong4'], { before: '写账要', after: '。', pos: 'p', right: [w('。')] }, '写账要用。: no object, the verb'],
    [
      '用',
      ['yong4'],
      {
        before: '马斯克将最近两年的大部分精力',
        after: ' xAI。',
        pos: 'p',
        left: [w('精力', 'n')],
        right: [w('xAI', 'eng')],
      },
      'after 将 and its object, the main verb',
    ],
    [
      '下',
      ['xia4'],
      { before: '小商贩们推推搡搡', after: '了车', pos: 'f', left: [w('推推搡搡', 'v')], right: [w('了', 'ul')] },
      '下了车: after a verb, to get off',
    ],
    [
      '以后',
      ['yi3', 'hou4'],
      { before: '自此', after: '，', pos: 'f', left: [w('自此', 'd')], right: [w('，')] },
      'two characters: not a place',
    ],
    ['越', ['yue4'], { before: '他', after: '过了那座山', pos: 'v' }, 'no second 越'],
    ['成', ['cheng2'], { before: '', after: '了', pos: 'v', left: [], right: [w('了', 'ul')] }, 'not after a verb'],
    ['还', ['hai2'], { before: '他', after: '在睡觉', pos: 'd' }, 'no 除了 before it: "still"'],
    ['将', ['jiang1'], { before: '孟菲斯市', after: '提供', pos: 'd', right: [w('提供', 'v')] }, '将提供: "will"'],
    ['起', ['qi3'], { before: '他', after: '床了', pos: 'v' }, 'no 从 before it'],
    ['点', ['dian3'], { before: '', after: '火', pos: 'v', right: [w('火', 'n')] }, '点火: the verb'],
    [
      '猛',
      ['meng3'],
      { before: '大北风刮得正', after: '，', pos: 'd', right: [w('，')] },
      '刮得正猛，: modifies nothing after it',
    ],
    [
      '就',
      ['jiu4'],
      { before: '很快', after: '坐满了', pos: 'd', right: [w('坐满', 'v')] },
      'its first sense is already an adverb ("then")',
    ],
  ] as [string, string[], Omit<SenseContext, 'word'>, string][])('%s %j: nothing (%s)', (word, reading, context) => {
    expect(pickIn(word, reading, context)).toBeNull();
  });
});
