/**
 * Page chrome: lines that belong to the web page around the article, never to the article. Each
 * rule says what the line is taken for, so the report can tell the author (a footer is not a
 * caption). Rules are tried in order; the first that matches wins. They look at one normalised
 * line (full-width punctuation, see lib/text/normalize) and must hold for the web's general shapes,
 * not for one site.
 */
import { codePointLength, countHan } from '../../text/chars';

export type ChromeKind =
  | 'footer'
  | 'nav'
  | 'breadcrumb'
  | 'widget'
  | 'forum'
  | 'views'
  | 'promo'
  | 'spam'
  | 'metadata'
  | 'link'
  | 'caption'
  | 'artefact';

export type ChromeRule = { kind: ChromeKind; note: string; test: (line: string) => boolean };

const words = (list: string): Set<string> => new Set(list.split(' '));

/** Widgets, buttons and labels a page shows around the text; matched as the whole line. */
const WIDGET_WORDS = words(
  '匿名 分享 分享到 收藏 点赞 评论 举报 返回顶部 打印 关闭 相关阅读 热门推荐 推荐阅读 延伸阅读 相关文章 相关推荐 ' +
    '推薦文章 推荐文章 热门文章 熱門搜尋 热门搜索 熱門文章 APP下载 下载APP 下載APP Loading loading 加载中 載入中 导航 導航 ' +
    '複製鏈接 复制链接 [复制链接] [複製鏈接] 鎖定 锁定 暂无图片 暫無圖片 在线阅读下载全文 查看原文 阅读原文 閱讀原文 其他 ' +
    '上一篇 下一篇 上一页 下一页 返回列表 返回首页 收藏本站 设为首页 設為首頁 设为首页收藏本站 找回密码 注册 立即注册 登录 登錄 ' +
    'QQ登录 微信登录 实名注册 實名註冊 搜索 搜尋 扫一扫 掃一掃 二维码 二維碼 打赏 赞赏 讚賞 展开全文 展開全文 收起 全文 点击查看 相关的主题 ' +
    '相关的作者对象 相关的机构对象 正在载入数据... 正在加载... 加载更多 查看更多 更多 举报/反馈 舉報/反饋 登录后可评论 發表評論 发表评论 ' +
    '我要评论 写评论 【纠错】 纠错 打印本文 关闭本页 返回搜狐，查看更多',
);

/** Share, print and font-size toolbars, however they are glued together. */
const TOOLBAR =
  /^[【\[]?(?:\*?(?:视频时长|視頻時長).{0,30}(?:观看|觀看)\*?|(?:字[体號号]|字體)[：:]?\s*[大中小](?:\s*[大中小]){1,2}|打印本[页頁]|关闭窗口|關閉窗口|分享到[：:]?.{0,30}|收藏本[页頁]|[上下]一[主题篇章]{2}(?:\s+[上下]一[主题篇章]{2})?|打印\s+上一主题\s+下一主题|请复制以下链接发送给好友|請複製以下鏈接發送給好友|只需一步[，,]快速开始|只需一步[，,]快速開始)[】\]]?$/u;

/** Copyright, ICP licences, 版权声明 / 版權聲明, disclaimers. */
const FOOTER =
  /©|\(c\)\s*\d{4}|copyright|all rights reserved|版权所有|版權所有|ICP备|ICP證|ICP证|公网安备|公網安備|网安备|^(?:免责声明|免責聲明|声明|聲明|版权声明|版權聲明|版权说明|特别声明|特別聲明)[：:]|未经(?:授权|许可)[，,]?(?:禁止|不得|严禁)转载|未經(?:授權|許可)[，,]?(?:禁止|不得|嚴禁)轉載|^本文(?:版权|版權)归/iu;

/** Breadcrumbs: "当前位置：首页 > 新闻", "首页 > …", "A> B> C > 正文". */
const BREADCRUMB =
  /^(?:(?:当前位置|您的位置|你的位置|所在位置|本[页頁]位置|目前位置|現在位置|位置)[：:]|(?:首页|首頁|主页|主頁|网站首页|Home)\s*[>›»/]|(?:首页|首頁)\s+\S{2,8}\s+\S)|^[^，。！？]{1,16}\s*[>›»](?:[^>›»]{1,40}[>›»]){1,}[^>›»]*$/iu;

/** View counts and reading statistics. */
const VIEWS =
  /^[（(]?.{0,8}?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣|阅读量|閱讀量|浏览量|点击数|點擊數|查看)(?:次数|次數|量|数)?\s*[：:]?\s*\d*\s*[次人]?[)）]?(?:\s*[|｜]\s*(?:回复|回覆|评论|評論)\s*[：:]?\s*\d+)?$/u;

/** Forum chrome: post headers, floor numbers, Discuz buttons. */
const FORUM =
  /^(?:楼主|樓主|沙发|沙發|板凳|地板|\d{1,5}#|\d{1,5}楼|\d{1,5}樓)$|发表于\s*\d|發表於\s*\d|只看该作者|只看該作者|显示全部楼层|顯示全部樓層|倒序浏览|阅读模式|跳转到指定楼层|跳轉到指定樓層|该用户从未签到|該用戶從未簽到|回帖奖励|^(?:楼主|樓主)[：:]\s*\S{1,16}$|^热搜[：:]|^熱搜[：:]/u;

/** Follow-us and subscription promos, download links, "全文约 N 字" notes. */
const PROMO =
  /点击上方|扫描二维码|掃描二維碼|點擊上方|点击右侧关注|點擊右側關注|点击关注|點擊關注|关注公众号|關注公眾號|长按识别|長按識別|扫码关注|掃碼關注|^(?:公众号|公眾號|微信公众号|微信號|微信号)[：:]|共同关注[！!]?$|共同關注[！!]?$|^【免费下载链接】|^【免費下載鏈接】|^全文约\s*\d+\s*字|^全文約\s*\d+\s*字|^本文由作者授权发布|^本文由作者授權發布|^欢迎来到.{1,20}[！!]$|^歡迎來到.{1,20}[！!]$|^.{2,24}(?:欢迎您|歡迎您)[！!]?$/u;

/** Spam headlines injected into hacked pages. */
const SPAM_WORDS =
  /内射|激情视频|人妻|无码|無碼|久久精品|性爽|国产精|乱码|亂碼|成人视频|成人影片|色情|黄色网站|一本道|午夜福利/gu;

/** Bibliographic metadata of papers: keywords, classification numbers, DOI, tags. */
const METADATA =
  /^[【\[]?(?:关\s*键\s*词|關\s*鍵\s*詞|关键字|關鍵字|keywords?|中图分类号|中圖分類號|分\s*类\s*号|分\s*類\s*號|文献标识码|文獻標識碼|文章编号|文章編號|DOI|标签|標籤|Tags?|原标题|原標題)[】\]]?\s*[：:]?/iu;

const LINK =
  /^\S{0,2}(?:(?:链接|鏈接|原文链接|原文鏈接|原文地址|网址|網址|项目地址|項目地址)\s*[：:]\s*)?(?:https?:\/\/|www\.)\S+$/iu;

/** Forum attachments and bare image file names: 10008.jpg (160.33 KB, 下载次数: 6). */
const ATTACHMENT =
  /^\S{1,60}\.(?:jpe?g|png|gif|webp|bmp)(?:\s*[（(][^）)]*(?:KB|MB|下载次数|下載次數)[^）)]*[）)])?$/iu;

/** Box-drawing diagrams flattened into one line. */
const BOX_DRAWING = /[\u2500-\u257f]{6,}/u;

/** "来源：网络" and its kin credit a picture, not the article. */
export const IMAGE_SOURCES = new Set([
  '网络',
  '网络图片',
  '互联网',
  '網絡',
  '網路',
  '视觉中国',
  '視覺中國',
  '摄图网',
  '图虫创意',
  'unsplash',
  'pexels',
]);
const IMAGE_CREDIT =
  /^(?:图片来源|圖片來源|图片|圖片|图源|圖源|配图|配圖|题图|題圖|头图|頭圖|摄影|攝影|供图|供圖)[：:|｜丨]|图片来源(?:于)?网络|圖片來源(?:於)?網絡|侵删$|侵刪$/u;

/** Picture captions: a picture marker in front, or a photo credit at the end. */
const CAPTION_START =
  /^(?:图[：:\d一二三四五六七八九十]|圖[：:\d一二三四五六七八九十]|图为|圖為|▲|△|▼|↑|[上下][图圖][：:为為中])/u;
const PHOTO_CREDIT_END =
  /(?:[（(]\s*\S{0,12}\s*(?:摄|攝)(?:影)?\s*[)）]|(?:^|[\s。！？])(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*\S{2,8}\s*(?:摄|攝)|[\s。！？]\S{2,4}\s*(?:摄|攝)|(?:摄|攝)[：:]\s*[\p{L}\s]{1,30}|供图|供圖|新华社发|新華社發|资料图|資料圖|图片来源[：:]\S{1,20}|圖片來源[：:]\S{1,20}|视觉中国|視覺中國)$/iu;

/** A line of cells (nav bar): several short cells split by | 丨 • or wide spaces, none a sentence. */
function isNavRow(line: string): boolean {
  if (/[。！？]/u.test(line)) return false;
  const bar = line.split(/\s*[|｜丨•]\s*/u).filter((c) => c !== '');
  if (bar.length >= 3) {
    const long = bar.filter((c) => codePointLength(c) > 10).length;
    return long <= 1 && bar.every((c) => codePointLength(c) <= 30 && !/[，；]/u.test(c));
  }
  // "年级: 全部 一年级 二年级 …": a label and many one-word cells.
  const labelled = /^\S{1,6}[：:]\s*/u.test(line);
  const spaced = line.replace(/^\S{1,6}[：:]\s*/u, '').split(/\s+/u);
  if (spaced.length >= (labelled ? 4 : 6) && spaced.every((c) => codePointLength(c) <= 8)) return true;
  return /^(?:关于我们|關於我們|联系我们|聯繫我們|网站地图|網站地圖|客户服务|客戶服務|加入我们|加入我們|广告服务|廣告服務|法律声明|隐私政策)(?:\s+\S{2,6}){1,6}$/u.test(
    line,
  );
}

const isSpam = (line: string): boolean => (line.match(SPAM_WORDS)?.length ?? 0) >= 2;

/** The rules, in the order they are tried. */
export const CHROME_RULES: readonly ChromeRule[] = [
  { kind: 'spam', note: 'spam injected into the page', test: isSpam },
  { kind: 'footer', note: 'copyright, licence or disclaimer line', test: (l) => FOOTER.test(l) },
  {
    kind: 'breadcrumb',
    note: 'where the page sits on the site',
    test: (l) => BREADCRUMB.test(l) && !/[。！？]$/u.test(l),
  },
  { kind: 'forum', note: 'forum post header or button', test: (l) => FORUM.test(l) && codePointLength(l) <= 120 },
  { kind: 'views', note: 'view or reply count', test: (l) => VIEWS.test(l) && codePointLength(l) <= 40 },
  { kind: 'widget', note: 'button, toolbar or page label', test: (l) => WIDGET_WORDS.has(l) || TOOLBAR.test(l) },
  {
    kind: 'widget',
    note: 'reference list placeholder',
    test: (l) => /^(?:二级)?(?:参考|引证|耦合|同被引|相关期刊|相關期刊)文献[：:]?$/u.test(l),
  },
  { kind: 'widget', note: 'counter row', test: (l) => /^\d+(?:\s+\d+){3,}$/u.test(l) },
  {
    kind: 'promo',
    note: 'promotion or follow-us line',
    test: (l) =>
      // A follow-us line is one sentence at most; prose that mentions 关注公众号 is the article.
      (PROMO.test(l) && codePointLength(l) <= 80 && (l.match(/[。？]/gu)?.length ?? 0) <= 1) ||
      (/^【(?:免费下载链接|免費下載鏈接|推荐阅读|推薦閱讀|广告|廣告)】/u.test(l) && codePointLength(l) <= 300),
  },
  { kind: 'metadata', note: 'keywords, classification or DOI', test: (l) => METADATA.test(l) },
  { kind: 'nav', note: 'row of links', test: isNavRow },
  {
    kind: 'metadata',
    note: 'bracketed label (edition, affiliation, category)',
    test: (l) =>
      /^[\[【(（][^\]】)）]{2,30}[\]】)）]$/u.test(l) &&
      !/[、，。；]/u.test(l) &&
      !/^[(（][一二三四五六七八九十\d]{1,3}[)）]$/u.test(l),
  },
  {
    kind: 'metadata',
    note: 'tags',
    test: (l) => /^(?:#[^#\s]{1,20}){2,}#?$|^(?:#[^#\s]{1,20}#\s*)+$/u.test(l),
  },
  {
    kind: 'metadata',
    note: 'keyword list without its label',
    test: (l) => /^[^，。！？；;]{2,12}(?:[；;][^，。！？；;]{2,12}){2,7}[；;]?$/u.test(l) && codePointLength(l) <= 80,
  },
  { kind: 'link', note: 'bare link', test: (l) => LINK.test(l) },
  { kind: 'caption', note: 'image file or attachment', test: (l) => ATTACHMENT.test(l) },
  { kind: 'caption', note: 'picture credit', test: (l) => IMAGE_CREDIT.test(l) && codePointLength(l) <= 40 },
  { kind: 'caption', note: 'picture caption', test: (l) => CAPTION_START.test(l) && codePointLength(l) <= 80 },
  {
    kind: 'caption',
    note: 'picture caption with its credit',
    test: (l) => PHOTO_CREDIT_END.test(l) && codePointLength(l) <= 200 && countHan(l) >= 2,
  },
  { kind: 'artefact', note: 'diagram drawn with box characters', test: (l) => BOX_DRAWING.test(l) },
];

/** The first chrome rule a line matches, or null when it may be article text. */
export function classifyChrome(line: string): ChromeRule | null {
  return CHROME_RULES.find((r) => r.test(line)) ?? null;
}

/**
 * A caption glued to the start of a paragraph by the scraper (这是校园一景。天津大学供图天津大学…):
 * one sentence ending in a photo credit, then the paragraph. Returns the caption, or null.
 */
export function leadingCaption(line: string): string | null {
  const m = /^([^。！？]{4,60}[。！？]?\s*[^。！？，\s]{0,12}(?:供图|供圖|摄|攝|新华社发|新華社發))(?=\S)/u.exec(line);
  if (!m?.[1]) return null;
  const rest = line.slice(m[1].length);
  return countHan(rest) >= 10 ? m[1] : null;
}

/** An inline image credit inside a paragraph: （图片来源网络，侵删）. */
export const INLINE_IMAGE_CREDIT =
  /[（(]?(?:图片来源(?:于)?网络|圖片來源(?:於)?網絡)[，,]?(?:侵删|侵刪|如有侵权请联系删除)?[)）]?/gu;
