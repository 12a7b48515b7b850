/**
 * Names the dictionaries do not list: a Chinese person's name (a common surname and one or two
 * given-name characters: 张全景, 王思斌) or a transliterated foreign name (霍洛维茨). Used only on
 * stretches the dictionary could not place, where jieba's HMM proposes a word: there a proposal
 * shaped like a name is far more often right than wrong, while other proposals mostly glue
 * function words together (更好, 日电).
 */

/** The most common Chinese surnames (single character), about 85 % of the population. */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ),
);

/** Characters used to write foreign names (the Xinhua transliteration tables' common ones). */
const TRANSLITERATION = new Set(
  Array.from(
    '阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂顿多厄恩尔法凡菲费芬丰弗福富盖甘冈高戈格贡古瓜圭哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科可克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉丽列林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密缅姆莫默穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘佩彭皮普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎珊尚绍舍圣施什史舒斯松苏索塔泰坦汤唐特提廷通图托瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚延扬耶伊因英尤于约泽扎詹兹茨',
  ),
);

/**
 * Characters that almost never stand in a given name but often follow a surname-like character
 * in running text: numbers, measure words, pronouns and particles (万块, 万个 and 单笔 are not names).
 */
const NOT_GIVEN = new Set(
  Array.from(
    '零〇一二三四五六七八九十百千万亿两几多个块元角分厘米吨斤年月日号时秒周天次回遍位名家户种类件台辆架座所条层届期章节篇部本张只头套批例笔份项些们的了着过吗呢吧啊是在和与及或有也都就又还才不没这那其此之所被把从对向给为以于到上下中里外前后内说做用要会能可该将已并而但却很最更太',
  ),
);

const HAN = /^\p{Script=Han}+$/u;

export function looksLikeName(word: string): boolean {
  if (!HAN.test(word)) return false;
  const chars = Array.from(word);
  if (chars.length >= 3 && chars.every((c) => TRANSLITERATION.has(c))) return true;
  if (chars.length !== 2 && chars.length !== 3) return false;
  return SURNAMES.has(chars[0] ?? '') && chars.slice(1).every((c) => !NOT_GIVEN.has(c));
}
