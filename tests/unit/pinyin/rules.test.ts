import { describe, expect, it } from 'vitest';
import { readingOf, dictionary } from './reading-of';
import { isVerbLike } from '@/lib/pinyin/rules';

/** One group per rule family (lib/pinyin/rules.ts): where the rule fires, and where it must not. */
const families: Record<string, [string, string][]> = {
  '地 de after an adverbial, dì as a noun': [
    ['他高兴▁地▁笑了', 'de'],
    ['男子闷闷不乐▁地▁离开', 'de'],
    ['她小心▁地▁关上了门', 'de'],
    ['这块土▁地▁很肥沃', 'dì'],
    ['他每天早上扫▁地▁', 'dì'],
    ['事发▁地▁附近堵车严重', 'dì'],
  ],
  '得 děi as a modal, de after a verb, dé before 了/到': [
    ['天晚了，我▁得▁回家了', 'děi'],
    ['这件事还▁得▁多想想', 'děi'],
    ['他跑▁得▁很快', 'de'],
    ['他说▁得▁不好', 'de'],
    ['这次比赛他▁得▁了第一名', 'dé'],
    // A degree complement after what it grades, whatever its word class.
    ['这个比那个好▁得▁多', 'de'],
    ['路上车堵▁得▁厉害', 'de'],
    ['他还▁得▁多练练', 'děi'],
  ],
  '为 wèi for a person or purpose, wéi as a copula': [
    ['他▁为▁人民服务', 'wèi'],
    ['▁为▁避免误会，他先打了电话', 'wèi'],
    ['他还▁为▁孩子们准备了礼物', 'wèi'],
    ['大家选他▁为▁班长', 'wéi'],
    ['图▁为▁工作人员在编织毛线娃娃', 'wéi'],
    ['以学习▁为▁主', 'wéi'],
  ],
  '为 by word class: wèi before a noun phrase and its verb, wéi before a number or a bare noun phrase': [
    ['其他公司▁为▁ xAI 帮了不少的忙', 'wèi'],
    ['特斯拉也能▁为▁ xAI 提供海量数据', 'wèi'],
    ['融资总额▁为▁ 143 亿美金', 'wéi'],
    ['该公司▁为▁国有企业', 'wéi'],
    // A noun phrase with a number, a purpose opened by a preposition, 为…而.
    ['孙旭光在▁为▁一户农家安装监控器', 'wèi'],
    ['他▁为▁给儿子筹医药费四处奔走', 'wèi'],
    ['甘▁为▁祖国的花朵而失声', 'wèi'],
    ['面积▁为▁三平方公里', 'wéi'],
    ['他被选▁为▁班长', 'wéi'],
  ],
  '得 by word class: de after a verb or adjective, dé before its object': [
    ['社区被高能源负担压▁得▁喘不过气来', 'de'],
    ['肚子饿▁得▁咕噜咕噜叫', 'de'],
    ['李子君在冬奥会上摘▁得▁铜牌。', 'dé'],
    ['我▁得▁走了', 'děi'],
  ],
  '得 děi before a verb phrase opened by an adverb; V不得; no dé before a noun that starts the complement': [
    ['你可▁得▁拎清楚了', 'děi'],
    ['你得保持安静，还▁得▁乖乖听话', 'děi'],
    ['她已经哭▁得▁喉咙沙哑了还不停', 'de'],
    ['小平同志看▁得▁兴趣盎然', 'de'],
    ['这个筋斗翻▁得▁利落而优美', 'de'],
    ['幸亏荐头的情面大，辞退不▁得▁，便改为专管温酒的职务了', 'de'],
    ['掌柜是一副凶脸孔，教人活泼不▁得▁', 'de'],
    // Must not fire: the modal 不得 before a verb, and dé before an object ending the clause.
    ['闲人不▁得▁入内', 'dé'],
    ['他在决赛中摘▁得▁铜牌', 'dé'],
  ],
  '为 wèi before a noun phrase and its verb, after a plural or before an activity': [
    ['学生们▁为▁死者折叠了将近两万只千纸鹤', 'wèi'],
    ['家长▁为▁新生扛行李', 'wèi'],
    ['模特们▁为▁活动亲自走秀', 'wèi'],
    // Must not fire: a copula before a bare noun phrase.
    ['该公司▁为▁国有独资企业', 'wéi'],
  ],
  '累 lèi "tired" as an adjective; lěi in its words and before promotions': [
    ['他说他已经履行了他的职责，他▁累▁了，该退休了', 'lèi'],
    ['每天连轴转似的，比大人还▁累▁', 'lèi'],
    ['玩▁累▁了就躺着听戏晒太阳', 'lèi'],
    ['汪风雄就是这样忘我地工作着，直至▁累▁倒在工作岗位上', 'lèi'],
    ['他▁累▁迁至太子少保', 'lěi'],
    ['截至去年底，▁累▁计投资三亿元', 'lěi'],
  ],
  '儿 ér standing alone (a son, a child), erhua inside its word': [
    ['老母下跪，为▁儿▁求情', 'ér'],
    ['梁建红几赴京城替▁儿▁讨薪', 'ér'],
    ['你上哪▁儿▁去', 'r'],
  ],
  '都 dōu before a verb phrase even after place names, dū as a capital': [
    ['伊朗与阿拉伯联合酋长国▁都▁宣称对岛屿拥有主权', 'dōu'],
    ['土耳其与中国▁都▁有着悠久的历史', 'dōu'],
    ['明太祖定▁都▁于南京', 'dū'],
    ['这里曾是古▁都▁', 'dū'],
  ],
  '长 zhǎng as the head after an institution, and growing in a place': [
    ['河南省▁长▁郭庚茂接受记者采访', 'zhǎng'],
    ['幸好轮机▁长▁藏了些柴油', 'zhǎng'],
    ['▁长▁在卵巢内的肿瘤很可能为恶性', 'zhǎng'],
    // Must not fire: a length after a number.
    ['这条隧道有三公里▁长▁', 'cháng'],
  ],
  '挑 tiāo before what is chosen or carried, tiǎo before 起/拨': [
    ['随后三人返回水果摊▁挑▁水果', 'tiāo'],
    ['事后她后悔▁挑▁了自己', 'tiāo'],
    ['他故意▁挑▁起争端', 'tiǎo'],
  ],
  '地 de after an adverbial by word class, dì after a noun or before a noun': [
    ['黄玉玲喊哑了喉咙，绝望▁地▁瘫坐在地上', 'de'],
    ['而手指甲也一片一片▁地▁劈掉', 'de'],
    ['李科一个劲▁地▁鼓励陈医生', 'de'],
    ['很自然▁地▁，他也向对方笑笑', 'de'],
    ['沙乌▁地▁相信宾拉登已病故', 'dì'],
    ['全国各▁地▁都在下雨', 'dì'],
  ],
  'verbs before their place or result: 钉 dìng, 夹 jiā, 缝 féng, 撒 sǎ, 晕 yūn, 轧 yà; the nouns elsewhere': [
    ['大约有两万名奴隶被▁钉▁在十字架上', 'dìng'],
    ['墙上有一颗▁钉▁子', 'dīng'],
    ['列兵通常会把手杖▁夹▁在腋下', 'jiā'],
    ['校徽▁缝▁于左胸下部', 'féng'],
    ['她的骨灰▁撒▁在家乡的一个湖中', 'sǎ'],
    ['他看到这一幕，▁晕▁了过去', 'yūn'],
    ['中国球员郑涛被击▁晕▁', 'yūn'],
    ['冰晶造成了月亮周围的光▁晕▁', 'yùn'],
    ['牧民被卡车▁轧▁死', 'yà'],
    ['需要精确调节▁轧▁制的速度和温度', 'zhá'],
  ],
  '少 shǎo as a predicate ending its clause; 蔚 Yù in 蔚县; 边 neutral after a direction; 弄 lòng "lane"': [
    ['由于人口▁少▁，面积小，纽埃只有几家媒体', 'shǎo'],
    ['他是一名▁少▁年', 'shào'],
    ['李源，直隶▁蔚▁州人', 'yù'],
    ['天空一片▁蔚▁蓝', 'wèi'],
    ['仅有西南▁边▁的一座八角楼被保存下来', 'bian'],
    ['卫星坑标注在该坑中心点的旁▁边▁', 'biān'],
    ['武康路40▁弄▁1号住宅', 'lòng'],
    ['他把电脑▁弄▁坏了', 'nòng'],
  ],
  '重 chóng "again" before a one-syllable verb; 还 huán "give back" after 不 and before a pronoun': [
    ['他没有露出酒窝，▁重▁笑一次', 'chóng'],
    ['导演要求▁重▁拍这一场', 'chóng'],
    ['这个箱子很▁重▁', 'zhòng'],
    ['诗文的气质重于文采，▁重▁在骨格', 'zhòng'],
    ['咱也不能老欠人家钱不▁还▁呀', 'huán'],
    ['给你充二百元话费，过两天▁还▁我。', 'huán'],
    ['他▁还▁我们一个公道', 'hái'],
    ['他似乎▁还▁咂摸着枣儿的味道', 'hái'],
  ],
  '地 de after a quoted or reduplicated adverbial': [
    ['如果“一刀切”▁地▁按排量征收，明显有失公允', 'de'],
    ['袁林囡低低▁地▁叹了口气', 'de'],
    ['“噌”▁地▁一下起身', 'de'],
  ],
  '朴 Piáo, a Korean surname before a given name cut into characters': [
    ['委员：金明吉、▁朴▁正男、郑京日', 'piáo'],
    ['其书法▁朴▁拙圆满，浑若天成', 'pǔ'],
    ['他为人▁朴▁实', 'pǔ'],
  ],
  '过 guo as the aspect particle after a verb': [
    ['他们又亲眼看▁过▁壶子底里有水没有', 'guo'],
    ['便回▁过▁脸去，不再理会', 'guò'],
    ['这是他见▁过▁的最疯狂的人才大战', 'guo'],
    ['他总共写▁过▁七个剧本', 'guo'],
    ['他从对面走▁过▁来', 'guò'],
    ['耳机可以跳▁过▁曲目', 'guò'],
    ['▁过▁了一会儿', 'guò'],
  ],
  'older prose (鲁迅): 罢 for 吧, causative 教, 着了慌': [
    ['走你的▁罢▁！', 'ba'],
    ['你自己雇车▁罢▁，他不能拉你了', 'ba'],
    ['吃▁罢▁饭就走', 'bà'],
    ['▁教▁他拉到S门去', 'jiào'],
    ['他▁教▁我写字', 'jiāo'],
    ['有时反更分明，▁教▁我惭愧，催我自新', 'jiào'],
    ['他总是满口之乎者也，▁教▁人半懂不懂的', 'jiào'],
    ['我▁教▁给你，记着！', 'jiāo'],
    ['谁要你▁教▁，不是草头底下一个来回的回字么？', 'jiāo'],
    ['孔乙己▁着▁了慌', 'zháo'],
    ['他看▁着▁了', 'zhe'],
  ],
  'a modal particle ending a clause is neutral; the interjection keeps its tone': [
    ['我们到家▁啦▁！', 'la'],
    ['这个主意不错▁呀▁，就这么办', 'ya'],
    ['原来是这样▁嘛▁', 'ma'],
    ['你快来▁哟▁', 'yo'],
    ['▁哇▁，真漂亮！', 'wā'],
    ['▁呀▁！你怎么来了', 'yā'],
  ],
  '只 zhī as a classifier': [
    ['院子里有一▁只▁猫', 'zhī'],
    ['他伸出两▁只▁手', 'zhī'],
    ['我▁只▁想睡觉', 'zhǐ'],
  ],
  '中 zhòng after a verb of hitting, before what hits': [
    ['他一箭射▁中▁了目标', 'zhòng'],
    ['他小腿▁中▁枪了', 'zhòng'],
    ['他在▁中▁国学习汉语', 'zhōng'],
  ],
  '教 jiāo with an object': [
    ['她在大学▁教▁英语', 'jiāo'],
    ['他接受过良好的▁教▁育', 'jiào'],
  ],
  '相 xiāng, 应 yīng before a verb': [
    ['两座桥遥▁相▁辉映', 'xiāng'],
    ['过往船只▁应▁引以为戒', 'yīng'],
    ['他的建议得到了大家的响▁应▁', 'yìng'],
  ],
  '空 kòng as free time': [
    ['我明天有▁空▁', 'kòng'],
    ['天▁空▁很蓝', 'kōng'],
  ],
  '结 jiē bearing fruit': [
    ['这棵树▁结▁了很多果子', 'jiē'],
    ['会议已经▁结▁束了', 'jié'],
  ],
  '便宜 pián "cheap"': [['这家店的东西很▁便▁宜', 'pián']],
  '咋 zǎ, 攒 zǎn, 抡 lūn in everyday use': [
    ['这事▁咋▁办呀', 'zǎ'],
    ['他▁攒▁下了一笔钱', 'zǎn'],
    ['四角▁攒▁尖顶', 'cuán'],
    ['他▁抡▁起锤子', 'lūn'],
  ],
  '还 huán for debts': [
    ['银行催他▁还▁钱', 'huán'],
    ['他▁还▁没有来', 'hái'],
  ],
  '长 zhǎng, 干 gàn as verbs': [
    ['小树▁长▁出了新叶', 'zhǎng'],
    ['这条河很▁长▁', 'cháng'],
    ['派出所所▁长▁已被停职', 'zhǎng'],
    ['你在▁干▁什么', 'gàn'],
  ],
  '率 lǜ as a rate, shuài leading': [
    ['该股的中签▁率▁为百分之二', 'lǜ'],
    ['粟裕▁率▁新四军进入苏北', 'shuài'],
  ],
  '藏 cáng, 卡 qiǎ, 着 zháo, 涌 yǒng, 薄 báo, 宿 xiǔ, 劲 jìn': [
    ['他把钱▁藏▁在床下', 'cáng'],
    ['鱼刺▁卡▁在喉咙里', 'qiǎ'],
    ['孩子已经睡▁着▁了', 'zháo'],
    ['他一晚上都睡不▁着▁', 'zháo'],
    ['仓库里堆放▁着▁几十袋化肥', 'zhe'],
    ['人群从门口▁涌▁出来', 'yǒng'],
    ['这张纸很▁薄▁', 'báo'],
    ['他一▁宿▁没睡', 'xiǔ'],
    ['他使▁劲▁推门', 'jìn'],
  ],
  '降 xiáng surrendering, 铺 pū spreading, 炸 zhá frying, 弹 tán playing': [
    ['守军出城乞▁降▁', 'xiáng'],
    ['气温明天会▁降▁到零下', 'jiàng'],
    ['工人在路面▁铺▁上沥青', 'pū'],
    ['这条铁路去年▁铺▁通', 'pū'],
    ['把鱼放进油锅里▁炸▁至金黄', 'zhá'],
    ['她会▁弹▁钢琴', 'tán'],
  ],
  '擂 lèi, 累 lěi, 丧 sāng, 藏 cáng in their set uses': [
    ['他是这次比赛的▁擂▁主', 'lèi'],
    ['他▁累▁迁刑部侍郎', 'lěi'],
    ['他回家为父亲主▁丧▁', 'sāng'],
    ['图书馆▁藏▁有很多古籍', 'cáng'],
  ],
  '当天 dàng, 因为 wèi, neutral suffixes 子 and 头': [
    ['▁当▁天晚上他就走了', 'dàng'],
    ['▁当▁时他还小', 'dāng'],
    ['他没来是因▁为▁下雨', 'wèi'],
    ['他肚▁子▁疼', 'zi'],
    ['夏天蚊▁子▁很多', 'zi'],
    ['这是一个电▁子▁邮件', 'zǐ'],
    ['河边有很多石▁头▁', 'tou'],
  ],
  '都 dū as a capital, 卡 qiǎ as a checkpoint, 拗 ǎo breaking': [
    ['汉明帝在国▁都▁西面兴建僧院', 'dū'],
    ['我们南北▁都▁有分店', 'dōu'],
    ['警方在路口设▁卡▁检查', 'qiǎ'],
    ['刀子被硬生生地▁拗▁成两截', 'ǎo'],
  ],
  '种 zhòng, 塞 sāi, 钻 zuān, 咽 yàn as verbs, and where they are nouns': [
    ['他私自▁种▁茄子', 'zhòng'],
    ['村里率先▁种▁了葡萄', 'zhòng'],
    ['这是一▁种▁新的方法', 'zhǒng'],
    ['各▁种▁颜色都有', 'zhǒng'],
    ['她把纸条▁塞▁给了我', 'sāi'],
    ['他把衣服▁塞▁进箱子', 'sāi'],
    ['▁塞▁浦路斯位于地中海', 'sài'],
    ['老鼠▁钻▁到洞里去了', 'zuān'],
    ['这颗▁钻▁石很大', 'zuàn'],
    ['他把药片▁咽▁了下去', 'yàn'],
    ['他的▁咽▁喉发炎了', 'yān'],
  ],
  '差 chà as an adjective, chā in its words; 劲 jìn as energy, jìng as strong': [
    ['这家店的服务太▁差▁了', 'chà'],
    ['他的身材▁差▁，', 'chà'],
    ['两者的▁差▁别很大', 'chā'],
    ['利用平方▁差▁公式', 'chā'],
    ['他憋着▁劲▁，要赢下比赛', 'jìn'],
    ['你再用▁劲▁推一下', 'jìn'],
    ['经济持续强▁劲▁', 'jìng'],
    ['现代悬索桥设有加▁劲▁梁', 'jìng'],
  ],
  '攒 zǎn, 抡 lūn, 咋 zǎ, 应 yīng in everyday use; not as the classifier, the name or the answer': [
    ['我应该多▁攒▁些钱', 'zǎn'],
    ['明间平身科两▁攒▁', 'cuán'],
    ['人头▁攒▁动', 'cuán'],
    ['他举起棍子，▁抡▁完又抡', 'lūn'],
    ['你▁咋▁啦？', 'zǎ'],
    ['羽▁咋▁市位于日本石川县', 'zé'],
    ['我们不▁应▁怕困难', 'yīng'],
    ['他们积极响▁应▁号召', 'yìng'],
  ],
  '燕 yàn in a given name, Yān the state; 喔 o and 诶 ei as particles': [
    ['张海▁燕▁又来了', 'yàn'],
    ['前▁燕▁灭亡', 'yān'],
    ['▁燕▁王朱棣起兵', 'yān'],
    ['这里的生活好棒▁喔▁！', 'o'],
    ['你今天很漂亮▁诶▁。', 'ei'],
  ],
  'surnames at the head of a name': [
    ['最早▁缪▁姓出现于春秋', 'miào'],
    ['▁曾▁国藩是清朝大臣', 'zēng'],
    ['他▁曾▁经在北京住过', 'céng'],
  ],
};

describe.each(Object.entries(families))('rule: %s', (_family, cases) => {
  it.each(cases)('%s → %s', (marked, expected) => {
    expect(readingOf(marked)).toBe(expected);
  });
});

describe('isVerbLike', () => {
  it.each([
    ['避免', true],
    ['服务', true],
    ['位于', false],
    ['人民', false],
    ['中', false],
  ])('%s → %s', (word, expected) => {
    expect(isVerbLike(word, dictionary)).toBe(expected);
  });
});
