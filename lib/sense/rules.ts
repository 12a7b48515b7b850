/**
 * Sense rules from the Chinese side of the sentence, for when the English says nothing (a
 * classifier has no English word; a date's 日 is "22" in English): each rule names the
 * context and the sense it selects. One family a rule, all in RULES, tried in order; the first
 * whose context holds and whose sense the word has wins. The context is the sentence's text
 * around the word, the words next to it with their jieba tags (Token.pos), and the English line;
 * the rules are of the language (a measure word after a numeral, a preposition is not "and", a
 * verb with an object has a verb sense), never of one sentence.
 */
import { senseWords } from './english';
import type { SenseRow } from './order';

/** A word next to the one being decided (spaces skipped). */
export type Neighbour = {
  text: string;
  /** Its jieba tag (v, n, p, u, a, q, m …), when the segmenter gave one. */
  pos?: string;
  /** It is a name (lib/sense/names). */
  name?: boolean;
  /** Its senses in the order they compete (for a classifier: what the counted noun means). */
  senses?: readonly string[];
};

export type SenseContext = {
  word: string;
  /** The sentence's text before the word. */
  before: string;
  /** The sentence's text after the word. */
  after: string;
  /** The word's own jieba tag. */
  pos?: string;
  /** The words before it, nearest first (up to two). */
  left?: readonly Neighbour[];
  /** The words after it, nearest first (up to two). */
  right?: readonly Neighbour[];
  /** The sentence's English line (a rule may ask whether it says "will"). */
  english?: string;
};

export type SenseRule = {
  name: string;
  /** The words the rule is about, when it is about some only (checked before `applies`). */
  words?: ReadonlySet<string>;
  /** Does the context call for this rule? */
  applies: (c: SenseContext) => boolean;
  /** The sense it selects: the first row matching the first pattern that any row matches. */
  sense: readonly RegExp[];
  /** Instead of `sense`: the index of the row it selects, or -1. */
  pick?: (rows: readonly SenseRow[], c: SenseContext) => number;
};

const NUMERAL = '[一二三四五六七八九十百千万亿两几半0-9０-９]';
const COUNTER = new RegExp(`^(?:[这那哪每某各另单数]|${NUMERAL})$`, 'u');
/** Demonstratives of the written language that a classifier follows as a word of their own (此轮, 该项, 本届, 首款). */
const DEMONSTRATIVE_WORDS = new Set(['此', '该', '本', '首', '每', '其']);
const ENDS_IN_COUNTER = new RegExp(`(?:[这那哪每某各另单数此该]|${NUMERAL})$`, 'u');
const CLASSIFIER_SENSE = /\bclassifier for\b|^\(classifier used\b|^\(classifier\)/u;
const PUNCTUATION = /^[\p{P}\s]*$/u;
const isVerbTag = (pos?: string) => pos !== undefined && /^v/u.test(pos);
/** Senses glossed as an English verb ("to finance"). */
const VERB_SENSE = /^to /u;
/** Modal verbs CC-CEDICT glosses without "to" ("can", "must"): not a noun sense to be corrected. */
const MODAL = /^(can|could|must|may|might|should|will|would|need|dare)\b/u;
const OBJECT_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'r', 'j', 'vn', 'an']);
/** A sense that starts as a preposition, a note before it allowed: "(of sb or sth) to be (located) at", "(coverb) with; using", "(followed by a noun and adjective) more {adj.} than". */
const PREPOSITION_START =
  /^(\([^)]*\)\s*)?(to be \(located\) )?(at|in|on|from|by|with|towards?|via|through|according to|concerning|regarding|for|using|more \S+ than)\b/u;
/** Senses that say a place relative to another ("inside", "on; above"). */
const PLACE_WORD =
  /^(\(noun suffix\) )?(in|inside|interior|on|above|below|under|within|among|between|outside|behind|in front)\b/u;

/** Senses that read as an English adverb ("exactly", "just (at that time)", "gradually", "not"). */
const ADVERB_SENSE =
  /^(\([^)]*\) )?(just|exactly|only|still|then|too|very|quite|already|again|also|always|never|often|soon|once|even|almost|nearly|merely|not|no|rather|so|more|most|all|both|together|many|much|a lot|at (?:last|first|once|the same time|least|all)|in that case|at once|right away|in person|personally|\w{3,}ly)\b/u;

/** What a verb with an object follows: the clause's start, its subject or an adverb (极具). */
function verbSlot(left: Neighbour | undefined): boolean {
  if (!left || PUNCTUATION.test(left.text)) return true;
  return /^(d|r|n|nr|ns|nt|nz|j)$/u.test(left.pos ?? '');
}
const NOUN_TAGS = new Set(['a', 'n', 'j', 'vn', 'an', 'nz']);
const ONE_NUMERAL = new RegExp(`^${NUMERAL}$`, 'u');
/** The last character before the word, spaces skipped (every NUMERAL is one UTF-16 unit). */
function lastChar(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && /\s/u.test(text[i] as string)) i -= 1;
  return i >= 0 ? (text[i] as string) : '';
}
function firstChar(text: string): string {
  let i = 0;
  while (i < text.length && /\s/u.test(text[i] as string)) i += 1;
  return i < text.length ? (text[i] as string) : '';
}

export const RULES: readonly SenseRule[] = [
  {
    // 这台超级计算机, 一项重要任务, 单笔融资, 此轮融资, 另一重要项: after a numeral or a
    // demonstrative (an adjective may stand between), a measure word. (Not jieba's q tag alone:
    // it tags 镇口, 争辩道 and 叔叔的家 so.)
    name: 'classifier',
    applies: ({ before, left }) =>
      COUNTER.test(lastChar(before)) ||
      DEMONSTRATIVE_WORDS.has(left?.[0]?.text ?? '') ||
      (left?.[0]?.pos === 'a' && ENDS_IN_COUNTER.test(left?.[1]?.text ?? '')),
    sense: [/\bclassifier for\b/u, /^\(classifier used\b/u, /^\(classifier\)/u],
    pick: (rows, c) => classifierFor(rows, c.right?.[0]?.senses ?? []),
  },
  {
    // 7 月 22 日, 二十日: a day of the month.
    name: 'day of the month',
    words: new Set(['日', '号']),
    applies: ({ word, before }) => /^[日号]$/u.test(word) && ONE_NUMERAL.test(lastChar(before)),
    sense: [/day of the month/u, /\bdate\b/u],
  },
  {
    // 约 1738 亿, 大约三成: approximately, before a number.
    name: 'approximately',
    words: new Set(['约', '大约', '约莫']),
    applies: ({ word, after }) => /^(约|大约|约莫)$/u.test(word) && ONE_NUMERAL.test(firstChar(after)),
    sense: [/approximately/u],
  },
  {
    // 被污染, 被他发现: the passive marker, whenever something follows.
    name: 'passive',
    words: new Set(['被']),
    applies: ({ word, after }) => word === '被' && /^\s*\p{Script=Han}/u.test(after),
    sense: [/passive/u],
  },
  {
    // 见过, 读过的: after a verb, 过 marks experience.
    name: 'experienced aspect',
    words: new Set(['过']),
    // Or tagged so by jieba (ug): 说过九个字.
    applies: ({ word, pos, before, after }) =>
      word === '过' &&
      /\p{Script=Han}$/u.test(before) &&
      (pos === 'ug' || /^(?:[的了，。！？、；：\s]|$)/u.test(after)),
    sense: [/experienced action marker/u],
  },
  {
    // 英伟达等合力打造, 特斯拉等知名企业: 等 closing a list is "etc.", not "to wait".
    name: 'end of a list',
    words: new Set(['等', '等等']),
    applies: ({ word, pos, left }) =>
      (word === '等' || word === '等等') && left !== undefined && left.length > 0 && (pos === 'u' || pos === undefined),
    sense: [/\band so on\b|\betc\b/u, /end an enumeration/u],
  },
  {
    // 由 xAI 合力打造: 由 introduces the doer ("by"); 由 10 万块 H100 组成: what a whole is made of ("from").
    name: 'agent or source',
    words: new Set(['由']),
    applies: ({ word, pos }) => word === '由' && (pos === 'p' || pos === undefined),
    sense: [],
    pick: (rows, { after }) => {
      const clause = after.split(/[，。；！？,;]/u)[0] ?? '';
      const want = /组成|构成|组建|组合|制成|做成/u.test(clause) ? /^from$/u : /^by\b/u;
      return rows.findIndex((r) => want.test(r.text));
    },
  },
  {
    // 超级计算中心所需要的资源, 所配备的摄像头: 所 before a verb makes a relative clause.
    name: 'relative 所',
    words: new Set(['所']),
    applies: ({ word, right }) => word === '所' && isVerbTag(right?.[0]?.pos),
    sense: [/relative clause/u],
  },
  {
    // 以支持超级计算中心的发展: 以 before a verb says what for.
    name: 'purpose 以',
    words: new Set(['以']),
    applies: ({ word, right }) => word === '以' && isVerbTag(right?.[0]?.pos),
    sense: [/^in order to\b/u],
  },
  {
    // 这可能会对当地造成巨大的负担 "could place": 会 before a verb, translated with "will", "would",
    // "could" or "may" (and not "can"), is "likely to", not "know how to".
    name: 'future 会',
    words: new Set(['会', '不会']),
    applies: ({ word, right, english }) =>
      (word === '会' || word === '不会') &&
      right !== undefined &&
      right.length > 0 &&
      !PUNCTUATION.test(right[0]?.text ?? '') &&
      /\b(will|would|won[’']t|could|may|might|likely)\b/iu.test(english ?? '') &&
      !/\b(can|able|skill|know how)\b/iu.test(english ?? ''),
    sense: [/likely to/u, /^will not\b/u],
  },
  {
    // 仅用了 10 个月, 仅仅四个月: "only", not "barely".
    name: 'only',
    words: new Set(['仅', '仅仅']),
    applies: ({ word, right }) => (word === '仅' || word === '仅仅') && right !== undefined && right.length > 0,
    sense: [/^only$/u],
  },
  {
    // 孟菲斯市, 田纳西州: after a place name, the administrative unit ("city", not "market").
    name: 'place suffix',
    words: new Set(['市', '省', '州', '县', '区', '镇', '村']),
    applies: ({ word, left }) =>
      /^[市省州县区镇村]$/u.test(word) && (left?.[0]?.name === true || left?.[0]?.pos === 'ns'),
    sense: [/^city$/u, /^(prefecture|state|province|county|district|town|village)\b/u],
  },
  {
    // 过去十年间: after a span of time, 间 is "within" it.
    name: 'within a time',
    words: new Set(['间']),
    applies: ({ word, left }) => word === '间' && /[年月天日周]$/u.test(left?.[0]?.text ?? ''),
    sense: [/within a definite time/u],
  },
  {
    // 一起建设集群, 和妈妈一起在田里: "together", unless a noun follows (一起事故 "a case of").
    name: 'together',
    words: new Set(['一起', '一同']),
    applies: ({ word, right }) => (word === '一起' || word === '一同') && !/^n/u.test(right?.[0]?.pos ?? ''), // 一起案件 "a case of" takes a noun
    sense: [/^together\b/u],
  },
  {
    // 在世界首富光环加持下: 在 … 下 frames the circumstances, "under" (CC-CEDICT's nearest: "below"), not "down".
    name: 'under 在…下',
    words: new Set(['下']),
    applies: ({ word, before, right }) =>
      word === '下' &&
      /在[^，。；！？,;]*\p{Script=Han}$/u.test(before) &&
      (right === undefined || right.length === 0 || PUNCTUATION.test(right[0]?.text ?? '') || right[0]?.text === '的'),
    sense: [/^below$/u, /^under\b/u],
  },
  {
    // 刚刚才满一岁, 满三年: before an amount, 满 is "full" (a full year), not "to fill".
    name: 'full amount',
    words: new Set(['满']),
    applies: ({ word, after }) => word === '满' && ONE_NUMERAL.test(firstChar(after)),
    sense: [/^full$/u],
  },
  {
    // 除了文本功能外，Grok 现在还可以处理…: after 除了 …, 还 adds ("also"), it does not say "still".
    name: 'besides … also',
    words: new Set(['还']),
    applies: ({ word, before }) => word === '还' && /除了/u.test(before),
    sense: [/^also$/u, /^in addition$/u],
  },
  {
    // 从十二岁起: 从 … 起 is "starting from", not "to rise".
    name: 'from … on',
    words: new Set(['起']),
    applies: ({ word, before }) => word === '起' && /从[^，。；！？,;]*\S$/u.test(before),
    sense: [/^starting from\b/u],
  },
  {
    // 便在镇口, 就: the adverb 便 is "then" (CC-CEDICT: "equivalent to 就: then"), not "plain".
    name: 'then 便',
    words: new Set(['便']),
    applies: ({ word, pos }) => word === '便' && pos === 'd',
    sense: [/\bthen$/u, /^in that case$/u],
  },
  {
    // 才踱进店面 "only then", 才一岁 "only": the adverb 才, not "ability".
    name: 'adverb 才',
    words: new Set(['才']),
    applies: ({ word, pos }) => word === '才' && pos === 'd',
    sense: [],
    pick: (rows, { after }) =>
      rows.findIndex((r) =>
        ONE_NUMERAL.test(firstChar(after))
          ? /before an expression of quantity\) only/u.test(r.text)
          : /^then and only then$/u.test(r.text),
      ),
  },
  {
    // 做点事, 喝点酒: 点 after a verb (tagged m) is "a bit", not "to tap".
    name: 'a bit',
    words: new Set(['点']),
    applies: ({ word, pos, left }) => word === '点' && pos === 'm' && isVerbTag(left?.[0]?.pos),
    sense: [/^a small amount; a bit\b/u],
  },
  {
    // 将壶子放在热水里, 将最近两年的大部分精力用 xAI: 将 before its object marks it, like 把; before a verb (将提供) it is "will".
    name: 'object marker 将',
    words: new Set(['将']),
    applies: ({ word, right }) => word === '将' && /^(n|nr|ns|nt|nz|r|t|f)$/u.test(right?.[0]?.pos ?? ''),
    sense: [/introduces object of main verb/u],
  },
  {
    // 与七八个城市进行了洽谈 (与 /p): a preposition is "with", not the conjunction "and".
    name: 'preposition, not conjunction',
    applies: ({ pos }) => pos === 'p',
    sense: [],
    pick: (rows) => (/^and\b/u.test(rows[0]?.text ?? '') ? rows.findIndex((r) => /\bwith\b/u.test(r.text)) : -1),
  },
  {
    // 在山里 (在 /p "(located) at", not "to exist"), 把小种子播撒到地里 (把 /p, the object marker,
    // not "to hold"), 用种子种出大树 ("with; using"): tagged a preposition and followed by its
    // object, a sense that is grammar or a preposition, not the verb it comes from (写账要用。 and
    // 将…精力用 xAI keep "to use").
    name: 'preposition by its tag',
    applies: ({ pos, before, right }) =>
      pos === 'p' &&
      right !== undefined &&
      right.length > 0 &&
      !PUNCTUATION.test(right[0]?.text ?? '') &&
      // 将最近两年的大部分精力用 xAI: after 将/把 and its object comes the main verb.
      !/[把将][^，。；！？,;]+$/u.test(before),
    sense: [],
    pick: (rows) => {
      const first = rows[0];
      if (!first || !VERB_SENSE.test(first.text)) return -1;
      const usable = (r: SenseRow) => !r.proper && !CLASSIFIER_SENSE.test(r.text);
      const preposition = rows.findIndex((r) => usable(r) && PREPOSITION_START.test(r.text));
      if (preposition >= 0) return preposition;
      return rows.findIndex((r) => usable(r) && r.grammatical === true && /^\(used\b/u.test(r.text));
    },
  },
  {
    // 村庄里, 房子里, 粉板上: a one-character localizer (tagged f) after a noun is the place
    // ("inside", "on"), not "lining" or "up"; after a verb (下了车, 追赶上) it is left alone.
    name: 'localizer',
    applies: ({ word, pos, left }) => word.length === 1 && pos === 'f' && /^(n|s|r|j)/u.test(left?.[0]?.pos ?? ''),
    sense: [],
    pick: (rows) => {
      const first = rows[0];
      if (!first || PLACE_WORD.test(first.text)) return -1;
      return rows.findIndex((r) => !r.proper && PLACE_WORD.test(r.text));
    },
  },
  {
    // 她学得越多，就越热爱肯尼亚人民: 越 … 越 is "the more … the more".
    name: 'the more … the more',
    words: new Set(['越']),
    applies: ({ word, before, after }) => word === '越' && (before.includes('越') || after.includes('越')),
    sense: [/the more/u],
  },
  {
    // 汇聚成了森林, 长成大树: 成 right after a verb is what something becomes ("into").
    name: 'become, after a verb',
    words: new Set(['成']),
    applies: ({ word, left }) => word === '成' && isVerbTag(left?.[0]?.pos),
    sense: [/^to become$/u, /^to turn into$/u],
  },
  {
    // 太小, 太多了: before an adjective or a verb, 太 is "too (much)", not "highest".
    name: 'too',
    words: new Set(['太']),
    applies: ({ word, pos, right }) =>
      word === '太' &&
      pos === 'd' &&
      right !== undefined &&
      right.length > 0 &&
      !PUNCTUATION.test(right[0]?.text ?? ''),
    sense: [/^too\b/u],
  },
  {
    // 正在看, 车正往前开 (正 /d "exactly; just (at that time)", not "straight"): tagged an adverb,
    // a sense that reads as one when the first does not.
    name: 'adverb by its tag',
    // It modifies what follows (a verb, an adjective, a preposition …): 刮得正猛， keeps "ferocious".
    applies: ({ pos, right }) => pos === 'd' && /^(v|a|p|d|c|ad|an|vn)/u.test(right?.[0]?.pos ?? ''),
    sense: [],
    pick: (rows) => {
      const first = rows[0];
      if (!first || ADVERB_SENSE.test(first.text) || first.grammatical || first.proper) return -1;
      return rows.findIndex((r) => !r.proper && ADVERB_SENSE.test(r.text));
    },
  },
  {
    // 极具竞争力 (具 /v), 使得他们处于不利地位 (使得 /v): tagged a verb and followed by its object (a
    // noun or a pronoun), a verb sense, not "tool" or "usable". Without an object it may be an
    // adjective used as a predicate (忙 "busy"), and after 的 or a measure word it describes the
    // noun (一件破夹袄, 伊的破棉背心, 从破衣袋里 "broken"): only after the start of a clause, its
    // subject (a noun or pronoun) or an adverb.
    name: 'verb by its tag',
    applies: ({ pos, left, right }) => pos === 'v' && OBJECT_TAGS.has(right?.[0]?.pos ?? '') && verbSlot(left?.[0]),
    sense: [],
    pick: (rows) => {
      const first = rows[0];
      if (!first || VERB_SENSE.test(first.text) || MODAL.test(first.text) || first.grammatical || first.proper)
        return -1;
      return rows.findIndex((r) => VERB_SENSE.test(r.text) && !r.proper);
    },
  },
  {
    // 研究方向的建议, 关键的作用, 环保组织的不满: after 的 (or a modifier, before 的), a noun. Words
    // of two characters or more: 值得一提的是 keeps 是 "to be".
    name: 'noun by its place',
    applies: ({ word, left, right }) => {
      if (word.length < 2) return false;
      const next = right?.[0];
      const ends = next === undefined || PUNCTUATION.test(next.text) || next.text === '的';
      const l = left?.[0];
      return ends && l !== undefined && (l.text === '的' || (NOUN_TAGS.has(l.pos ?? '') && next?.text === '的'));
    },
    sense: [],
    pick: (rows) => {
      const first = rows[0];
      if (!first || !VERB_SENSE.test(first.text)) return -1;
      return rows.findIndex(
        (r) => !VERB_SENSE.test(r.text) && !r.grammatical && !r.proper && !/^CL:|variant of|^see /u.test(r.text),
      );
    },
  },
];

const NO_RULES: readonly SenseRule[] = [];

/** The rules that may apply to any word, in order. */
const GENERAL_RULES: readonly SenseRule[] = RULES.filter((r) => !r.words);
/** For each word some rule names, the rules that may apply to it, in order. */
const RULES_BY_WORD: ReadonlyMap<string, readonly SenseRule[]> = new Map(
  [...new Set(RULES.flatMap((r) => [...(r.words ?? [])]))].map((w) => [
    w,
    RULES.filter((r) => !r.words || r.words.has(w)),
  ]),
);

/** The rules whose context holds, in order (asked once per word occurrence). */
export function rulesFor(context: SenseContext): readonly SenseRule[] {
  let out: SenseRule[] | undefined;
  for (const r of RULES_BY_WORD.get(context.word) ?? GENERAL_RULES) if (r.applies(context)) (out ??= []).push(r);
  return out ?? NO_RULES;
}

/** The index in `rows` of the sense the first of `rules` selects, or -1 (the rules' contexts already hold). */
export function ruleSenseWith(rules: readonly SenseRule[], rows: readonly SenseRow[], context: SenseContext): number {
  for (const rule of rules) {
    const index = senseOf(rule, rows, context);
    if (index >= 0) return index;
  }
  return -1;
}

function senseOf(rule: SenseRule, rows: readonly SenseRow[], context: SenseContext): number {
  if (rule.pick) return rule.pick(rows, context);
  for (const pattern of rule.sense) {
    const index = rows.findIndex((r) => pattern.test(r.text));
    if (index >= 0) return index;
  }
  return -1;
}

/** The index in `rows` of the sense the first applicable rule selects, or -1. */
export function ruleSense(rows: readonly SenseRow[], context: SenseContext): { index: number; rule: string } {
  for (const rule of RULES) {
    if ((rule.words && !rule.words.has(context.word)) || !rule.applies(context)) continue;
    const index = senseOf(rule, rows, context);
    if (index >= 0) return { index, rule: rule.name };
  }
  return { index: -1, rule: '' };
}

/** Stems two senses share, loosely (a common beginning of five letters: "financial" and "financing"). */
function overlap(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a)
    if (b.some((y) => x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5)))) n += 1;
  return n;
}

/**
 * The classifier sense for the noun it counts: of several ("stroke of a character", "sum of
 * money"), the one that shares words with the next word's senses (单笔融资: financing); else
 * the first, in the order of the patterns.
 */
function classifierFor(rows: readonly SenseRow[], nounSenses: readonly string[]): number {
  const classifiers = rows.map((r, i) => ({ r, i })).filter(({ r }) => CLASSIFIER_SENSE.test(r.text));
  if (classifiers.length === 0) return -1;
  if (classifiers.length > 1 && nounSenses.length > 0) {
    const noun = nounSenses.slice(0, 3).flatMap((s) => senseWords(s).content);
    let best = -1;
    let bestScore = 0;
    for (const { r, i } of classifiers) {
      const score = overlap(senseWords(r.text.replace(/^\(classifier\)\s*/u, '')).content, noun);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) return best;
  }
  for (const pattern of [/\bclassifier for\b/u, /^\(classifier used\b/u, /^\(classifier\)/u]) {
    const hit = classifiers.find(({ r }) => pattern.test(r.text));
    if (hit) return hit.i;
  }
  return -1;
}
