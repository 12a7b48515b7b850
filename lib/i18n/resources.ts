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
    settings: 'Settings',
    settingsLabel: 'More reading settings',
    spokenNote: 'Spoken tones: a syllable said differently from how it is written is underlined with dots.',
    storageFailed: 'This browser is not letting Duizhao save your settings, so they will last only for this visit.',
    dismiss: 'OK',
    showEnglish: 'Show English',
    hideEnglish: 'Hide English',
  },
  settings: {
    pinyin: {
      label: 'Pinyin over',
      all: 'Every word',
      off: 'No word',
      unknown: 'Words not marked known',
      hsk: 'Words above an HSK level',
    },
    level: {
      label: 'HSK level',
      1: 'Above HSK 1',
      2: 'Above HSK 2',
      3: 'Above HSK 3',
      4: 'Above HSK 4',
      5: 'Above HSK 5',
      6: 'Above HSK 6',
    },
    tones: { label: 'Tone style', marks: 'Marks (mǎ)', numbers: 'Numbers (ma3)', zhuyin: 'Zhuyin (ㄇㄚˇ)' },
    colors: { label: 'Tone colours', off: 'Off', pleco: 'Pleco', zhongwen: 'Zhongwen', hanping: 'Hanping' },
    spoken: { label: 'Tones shown', off: 'As written', on: 'As spoken' },
    layout: {
      label: 'English',
      interleaved: 'Under each paragraph',
      side: 'Side by side',
      zh: 'Hidden (Chinese only)',
      reveal: 'On demand',
    },
    script: { label: 'Characters', simplified: 'Simplified', traditional: 'Traditional' },
    size: { label: 'Text size', 85: 'Small', 100: 'Medium', 115: 'Large', 130: 'Larger', 150: 'Largest' },
    theme: { label: 'Theme', system: 'As the system', light: 'Light', dark: 'Dark' },
    spacing: { label: 'Line spacing', compact: 'Compact', normal: 'Normal', loose: 'Loose' },
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
    label: 'Word details',
    written: 'Written',
    spoken: 'Said',
    uncertain: 'The reading here was not certain; other possible readings:',
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
    settings: '设置',
    settingsLabel: '更多阅读设置',
    spokenNote: '口语声调：实际读音与书面声调不同的音节下方标有点线。',
    storageFailed: '此浏览器不允许对照保存你的设置，设置只在本次浏览中有效。',
    dismiss: '知道了',
    showEnglish: '显示英文',
    hideEnglish: '隐藏英文',
  },
  settings: {
    pinyin: {
      label: '拼音标注',
      all: '所有词',
      off: '不标',
      unknown: '未标为已掌握的词',
      hsk: '高于某一 HSK 级别的词',
    },
    level: {
      label: 'HSK 级别',
      1: '高于 HSK 1 级',
      2: '高于 HSK 2 级',
      3: '高于 HSK 3 级',
      4: '高于 HSK 4 级',
      5: '高于 HSK 5 级',
      6: '高于 HSK 6 级',
    },
    tones: { label: '声调写法', marks: '调号（mǎ）', numbers: '数字（ma3）', zhuyin: '注音（ㄇㄚˇ）' },
    colors: { label: '声调颜色', off: '不着色', pleco: 'Pleco', zhongwen: 'Zhongwen', hanping: 'Hanping' },
    spoken: { label: '声调显示', off: '按书面', on: '按口语' },
    layout: {
      label: '英文',
      interleaved: '逐段附在下方',
      side: '左右对照',
      zh: '隐藏（只看中文）',
      reveal: '按需显示',
    },
    script: { label: '字形', simplified: '简体', traditional: '繁体' },
    size: { label: '字号', 85: '小', 100: '中', 115: '大', 130: '较大', 150: '特大' },
    theme: { label: '主题', system: '跟随系统', light: '浅色', dark: '深色' },
    spacing: { label: '行距', compact: '紧凑', normal: '标准', loose: '宽松' },
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
    label: '词语详情',
    written: '书面',
    spoken: '口语',
    uncertain: '此处读音不完全确定，其他可能的读音：',
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
