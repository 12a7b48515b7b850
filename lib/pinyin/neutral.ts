/**
 * Neutral tones of the spoken layer: which syllables lose their tone in ordinary speech although
 * a dictionary may write them with one. Written from descriptions of Standard Mandarin (the
 * 轻声 rules of the 现代汉语词典 and of 普通话 textbooks), kept short: particles, suffixes, verb
 * reduplication, and a few hundred common words whose second syllable is conventionally neutral.
 * CC-CEDICT already writes many of these neutral (朋友 peng2 you5); the lists only add what it
 * leaves with a full tone, so nothing is counted twice.
 */

/**
 * Sentence and phrase particles (语气词): always neutral when they follow something in the same
 * stretch. 他走了吧 → ba, 好啊 → a. The value is the particle's neutral syllable, so a character
 * read otherwise (吧 bā 'bar' inside 酒吧, which is not a one-character token) is not touched.
 */
export const MODAL_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['啊', ['a']],
  ['吧', ['ba']],
  // 罢 for 吧 in older prose (走你的罢！): the citation layer reads it ba only as that particle.
  ['罢', ['ba']],
  ['呢', ['ne']],
  ['吗', ['ma']],
  ['嘛', ['ma']],
  ['呀', ['ya']],
  ['哇', ['wa']],
  ['啦', ['la']],
  ['喽', ['lou']],
  ['咯', ['lo', 'luo']],
  ['哦', ['o']],
  // 喔 ō and 诶 ēi, interjections that end a clause as particles too (好棒喔！, 漂亮诶): wō is the cock's crow (喔喔).
  ['喔', ['o']],
  ['诶', ['ei']],
  ['哟', ['yo']],
  ['呗', ['bei']],
  ['嘞', ['lei']],
  ['哩', ['li']],
  ['耶', ['ye']],
  ['么', ['me']],
]);

/**
 * Structural and aspect particles: 的 地 得 (de), 了 (le), 着 (zhe), 过 (guo, only as its own
 * token after a verb: 去过 qù guo). 跑得快 → de, 看着 → zhe.
 */
export const STRUCTURAL_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['的', ['de']],
  ['地', ['de']],
  ['得', ['de']],
  ['了', ['le']],
  ['着', ['zhe']],
]);

/**
 * Monosyllabic verbs that reduplicate as a "try/briefly" form (VV: 看看 kànkan, 想想 xiǎngxiang,
 * 走走, 试试): the second copy is neutral. A third-tone verb still makes the first copy rise
 * (想想 xiángxiang), because sandhi applies before the copy loses its tone.
 */
export const REDUPLICATING_VERBS = new Set(
  Array.from(
    '看想听说走试等问找写读谈聊讲笑玩坐查数尝学练洗摸闻动跑跳歇逛转猜比算改擦扫拍敲摇揉捏抱亲商量逗晒泡吹弹唱跳捶拉推踢瞧闯翻挑挤搓拍补缝理梳刷',
  ),
);

/**
 * Kinship terms and other nouns formed by reduplication: the second copy is neutral and the
 * first keeps its tone (奶奶 nǎinai, 姐姐 jiějie, 宝宝 bǎobao; also 谢谢 xièxie): a neutral
 * syllable does not trigger third-tone sandhi.
 */
export const REDUPLICATED_NOUNS = new Set(Array.from('妈爸爹哥姐弟妹爷奶姥婆公叔伯舅姑婶嫂姨娘太宝娃星猩蝈谢'));

/**
 * Common words whose last syllable is neutral in speech (轻声词), beyond what CC-CEDICT already
 * marks. Only words whose neutral tone is obligatory: those that dictionaries mark "usually light,
 * sometimes full" (知道 zhī·dào, 母亲, 告诉, 打算, 生意) keep their full tone in a careful read-aloud
 * register, which is what the spoken layer models. Only words whose meaning does not change with
 * the tone (东西 'thing' is listed: 东西 'east and west' is rare in running text).
 */
export const NEUTRAL_WORDS = new Set([
  '东西',
  '先生',
  '父亲',
  '老婆',
  '衣服',
  '事情',
  '意思',
  '客气',
  '明白',
  '舒服',
  '漂亮',
  '认识',
  '觉得',
  '麻烦',
  '休息',
  '消息',
  '窗户',
  '豆腐',
  '萝卜',
  '葡萄',
  '石头',
  '骨头',
  '舌头',
  '指头',
  '馒头',
  '枕头',
  '眉毛',
  '眼睛',
  '鼻子',
  '耳朵',
  '嘴巴',
  '脑袋',
  '尾巴',
  '喇叭',
  '琵琶',
  '月亮',
  '太阳',
  '庄稼',
  '粮食',
  '姑娘',
  '丫头',
  '朋友',
  '伙计',
  '师傅',
  '大夫',
  '和尚',
  '秀才',
  '功夫',
  '便宜',
  '暖和',
  '糊涂',
  '聪明',
  '厉害',
  '快活',
  '利索',
  '折腾',
  '琢磨',
  '吩咐',
  '嘱咐',
  '招呼',
  '收拾',
  '张罗',
  '溜达',
  '唠叨',
  '嘀咕',
  '喷嚏',
  '玻璃',
  '篱笆',
  '疙瘩',
  '蛤蟆',
  '狐狸',
  '骆驼',
  '蘑菇',
  '核桃',
  '芝麻',
  '部分',
  '合同',
  '关系',
  '屁股',
  '帐篷',
  '棺材',
  '嫁妆',
  '喉咙',
  '菩萨',
  '栅栏',
  '蜡烛',
  '算盘',
  '哆嗦',
  '泥鳅',
  '告诉',
  '名字',
  '状元',
  '心思',
  '笑话',
  '作坊',
  '咳嗽',
]);

/**
 * Words whose neutral last syllable was a third tone that still makes the one before it rise,
 * because the sandhi happened before the tone was lost: 小姐 xiáojie, 哪里 náli, 打点 dádian.
 * Most neutral syllables do not (姐姐 jiějie, 耳朵 ěrduo, 椅子 yǐzi).
 */
export const SANDHI_BEFORE_NEUTRAL = new Set(['小姐', '哪里', '打点', '讲讲', '手里', '晌午']);
