/** One table per rule family of lib/import, real Chinese in and out, with the rows where a rule must not fire. */
import { describe, expect, it } from 'vitest';
import { countPinyinGroups, decodeEntities, looksLikeMojibake, repairLine } from '@/lib/import/artefacts';
import { classifyChrome, leadingCaption } from '@/lib/import/rules/chrome';
import { labelOnly, looksLikeNames, parseCreditLine } from '@/lib/import/rules/credits';
import { chooseTitle, cleanTitle, classifyLines } from '@/lib/import/structure';
import { chineseScore, decodeText } from '@/lib/import/decode';
import { normalizeLine } from '@/lib/text/normalize';

describe('artefacts: repairLine', () => {
  it.each([
    ['誤導(dǎo)性言論頻發(fā)的背景', true, '誤導性言論頻發的背景'],
    ['酿(niàng)雪的天气', false, '酿(niàng)雪的天气'], // one textbook gloss: not a converter's
    ['&ldquo;芯片长城&rdquo;&nbsp;对比', false, '“芯片长城” 对比'],
    ['第一段<br/>第二段</p>', false, '第一段 第二段'],
    ['半個天津人了?!?/p>', false, '半個天津人了?!?'],
    ['零\u200b宽\u200d字符', false, '零宽字符'],
    ['0 }0 I& S  E6 s* i# b  ~) Q特斯拉是大屏的先驱& \\7 ^3 d7 M( R', false, '特斯拉是大屏的先驱'],
    ['! z5 k; |0 F* i* A2 H+ [3 eAudi A8横竖通吃', false, 'Audi A8横竖通吃'],
    ['美国时间 7 月 22 日凌晨 4:20，由 xAI', false, '美国时间 7 月 22 日凌晨 4:20，由 xAI'], // spaced digits are not filler
    ['公式 x + y = z 成立', false, '公式 x + y = z 成立'],
    ['事情大概就是這個樣子。 [1] ', false, '事情大概就是這個樣子。'],
    ['参考文献[1]。', false, '参考文献[1]。'], // a citation inside the sentence stays
  ])('%s', (raw, pinyin, expected) => {
    expect(repairLine(raw, { pinyin }).text).toBe(expected);
  });

  it('counts converter pinyin per document and decodes numeric entities', () => {
    expect(countPinyinGroups('長(zhǎng)江日報(bào)記者(zhě)')).toBe(3);
    expect(decodeEntities('&#8220;你好&#x201d; &unknown;')).toBe('“你好” &unknown;');
  });

  it.each([
    ['知識分子?!笆吣辍保沁@段濃縮', true],
    ['新聞?wù)鎸嵭浴', true],
    ['锟斤拷锟斤拷', true],
    ['这是正常的一句话。', false],
    ['Q: Jinkey, 可以概括一下小程序吗?', false],
  ])('looksLikeMojibake(%s) = %s', (text, expected) => expect(looksLikeMojibake(text)).toBe(expected));
});

describe('chrome rules', () => {
  it.each([
    ['超天才网©2017 www.supergenius.cn All Rights Reserved ICP备09005826号', 'footer'],
    ['版權聲明：本文由作者授權刊登', 'footer'],
    ['当前位置：首页 > 新闻 > 正文', 'breadcrumb'],
    ['本頁位置：首頁 > 新聞', 'breadcrumb'],
    ['中国教育在线> 高等继续教育> 学术交流> 分类评价 > 正文', 'breadcrumb'],
    ['首页 百科知识 欧美业界关于新闻报道品质的异见', 'breadcrumb'],
    ['首页 | 新闻 | 文化 | 科技 | 视频', 'nav'],
    ['首页 | 关于我们这个非常长的栏目名称在这里 | 联系 | 帮助', 'nav'], // one long cell
    ['年级: 全部 一年级 二年级 三年级 四年级 五年级', 'nav'],
    ['字体：大 中 小', 'widget'],
    ['打印 上一主题 下一主题', 'widget'],
    ['分享到微信 分享到微博', 'widget'],
    ['发表于 2022-9-21 00:46:47 | 只看该作者 |只看大图', 'forum'],
    ['楼主| 发表于 2017-12-25 11:00:11 | 显示全部楼层', 'forum'],
    ['（语文网 本文阅读:次）', 'views'],
    ['查看: 8901|回复: 67', 'views'],
    ['公众号：倒退集（ID:daotuiji）', 'promo'],
    ['點擊上方藍色字體，選擇“設為星標”', 'promo'],
    ['【免费下载链接】fonts-wqy-microhei', 'promo'],
    ['关键词：高校分类评价；指标设计', 'metadata'],
    ['【DOI】 10.13786/j.cnki.cn14-1066/g2.2021.4.012', 'metadata'],
    ['#川震10年#中國大陸', 'metadata'],
    ['原标题：马斯克梭哈', 'metadata'],
    ['未经许可不得转载', 'footer'],
    ['扫描二维码关注我们', 'promo'],
    ['举报/反馈', 'widget'],
    ['广州某某元件有限公司欢迎您！', 'promo'],
    ['链接：https://mp.weixin.qq.com/s/2TJPDIhqokhvhHQ7UqoTJQ', 'link'],
    ['10008.jpg (160.33 KB, 下载次数: 6)', 'caption'],
    ['[福建理工大学]', 'metadata'],
    ['应用型高校;公用房管理;治理能力现代化;优化配置', 'metadata'],
    ['https://v.qq.com/txp/iframe/player.html', 'link'],
    ['图片来源网络，侵删', 'caption'],
    ['图：读者在新馆二楼阅览区', 'caption'],
    ['11月23日晚，导演贾樟柯对话艺术家陈丹青，回顾十年电影历程。新华社发', 'caption'],
    ['參觀中華大熊貓苑。攝：Imagine China', 'caption'],
    ['偷偷摘套内射激情视频，久久精品99国产国产精，中文字幕无线乱码人妻', 'spam'],
  ])('%s → %s', (line, kind) => expect(classifyChrome(normalizeLine(line))?.kind).toBe(kind));

  it.each([
    '一、关注公共事务',
    '（一）高校分类评价改革之肇始',
    '资本如嫖客，各个平台已经瓜分掉了线上流量。在快递包裹上印上自己的二维码关注公众号形成二次寄出快递的粘性，Pokemon Go 让用户捕获小精灵。',
    '我热爱摄影',
    '苹果很甜；香蕉很软。',
    '（自带组件、事件、硬件能力、微信能力）',
    '微分享回放 | 提高系统开发效率的“银弹”',
    '图书馆重新开放',
  ])('%s is not chrome', (line) => expect(classifyChrome(normalizeLine(line))).toBeNull());

  it('finds a caption glued to the start of a paragraph, and not in an ordinary sentence', () => {
    expect(
      leadingCaption('这是天津大学北洋园校区一景。天津大学供图天津大学卫津路校区内，阳光透过铭德道上那排海棠枝叶。'),
    ).toBe('这是天津大学北洋园校区一景。天津大学供图');
    expect(leadingCaption('他说这是天津大学最好的风景。我们都同意，阳光透过铭德道上那排海棠枝叶。')).toBeNull();
  });
});

describe('credit rules', () => {
  it.each([
    ['作者|孙鹏越', { author: '孙鹏越' }],
    ['编辑|大 风', { editor: '大风' }],
    ['作者丨张三', { author: '张三' }],
    ['責任編輯：李四', { editor: '李四' }],
    ['來源：中央社', { source: '中央社' }],
    ['作者:壹叔,作者授权早读课转载。', { author: '壹叔' }],
    ['来源:人人都是产品经理(ID:woshipm)', { source: '人人都是产品经理' }],
    ['来源:9月30日《新华每日电讯》', { source: '新华每日电讯' }],
    [
      '作者:新华每日电讯记者邵香云 白佳丽 张建新 宋 瑞',
      { author: '邵香云 白佳丽 张建新 宋瑞', source: '新华每日电讯' },
    ],
    ['通讯员:胡海岩来源:北京理工大学 阅读:发布时间:2012-08-18审稿:', { author: '胡海岩', source: '北京理工大学' }],
    ['2024-05-01 来源：新华社  责任编辑：王五', { source: '新华社', editor: '王五' }],
    ['端傳媒記者 吳婧 陳倩兒 發自香港、成都', { author: '吳婧 陳倩兒', source: '端傳媒' }],
    ['记者 张三 李四', { author: '张三 李四' }],
    ['■ 袁野', { author: '袁野' }],
    ['本帖最后由 晨枫 于 2022-9-20 15:18 编辑', { author: '晨枫' }],
    ['编辑之友 2021年4期', { source: '编辑之友' }],
    ['出  处:《中国记者》1991年第12期38-39,共2页', { source: '中国记者' }],
    ['【责任编辑：王五】', { editor: '王五' }],
    ['责任编辑：刘洋 (EN023)', { editor: '刘洋' }],
    ['文丨张三 图丨李四', { author: '张三' }],
    ['記者王小明／台北報導', { author: '王小明' }],
    ['本文转载自公众号“某某科技”，已获授权。', { source: '某某科技' }],
    ['2024年05月01日 10:20 来源：人民网-人民日报', { source: '人民网-人民日报' }],
    ['作者:张博令 《新华每日电讯》短视频主理人,新华社十佳编辑', { author: '张博令' }],
    ['作者：小编    发布时间：2024-07-10 03:08:36', {}], // a placeholder is not a name
  ])('%s', (line, fields) => {
    const c = parseCreditLine(line);
    expect(c?.kind).toBe('credit');
    expect(c?.fields).toEqual(fields);
  });

  it.each([
    ['时间:2022-08-26 百科知识 版权反馈', 'date'],
    ['刊登於 2018-05-13', 'date'],
    ['2021-07-29张秀丽韩立新', 'date'],
    ['来源：网络', 'caption'],
  ])('%s → %s', (line, kind) => expect(parseCreditLine(line)?.kind).toBe(kind));

  it.each([
    '编辑是一种需要耐心的职业，来源于生活。',
    '关键词：通讯 写作',
    '他是本报记者，来自上海，已经工作了十年，写过许多报道。',
    '文章的来源：无从考证，但流传很广，人人都读过这篇文章里的句子。',
  ])('%s is not a credit line', (line) => expect(parseCreditLine(line)).toBeNull());

  it.each([
    ['朱建華', true],
    ['牛靜 黃彩莉', true],
    ['林海', false], // two characters alone: as often a word (a text's title) as a name
    ['月是故鄉明', false],
    ['概览', false],
  ])('looksLikeNames(%s) = %s', (text, expected) => expect(looksLikeNames(text)).toBe(expected));

  it.each([
    ['作    者', 'author'],
    ['出    處', 'source'],
    ['关键词:', 'other'],
    ['作品名稱', null],
  ])('labelOnly(%s) = %s', (text, expected) => expect(labelOnly(text)).toBe(expected));
});

describe('structure', () => {
  it.each([
    ['【口述史40】贾樟柯：坚持独立拍电影亦拒绝自我边缘', '贾樟柯：坚持独立拍电影亦拒绝自我边缘'],
    ['[工程技术] 汽车大屏是智商税吗', '汽车大屏是智商税吗'],
    ['《早》课文原文_《早》课文内容_《早》课文朗读', '早'],
    ['但愿人长久课文插图', '但愿人长久'],
    ['马斯克梭哈 xAI，叫板 OpenAI', '马斯克梭哈 xAI，叫板 OpenAI'], // a comma in a real headline stays
  ])('cleanTitle(%s) = %s', (text, expected) => expect(cleanTitle(text)).toBe(expected));

  it('chooses the headline by evidence, not position', () => {
    const lines = [
      { index: 0, text: '课本站' },
      { index: 1, text: '导航', kind: 'widget' },
      { index: 2, text: '新来的校长第一次上课', kind: undefined },
      { index: 3, text: '2024-05-01 来源：新华社', kind: 'credit' },
      { index: 4, text: '这是正文的第一段，足够长，有十五个以上的汉字，并且以句号结尾。' },
    ];
    expect(chooseTitle(lines)?.index).toBe(2);
    // No evidence at all: no title rather than a guess.
    expect(
      chooseTitle([{ index: 0, text: '这是正文的第一段，足够长，有十五个以上的汉字，并且以句号结尾。' }]),
    ).toBeNull();
  });

  it('sorts short lines into headings, list items and fragments', () => {
    const p = '这是一段足够长的正文，有十五个以上的汉字，并且以句号结尾。';
    const roles = classifyLines([
      '概览',
      p,
      '1. 企业注册流程',
      '2. 小程序到底是什么',
      '3. 小程序的入口',
      p,
      '本细则适用于',
      '在大连市行政区域内进行的',
      '智能网联汽车道路测试',
      p,
    ]);
    expect(
      roles.map((r) =>
        r.role === 'heading' ? 'H' : r.list ? 'L' : r.fragment ? 'F' : r.role === 'caption' ? 'C' : 'P',
      ),
    ).toEqual(['H', 'P', 'L', 'L', 'L', 'P', 'F', 'F', 'F', 'P']);
  });
});

describe('decode', () => {
  it('prefers the decoding that reads as Chinese', () => {
    expect(chineseScore('这是一个中文句子，我们都看得懂。')).toBeGreaterThan(0.3);
    expect(chineseScore('斕疑扂蠅')).toBeLessThan(0.1);
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xbd, 0xa0, 0x0d, 0x0a]));
    expect(r).toEqual({ ok: true, text: '你\n', encoding: 'UTF-8' });
  });
});

describe('normalizeLine: spaces between Han characters', () => {
  it.each([
    ['记者 张三 李四', '记者 张三 李四'], // names stay apart
    ['追记优秀县委书记廖俊波 不忘初心对党忠诚', '追记优秀县委书记廖俊波 不忘初心对党忠诚'], // a two-part headline
    ['编辑|大 风', '编辑|大风'], // a padded two-character name closes up
    ['张建新 宋 瑞', '张建新 宋瑞'],
    ['高校发展同质 化的问题，一直困扰着', '高校发展同质化的问题，一直困扰着'], // prose: a line-wrap artefact
    ['• 列表的第一项', '• 列表的第一项'], // a bullet is not a name dot
    ['埃隆•马斯克', '埃隆·马斯克'],
  ])('%s → %s', (input, expected) => expect(normalizeLine(input)).toBe(expected));
});
