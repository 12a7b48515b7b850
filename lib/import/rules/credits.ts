/**
 * Credits: who wrote, edited and published the article, read from the lines a page prints around
 * it. The web writes them many ways: `作者|X`, `作者丨X`, `責任編輯：X`, several on one line
 * (`通讯员:胡海岩来源:北京理工大学 阅读:发布时间:2012-08-18`), bylines without a colon
 * (`端傳媒記者 吳婧 陳倩兒 發自香港`, `■ 袁野`, `记者 张三 李四`), a label on one line and its value
 * on the next (infoboxes), a forum's `本帖最后由 X 于 … 编辑`. A value stops at the next label, a
 * date, a wide space, a bar or (for a name) a comma: `作者：壹叔，作者授权早读课转载` gives 壹叔.
 *
 * Works on the repaired raw line (spacing intact, so a wide space still ends a value); values are
 * normalised on the way out.
 */
import { countHan } from '../../text/chars';
import { normalizeLine } from '../../text/normalize';
import { IMAGE_SOURCES } from './chrome';

export type CreditField = 'author' | 'editor' | 'source';
export type Credits = Partial<Record<CreditField, string>>;

/** What a credit line was read as: header fields, a date line, or a view count. */
export type CreditLine = { kind: 'credit' | 'date' | 'views' | 'caption'; fields: Credits; note: string };

const FIELD_LABELS: Record<CreditField, string[]> = {
  author: [
    '作者',
    '作\\s+者',
    '撰文',
    '撰稿人',
    '撰稿',
    '本报记者',
    '本報記者',
    '记者',
    '記者',
    '通讯员',
    '通訊員',
    '文字',
    '口述',
    '执笔',
    '執筆',
  ],
  editor: [
    '责任编辑',
    '責任編輯',
    '责编',
    '責編',
    '本文编辑',
    '文字编辑',
    '编辑',
    '編輯',
    '编\\s+辑',
    '編\\s+輯',
    '主编',
    '主編',
  ],
  source: [
    '文章来源',
    '文章來源',
    '本文来源',
    '本文來源',
    '原文来源',
    '信息来源',
    '来源',
    '來源',
    '来\\s+源',
    '來\\s+源',
    '出处',
    '出處',
    '出\\s+[处處]',
    '稿源',
    '转载自',
    '轉載自',
    '原载',
    '原載',
  ],
};

/** Labels whose value is not a header field: dates, counts, reviewers, picture credits. */
const OTHER_LABELS = [
  '发布时间',
  '發佈時間',
  '發布時間',
  '发表时间',
  '發表時間',
  '更新时间',
  '更新時間',
  '发布日期',
  '發布日期',
  '时间',
  '時間',
  '日期',
  '阅读量',
  '閱讀量',
  '阅读',
  '閱讀',
  '浏览',
  '瀏覽',
  '点击数',
  '點擊數',
  '点击',
  '點擊',
  '审核',
  '審核',
  '审稿',
  '審稿',
  '初审',
  '复审',
  '终审',
  '校对',
  '校對',
  '图片来源',
  '圖片來源',
  '图片',
  '圖片',
  '图源',
  '圖源',
  '摄影',
  '攝影',
  '供图',
  '供圖',
  '配图',
  '字数',
  '發佈者',
  '发布者',
  '发布人',
  '發布人',
  '签发',
  '美编',
  '排版',
  '文档序号',
  '文檔序號',
  '编号',
  '編號',
  '刊登於',
  '刊登于',
  '关键词',
  '關鍵詞',
  '图',
  '圖',
];
const PICTURE_LABELS = new Set([
  '图',
  '圖',
  '图片来源',
  '圖片來源',
  '图片',
  '圖片',
  '图源',
  '圖源',
  '摄影',
  '攝影',
  '供图',
  '供圖',
  '配图',
]);
const VIEW_LABELS = new Set(['阅读量', '閱讀量', '阅读', '閱讀', '浏览', '瀏覽', '点击数', '點擊數', '点击', '點擊']);

type Label = { field: CreditField | 'other'; source: string };
const LABELS: Label[] = [
  ...(Object.entries(FIELD_LABELS) as [CreditField, string[]][]).flatMap(([field, list]) =>
    list.map((source) => ({ field, source })),
  ),
  ...OTHER_LABELS.map((source) => ({ field: 'other' as const, source })),
].sort((a, b) => b.source.length - a.source.length);

const SEPARATOR = '\\s*[：:丨|｜/／]\\s*';
/** A label followed by its separator; 文 alone counts only at the start of a line (文｜X). */
const LABEL_RE = new RegExp(`(?:^文${SEPARATOR}|(${LABELS.map((l) => l.source).join('|')})${SEPARATOR})`, 'gu');
const labelOf = (text: string): Label => {
  const bare = text.replace(/\s+/gu, '');
  return (
    LABELS.find((l) => new RegExp(`^${l.source}$`, 'u').test(bare) || new RegExp(`^${l.source}$`, 'u').test(text)) ?? {
      field: 'author',
      source: '文',
    }
  );
};

/** Placeholders sites print where a name should be. */
const GENERIC_NAMES = new Set([
  '小编',
  '小編',
  '佚名',
  '管理员',
  '管理員',
  'admin',
  '本站',
  '网络',
  '網絡',
  '未知',
  '匿名',
  '网友',
  '網友',
]);

const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/u;
const DATE_START = new RegExp(`^${DATE.source}`, 'u');

/** Common surnames (simplified and traditional forms), for telling a name-only byline from a word. */
const SURNAMES = new Set(
  Array.from(
    '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺居窦',
  ),
);

/**
 * A line of one to five personal names and nothing else (朱建華, 牛靜 黃彩莉): each 2–4 Han
 * characters starting with a common surname. A single two-character token is a word as often as a
 * name (林海 is a text's title), so it never counts alone.
 */
export function looksLikeNames(text: string): boolean {
  const tokens = normalizeLine(text, 'words').split(/\s+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 5) return false;
  if (tokens.length === 1 && Array.from(tokens[0] ?? '').length === 2) return false;
  return tokens.every((t) => {
    const chars = Array.from(t);
    return chars.length >= 2 && chars.length <= 4 && countHan(t) === chars.length && SURNAMES.has(chars[0] ?? '');
  });
}

/** Cleans a value: the normalised text with IDs, leading dates, book-title marks and trailing punctuation off. */
function cleanValue(value: string, field: CreditField): string {
  let v = value
    .replace(/[（(]\s*ID\s*[：:][^）)]*[）)]/giu, '')
    .replace(/^\d{1,2}月\d{1,2}日/u, '')
    .replace(DATE_START, '')
    .trim();
  const book = /^《([^》]+)》/u.exec(v);
  if (book?.[1]) v = book[1];
  if (field !== 'source') {
    // A name list ends where a description starts: 张博令 《新华每日电讯》短视频主理人
    v = v.split(/[，,。；;]/u)[0] ?? '';
    const tokens = v.split(/\s+/u);
    const stop = tokens.findIndex((t) => /[《（(]/u.test(t) || Array.from(t).length > 8);
    const names = stop < 0 ? tokens : tokens.slice(0, Math.max(1, stop));
    v = names.join(' ');
  }
  v = normalizeLine(v, 'words')
    .replace(/\s*[（(][A-Z]{0,4}\d{2,8}[)）]$/u, '') // a staff code: 刘洋 (EN023)
    .replace(/[】\]）)]+$/u, (m) => (v.includes('（') || v.includes('(') ? m : '')) // the bracket around 【责任编辑：X】
    .replace(/[，。；：、,.;:]+$/u, '');
  return v.trim();
}

/** Splits "新华每日电讯记者邵香云 白佳丽" into the outlet and the reporters. */
function splitReporter(value: string): { outlet?: string; names: string } {
  const m = /^(.{2,14}?)(?:记者|記者|通讯员|通訊員|编辑|編輯)\s*(.+)$/u.exec(value);
  if (!m?.[2] || /^(?:本报|本報|本台|本刊|本网|本網)$/u.test(m[1] ?? ''))
    return { names: value.replace(/^(?:本报|本報)?(?:记者|記者)\s*/u, '') };
  return { outlet: m[1], names: m[2] };
}

/** Parses labelled segments; null when the line is not made of credits. */
function parseSegments(raw: string): CreditLine | null {
  const text = raw.trim();
  const matches = [...text.matchAll(LABEL_RE)];
  if (matches.length === 0) return null;
  const first = matches[0] as RegExpMatchArray;
  // Keywords are the page's metadata, not credits (lib/import/rules/chrome takes them).
  if (/^(?:关键词|關鍵詞)/u.test((first[1] ?? '').trim())) return null;
  const before = text.slice(0, first.index ?? 0);
  if (countHan(before.replace(DATE, '')) > 0 || before.replace(DATE, '').trim().length > 2) return null;
  const fields: Credits = {};
  let labelled = false;
  let picture = false;
  let views = false;
  let dated = DATE.test(before);
  let rest = before.replace(DATE, '');
  matches.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    const label = labelOf((m[1] ?? '文').trim());
    let value = text.slice(start, end);
    // A value ends at a wide space, a bar or a date.
    value = value.split(/\s{2,}|\u3000|[|｜丨]/u)[0] ?? '';
    const date = DATE.exec(value);
    if (date) {
      dated = true;
      value = value.slice(0, date.index);
    }
    rest += text
      .slice(start, end)
      .slice(value.length)
      .replace(DATE, '')
      .replace(/[|｜丨]/gu, '');
    if (label.field === 'other') {
      if (PICTURE_LABELS.has(label.source.replace(/\s+/gu, ''))) picture = true;
      if (VIEW_LABELS.has(label.source)) views = true;
      if (/^(?:关键词|關鍵詞)$/u.test(label.source)) rest = '';
      return;
    }
    labelled = true;
    const field: CreditField = label.field;
    if (field === 'author' || field === 'editor') {
      const { outlet, names } = splitReporter(value.trim());
      if (outlet && !fields.source) fields.source = cleanValue(outlet, 'source');
      value = names;
    }
    const clean = cleanValue(value, field);
    if (field !== 'source' && GENERIC_NAMES.has(clean)) return; // 小编, 佚名: the site's placeholder, not a person
    if (field === 'source' && (IMAGE_SOURCES.has(clean.toLowerCase()) || /^https?:|^www\./iu.test(clean))) {
      if (IMAGE_SOURCES.has(clean.toLowerCase())) picture = true;
      return;
    }
    if (clean && !fields[field]) fields[field] = clean;
  });
  // Anything substantial left over means this was a sentence that happens to hold a label.
  if (countHan(rest) > 12) return null;
  if (picture && Object.keys(fields).length === 0) return { kind: 'caption', fields, note: 'picture credit' };
  if (Object.keys(fields).length > 0 || labelled) return { kind: 'credit', fields, note: 'labelled credits' };
  if (views && !dated) return { kind: 'views', fields, note: 'view count' };
  return dated ? { kind: 'date', fields, note: 'date line' } : null;
}

/** Reads a line as credits, or returns null when it is something else. */
export function parseCreditLine(raw: string): CreditLine | null {
  const text = raw.trim();
  const forum = /^本帖最[后後]由\s*(\S+)\s*[于於].*[编編][辑輯]$/u.exec(text);
  if (forum?.[1]) return { kind: 'credit', fields: { author: forum[1] }, note: 'forum post author' };
  const marked = /^[■□◎●◆]\s*(\S.{0,30})$/u.exec(text);
  if (marked?.[1] && looksLikeNamesLoose(marked[1]))
    return { kind: 'credit', fields: { author: normalizeLine(marked[1], 'words') }, note: 'byline' };
  const repost = /^本文(?:转载|轉載)自(?:微信)?(?:公众号|公眾號)?\s*[“「"]?([^”」"，,。]{2,20})[”」"]?[，,。]/u.exec(
    text,
  );
  if (repost?.[1] && Array.from(text).length <= 60)
    return { kind: 'credit', fields: { source: repost[1] }, note: 'reposted from' };
  const taiwanese = /^(\S{0,8}?)(?:記者|记者)\s*(\S{2,4})\s*[／/]\s*\S{2,8}(?:報導|报道)$/u.exec(text);
  if (taiwanese?.[2]) {
    const fields: Credits = { author: taiwanese[2] };
    if (taiwanese[1]) fields.source = taiwanese[1];
    return { kind: 'credit', fields, note: 'byline' };
  }
  const journal = /^(\S{2,14})\s+\d{4}年(?:第)?\d{1,2}期$/u.exec(text);
  if (journal?.[1]) return { kind: 'credit', fields: { source: journal[1] }, note: 'journal and issue' };
  const byline =
    /^(\S{0,12}?)(?:特约记者|特約記者|记者|記者|通讯员|通訊員|编辑|編輯|实习生|實習生)\s+((?:\S{2,4}\s+){0,4}\S{2,4})(?:\s*(?:發自|发自|报道|報道|综合报道)\S*)?$/u.exec(
      text,
    );
  if (byline?.[2] && countHan(byline[2]) >= 2) {
    const fields: Credits = { author: normalizeLine(byline[2], 'words') };
    const outlet = byline[1] ?? '';
    if (outlet && !/^(?:本报|本報|本台|本刊|本网|本網)$/u.test(outlet)) fields.source = outlet;
    return { kind: 'credit', fields, note: 'byline' };
  }
  const segments = parseSegments(text);
  if (segments) return segments;
  if (
    new RegExp(
      `^(?:刊登[於于]|[发發]表[于於]|[发發][布佈][于於]|更新[于於]|时间|時間|日期)\\s*[：:]?\\s*${DATE.source}[^|｜]*$`,
      'u',
    ).test(text)
  ) {
    return { kind: 'date', fields: {}, note: 'date line' };
  }
  const bareDate = new RegExp(`^${DATE.source}(.*)$`, 'u').exec(text);
  if (bareDate && countHan(bareDate[1] ?? '') <= 12 && !/[，。！？]/u.test(bareDate[1] ?? '')) {
    return { kind: 'date', fields: {}, note: 'date line' };
  }
  return null;
}

/** Names after a byline marker (■ 袁野): shorter tokens than looksLikeNames demands are fine here. */
function looksLikeNamesLoose(text: string): boolean {
  const tokens = normalizeLine(text, 'words').split(/\s+/u).filter(Boolean);
  return (
    tokens.length >= 1 &&
    tokens.length <= 5 &&
    tokens.every((t) => countHan(t) === Array.from(t).length && Array.from(t).length <= 4)
  );
}

/** A label standing alone, its value on the next line (infoboxes, 关键词： then the words). */
export function labelOnly(raw: string): CreditField | 'other' | null {
  const text = raw
    .trim()
    .replace(/[：:]$/u, '')
    .trim();
  if (/^(?:本文作者|原文作者)$/u.test(text)) return 'other';
  if (/^(?:链接|鏈接|原文链接|原文鏈接|关\s*键\s*词|關\s*鍵\s*詞|标签|標籤)$/u.test(text)) return 'other';
  const bare = text.replace(/\s+/gu, '');
  const label = LABELS.find(
    (l) => new RegExp(`^${l.source}$`, 'u').test(bare) || new RegExp(`^${l.source}$`, 'u').test(text),
  );
  return label ? label.field : null;
}

/** The source named by a disclaimer: 本文来自锌财经客户端 → 锌财经. */
export function disclaimerSource(text: string): string | null {
  const m =
    /本文(?:来自|來自|转载自|轉載自|来源于?|來源於?)[：:]?\s*(.+?)(?:客户端|客戶端|微信公众号|公众号|公眾號|APP|网站|網站)?[，,。；]/iu.exec(
      text,
    );
  return m?.[1]?.trim() || null;
}
