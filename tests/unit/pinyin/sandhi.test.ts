import { describe, expect, it } from 'vitest';
import { spokenTones, type SandhiToken } from '@/lib/pinyin/sandhi';
import { loadCedict } from '@/lib/dictionary/cedict';
import { createHskLevels } from '@/lib/dictionary/hsk';
import { annotateSentence } from '@/lib/annotate';
import { createSegmenter } from '@/lib/segment';

/**
 * A segmented sentence written compactly: tokens separated by spaces, each `text:syl,syl`
 * (numbered citation syllables) or bare punctuation. `careful` readings, when a test needs
 * them, follow a `|`: `时候:shi2,hou5|shi2,hou4`; a word class follows the text: `江/nr:jiang1`.
 */
function tokens(spec: string): SandhiToken[] {
  return spec.split(' ').map((part) => {
    const [word = '', readings = ''] = part.split(':');
    // `text/pos` gives the token a word class (江/nr).
    const [text = '', pos] = word.split('/');
    if (!readings) return { text, citation: [] };
    const [citation = '', careful] = readings.split('|');
    return {
      text,
      citation: citation.split(','),
      ...(careful ? { careful: careful.split(',') } : {}),
      ...(pos ? { pos } : {}),
    };
  });
}

/** Dictionary words the structure tests rely on (a stand-in for CC-CEDICT). */
const WORDS = new Set(['展览', '展览馆', '祖母', '老祖母', '雨伞', '小雨伞', '岂有此理', '此理', '岂有']);
const isWord = (w: string) => WORDS.has(w);

/** Spoken syllables of the Han tokens, space-separated, tokens joined by ' | '. */
function spoken(spec: string): string {
  const input = tokens(spec);
  const before = JSON.stringify(input);
  const out = spokenTones(input, { isWord });
  // The input (the citation layer) is never changed.
  expect(JSON.stringify(input)).toBe(before);
  // Only tones change, never the syllable, save the read-aloud 谁 shuí.
  const body = (s: string) => s.replace(/\d$/u, '').replace(/^shei$/u, 'shui');
  input.forEach((t, i) => {
    const o = out[i] ?? [];
    expect(o.map(body)).toEqual(t.citation.map(body));
  });
  return out
    .filter((o) => o.length > 0)
    .map((o) => o.join(' '))
    .join(' | ');
}

const table = (rows: [string, string][]) =>
  it.each(rows)('%s', (spec, expected) => {
    expect(spoken(spec)).toBe(expected);
  });

describe('一', () => {
  table([
    ['一样:yi1,yang4 东西:dong1,xi1', 'yi2 yang4 | dong1 xi5'],
    ['一起:yi1,qi3 建设:jian4,she4', 'yi4 qi3 | jian4 she4'],
    ['买:mai3 一:yi1 本:ben3 书:shu1', 'mai3 | yi4 | ben3 | shu1'],
    ['等:deng3 一个:yi1,ge5 人:ren2', 'deng3 | yi2 ge5 | ren2'],
    ['他:ta1 是:shi4 第一:di4,yi1 名:ming2', 'ta1 | shi4 | di4 yi1 | ming2'],
    ['国家:guo2,jia1 统一:tong3,yi1 大业:da4,ye4', 'guo2 jia1 | tong3 yi1 | da4 ye4'],
    ['唯一:wei2,yi1 的:de5 办法:ban4,fa3', 'wei2 yi1 | de5 | ban4 fa3'],
    ['十一:shi2,yi1 点:dian3', 'shi2 yi1 | dian3'],
    ['一九九八年:yi1,jiu3,jiu3,ba1,nian2', 'yi1 jiu2 jiu3 ba1 nian2'],
    ['一月:yi1,yue4 一号:yi1,hao4', 'yi1 yue4 | yi1 hao4'],
    ['一一:yi1,yi1 对应:dui4,ying4', 'yi1 yi1 | dui4 ying4'],
    ['一百:yi1,bai3 块:kuai4', 'yi4 bai3 | kuai4'],
    ['看:kan4 一:yi1 看:kan4', 'kan4 | yi5 | kan4'],
    ['这一:zhe4,yi1 天:tian1', 'zhe4 yi4 | tian1'],
    ['江一燕:Jiang1,yi1,yan4 说:shuo1', 'Jiang1 yi1 yan4 | shuo1'],
    ['一:yi1 。', 'yi1'],
  ]);
});

describe('一 in names and repeated measures', () => {
  table([
    // A name cut apart keeps 一 yī: a one-character surname tagged nr, 一 alone, one more character.
    ['江/nr:Jiang1 一/m:yi1 燕/nr:yan4 一直/d:yi1,zhi2', 'Jiang1 | yi1 | yan4 | yi4 zhi2'],
    ['孙一丁/nr:sun1,yi1,ding1 已经:yi3,jing1', 'sun1 yi1 ding1 | yi3 jing1'],
    // Not after a pronoun or a noun: 他一看 tā yí kàn.
    ['他/r:ta1 一/m:yi1 看/v:kan4', 'ta1 | yi2 | kan4'],
    // A repeated numeral and classifier is no V一V: 一片一片 yí piàn yí piàn.
    ['一片:yi1,pian4 一片:yi1,pian4 地:de5 劈:pi1', 'yi2 pian4 | yi2 pian4 | de5 | pi1'],
    ['看:kan4 一:yi1 看:kan4', 'kan4 | yi5 | kan4'],
  ]);
});

describe('不', () => {
  table([
    ['不是:bu4,shi4', 'bu2 shi4'],
    ['不:bu4 会:hui4 来:lai2', 'bu2 | hui4 | lai2'],
    ['不:bu4 好:hao3', 'bu4 | hao3'],
    ['不:bu4 来:lai2', 'bu4 | lai2'],
    ['是:shi4 不:bu4 是:shi4', 'shi4 | bu5 | shi4'],
    ['好:hao3 不:bu4 好:hao3', 'hao3 | bu5 | hao3'],
    ['看不见:kan4,bu5,jian4', 'kan4 bu5 jian4'],
  ]);
});

describe('third tone inside a word', () => {
  table([
    ['你好:ni3,hao3', 'ni2 hao3'],
    ['水果:shui3,guo3', 'shui2 guo3'],
    ['展览馆:zhan3,lan3,guan3', 'zhan2 lan2 guan3'],
    ['老祖母:lao3,zu3,mu3', 'lao3 zu2 mu3'],
    ['岂有此理:qi3,you3,ci3,li3', 'qi2 you3 ci2 li3'],
    ['所有:suo3,you3', 'suo2 you3'],
  ]);
});

describe('third tone across words', () => {
  table([
    // 很 leans on 好: [我] [很好] → wǒ hén hǎo.
    ['我:wo3 很:hen3 好:hao3', 'wo3 | hen2 | hao3'],
    ['小:xiao3 雨伞:yu3,san3', 'xiao3 | yu2 san3'],
    // Inside a prosodic word, left to right: [也很好] → yé hén hǎo.
    ['也:ye3 很:hen3 好:hao3', 'ye2 | hen2 | hao3'],
    // An erhua 儿 carries no tone of its own: 哪儿 before 有 still rises.
    ['哪儿:na3,r5 有:you3', 'na2 r5 | you3'],
    ['买:mai3 水果:shui3,guo3', 'mai3 | shui2 guo3'],
    ['总统:zong3,tong3 访问:fang3,wen4', 'zong2 tong2 | fang3 wen4'],
    // [雨伞] [很好]: 很好 is done first (hén hǎo), so 伞 sees a rising 很 and keeps its tone.
    ['雨伞:yu3,san3 很:hen3 好:hao3', 'yu2 san3 | hen2 | hao3'],
    // Quotation marks are not pauses: 作品“奶奶”.
    ['作品:zuo4,pin3 “ 奶奶:nai3,nai5 ”', 'zuo4 pin2 | nai3 nai5'],
  ]);
});

describe('no sandhi across punctuation', () => {
  table([
    ['我:wo3 ， 你:ni3 好:hao3', 'wo3 | ni2 | hao3'],
    ['所以:suo3,yi3 ， 我:wo3 走:zou3', 'suo2 yi3 | wo2 | zou3'],
    ['很好:hen3,hao3 。 我:wo3', 'hen2 hao3 | wo3'],
    ['GPT:', ''],
  ]);
});

describe('particles and suffixes', () => {
  table([
    ['好:hao3 啊:a1', 'hao3 | a5'],
    ['走:zou3 吧:ba1', 'zou3 | ba5'],
    ['他:ta1 来:lai2 了:le5 吗:ma1', 'ta1 | lai2 | le5 | ma5'],
    ['跑:pao3 得:de5 快:kuai4', 'pao3 | de5 | kuai4'],
    // 得 read dé by the citation layer is the verb "to obtain" (摘得铜牌): it keeps its tone.
    ['摘:zhai1 得:de2 铜牌:tong2,pai2', 'zhai1 | de2 | tong2 pai2'],
    ['看:kan4 着:zhe5', 'kan4 | zhe5'],
    // 长得 is no dictionary word, so its 得 is the particle.
    ['长得:zhang3,de2 高:gao1', 'zhang3 de5 | gao1'],
    ['同学们:tong2,xue2,men2', 'tong2 xue2 men5'],
    ['三个:san1,ge4 人:ren2', 'san1 ge5 | ren2'],
    ['整个:zheng3,ge4 城市:cheng2,shi4', 'zheng3 ge4 | cheng2 shi4'],
    // A particle opening a stretch is an interjection, not a particle: 啊，……
    ['啊:a1 ， 好:hao3', 'a1 | hao3'],
    // 得 dé 'obtain' opening a sentence keeps its tone.
    ['得:de2 到:dao4', 'de2 | dao4'],
    // 不 inside a potential complement stays neutral even where another source writes bù (吃不消).
    ['吃不消:chi1,bu5,xiao1|chi1,bu4,xiao1', 'chi1 bu5 xiao1'],
    // ... while a two-syllable word's optional neutral tone is restored (知道 zhīdào).
    ['知道:zhi1,dao5|zhi1,dao4', 'zhi1 dao4'],
    // 罢 for 吧 (older prose) is a particle; 罢 bà 'to finish' keeps its tone.
    ['走:zou3 罢:ba5', 'zou3 | ba5'],
    ['吃:chi1 罢:ba4 饭:fan4', 'chi1 | ba4 | fan4'],
  ]);
});

describe('reduplication', () => {
  table([
    ['看看:kan4,kan4', 'kan4 kan5'],
    ['想想:xiang3,xiang3', 'xiang2 xiang5'],
    ['想:xiang3 想:xiang3', 'xiang2 | xiang5'],
    ['妈妈:ma1,ma1', 'ma1 ma5'],
    ['姐姐:jie3,jie3', 'jie3 jie5'],
    ['奶奶:nai3,nai3 好:hao3', 'nai3 nai5 | hao3'],
    // Adjectival and literary reduplication keeps its tones: 袅袅 niǎoniǎo.
    ['袅袅:niao3,niao3', 'niao2 niao3'],
    // A reduplicated noun CC-CEDICT writes neutral stays neutral though another source writes it
    // full (妞妞 niūniu, 馍馍 mómo); an adverb does not (刚刚 gānggāng, read full aloud).
    ['妞妞/n:niu1,niu5|niu1,niu1', 'niu1 niu5'],
    ['馍馍/n:mo2,mo5|mo2,mo2', 'mo2 mo5'],
    ['刚刚/d:gang1,gang5|gang1,gang1', 'gang1 gang1'],
  ]);
});

describe('conventional neutral words', () => {
  table([
    ['东西:dong1,xi1', 'dong1 xi5'],
    ['王先生:wang2,xian1,sheng1', 'wang2 xian1 sheng5'],
    ['李:li3 先生:xian1,sheng1', 'li3 | xian1 sheng5'],
    ['衣服:yi1,fu2', 'yi1 fu5'],
    ['眼睛:yan3,jing1', 'yan3 jing5'],
    ['耳朵:er3,duo3', 'er3 duo5'],
    // 小姐 xiáojie: the lost third tone still made 小 rise.
    ['小姐:xiao3,jie5', 'xiao2 jie5'],
    // Already neutral in CC-CEDICT: not counted twice, nothing else moves.
    ['朋友:peng2,you5', 'peng2 you5'],
    // 作坊 zuō·fang and 咳嗽 ké·sou are neutral in the 现代汉语词典, with no "sometimes full" note.
    ['作坊:zuo1,fang2', 'zuo1 fang5'],
    ['咳嗽:ke2,sou4', 'ke2 sou5'],
    // A noun suffix stays neutral even where another source writes it full: 肚子 dùzi.
    ['肚子:du4,zi5|du4,zi3', 'du4 zi5'],
    // An optional neutral tone (another source writes it full) is read full: 时候 shíhòu.
    ['时候:shi2,hou5|shi2,hou4', 'shi2 hou4'],
    // Both sources agree on the neutral tone: 孩子 háizi stays neutral.
    ['孩子:hai2,zi5|hai2,zi5', 'hai2 zi5'],
  ]);
});

describe('read-aloud register', () => {
  table([
    // 谁 is shéi in conversation, shuí read aloud (the 又读 of the 现代汉语词典).
    ['谁:shei2 来:lai2 了:le5', 'shui2 | lai2 | le5'],
    ['你:ni3 找:zhao3 谁:shei2', 'ni2 | zhao3 | shui2'],
    // The citation layer keeps shéi; only the spoken layer changes.
    ['是:shi4 谁:shei2', 'shi4 | shui2'],
  ]);
});

describe('spoken layer of annotated sentences', () => {
  const dictionary = loadCedict();
  const segmenter = createSegmenter();
  const deps = { segment: segmenter.segment, dictionary, hsk: createHskLevels([]) };

  it.each([
    ['我很好。', '我很好', 'wǒ hěn hǎo', 'wo3 hen2 hao3'],
    ['展览馆开门了。', '展览馆', 'zhan3 lan3 guan3', 'zhan2 lan2 guan3'],
    ['他不是老师。', '不是', 'bu4 shi4', 'bu2 shi4'],
    ['这是我们的东西。', '东西', 'dong1 xi1', 'dong1 xi5'],
    ['你想想吧。', '想想', 'xiang3 xiang3', 'xiang2 xiang5'],
  ])('%s', (sentence, word, citation, expected) => {
    const toks = annotateSentence(sentence, new Map(), deps);
    const han = toks.filter((t) => t.pinyin);
    // Every Han token carries both layers, one syllable per character.
    for (const t of han) expect(t.pinyin?.spoken.length).toBe(Array.from(t.text).length);
    if (word === '我很好') {
      expect(han.map((t) => t.pinyin?.spoken.join(' ')).join(' ')).toBe(expected);
      expect(han.map((t) => t.pinyin?.citation.join(' ')).join(' ')).toBe('wo3 hen3 hao3');
      return;
    }
    const token = han.find((t) => t.text === word);
    expect(token?.pinyin?.spoken.join(' ')).toBe(expected);
    if (/\d/u.test(citation)) expect(token?.pinyin?.citation.join(' ')).toBe(citation);
  });
});
