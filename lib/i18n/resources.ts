/**
 * UI strings in English and Chinese. Keys are typed from the English resource, so a missing or
 * misspelt key fails the type check; the Chinese object must have the same shape.
 */
export const en = {
  site: {
    name: 'Duizhao',
    tagline: 'Read real Chinese with pinyin, a gloss for every word and an aligned English translation.',
    home: 'All articles',
    skip: 'Skip to the article',
  },
  lang: { switchTo: '中文界面', switchLabel: 'Switch the interface to Chinese' },
  index: {
    heading: 'Articles',
    empty: 'No articles yet.',
    characters: '{{count}} characters',
    words: '{{count}} words',
    minutes: '{{count}} min',
  },
  article: {
    byline: 'Author',
    editor: 'Editor',
    source: 'Source',
    translation: 'English translation',
    pending: 'Translation pending',
    draft: 'Draft preview: parts of the translation are still placeholders.',
  },
  toolbar: {
    label: 'Reading settings',
    pinyin: 'Pinyin',
    translation: 'Translation',
  },
  popover: {
    inArticle: 'In this article',
    dictionary: 'Dictionary',
    composed: 'Not in the dictionary as a whole word; read from its parts',
    characters: 'Characters',
    name: 'Name',
    rare: 'Rare character {{codePoint}}, in no dictionary here',
    noEntry: 'No dictionary entry',
    alternatives: 'Other readings',
    hsk: 'HSK {{level}}',
    close: 'Close',
  },
  footer: {
    dictionary: 'Dictionary data: CC-CEDICT, licensed under CC BY-SA 4.0.',
    about: 'Duizhao builds each page at build time; it works offline from any static server.',
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const zh: Shape<typeof en> = {
  site: {
    name: '对照',
    tagline: '读真实的中文文章：词词有拼音、有释义，并附逐段对照的英文翻译。',
    home: '全部文章',
    skip: '跳到正文',
  },
  lang: { switchTo: 'English', switchLabel: '将界面切换为英文' },
  index: {
    heading: '文章',
    empty: '还没有文章。',
    characters: '{{count}} 字',
    words: '{{count}} 词',
    minutes: '{{count}} 分钟',
  },
  article: {
    byline: '作者',
    editor: '编辑',
    source: '来源',
    translation: '英文翻译',
    pending: '翻译待补',
    draft: '草稿预览：部分翻译仍是占位符。',
  },
  toolbar: {
    label: '阅读设置',
    pinyin: '拼音',
    translation: '翻译',
  },
  popover: {
    inArticle: '本文释义',
    dictionary: '词典',
    composed: '词典未收此词，按组成部分释义',
    characters: '单字',
    name: '专名',
    rare: '生僻字 {{codePoint}}，词典未收',
    noEntry: '词典无此条',
    alternatives: '其他读音',
    hsk: 'HSK {{level}} 级',
    close: '关闭',
  },
  footer: {
    dictionary: '词典数据：CC-CEDICT，采用 CC BY-SA 4.0 许可。',
    about: '对照在构建时生成每个页面，可由任何静态服务器离线提供。',
  },
};

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

export const LANGUAGES = ['en', 'zh'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';
