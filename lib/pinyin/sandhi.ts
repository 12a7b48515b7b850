/**
 * The spoken tone layer. Citation tones are what dictionaries and GB/T 16159 write and what the
 * page shows by default; speakers change some of them. This computes what is said from what is
 * written, one sentence (a token sequence) at a time, in three passes over each stretch of Han
 * text between punctuation:
 *   1. neutral tones: particles, the suffix 们, the classifier 个, reduplication, and common words
 *      spoken with a neutral last syllable (lib/pinyin/neutral.ts);
 *   2. 一 and 不, which change by the tone of what follows;
 *   3. third-tone sandhi, applied cyclically over the prosodic structure built from the tokens:
 *      inside words first, then inside prosodic words (a word with its clitics, or two
 *      one-syllable words together), then between prosodic words from right to left, as in the
 *      cyclic accounts of Shih (1986) and Chen (2000).
 * Only tones change, with one exception of register: 谁 is shéi in conversation and shuí when
 * read aloud (the 又读 of the 现代汉语词典, the broadcast norm), and this layer models reading aloud.
 */
import { parseNumbered, type Tone } from './syllable';
import {
  MODAL_PARTICLES,
  NEUTRAL_WORDS,
  REDUPLICATED_NOUNS,
  REDUPLICATING_VERBS,
  SANDHI_BEFORE_NEUTRAL,
  STRUCTURAL_PARTICLES,
} from './neutral';

export type SandhiToken = {
  text: string;
  /** Numbered citation syllables; empty for non-Han tokens. */
  citation: readonly string[];
  /**
   * A second standard reading of the same characters (pinyin-pro's, numbered), used only to
   * tell an optional neutral tone from an obligatory one (see carefulTone).
   */
  careful?: readonly string[];
  /** The word class (jieba's tag, lib/segment): a person's name (nr) keeps 一 yī (江一燕, 孙一丁). */
  pos?: string;
};

export type SandhiOptions = {
  /** Whether a string is a dictionary word: finds the inner structure of long words (展览|馆). */
  isWord?: (word: string) => boolean;
};

/** One Han syllable of a stretch. */
type Syl = {
  char: string;
  body: string;
  /** The tone as it will be spoken (changed by the passes). */
  tone: Tone;
  /**
   * The underlying tone that 一 and 不 look at: a neutral syllable that has a known full tone
   * keeps it here (一个 yí ge: 个 is underlyingly 4). 5 when unknown.
   */
  base: Tone;
  /** Whether this syllable, though neutral, still makes a third tone before it rise (想想). */
  triggers: boolean;
  /** Set when the citation had no syllable (rare characters): never changed. */
  empty: boolean;
};

/** A Han token inside a stretch, with the range of its syllables. */
type Word = {
  text: string;
  chars: string[];
  start: number;
  end: number;
  token: number;
  name: boolean;
  /** Tagged as a person's name (nr), though the dictionary may not list it. */
  person: boolean;
};

const NUMERALS = new Set(Array.from('零〇一二三四五六七八九十百千万亿两'));
/** Numerals read digit by digit or as the units of a number: 一 before them is yī (一九九八). */
const DIGITS = new Set(Array.from('零〇一二三四五六七八九十'));
/** What makes the 一 before it an ordinal or a date: 一月 yī yuè 'January', 一号, 一楼, 一审. */
const ORDINAL_NEXT = ['月', '号', '楼', '年级', '等奖', '审'];
/** Demonstratives and quantifiers that make 一 part of a determiner (这一 zhè yí): not phrase-final. */
const DETERMINERS = new Set(Array.from('这那哪每'));
/** What comes before the classifier 个, which is then neutral: 三个 sān ge, 这个 zhège, 有个. */
const BEFORE_GE = new Set(Array.from('一两二三四五六七八九十百千万几这那哪半整每有是'));
/** Words in which 个 keeps its tone: 整个 zhěnggè, 每个. */
const FULL_GE = new Set(['整个', '每个', '个个']);

/** One-syllable tokens that lean on the word before them (particles, suffixes, locatives). */
const LEAN_LEFT = new Set(Array.from('的地得了着过们吗呢吧啊呀嘛啦哦哟哇呗么个上下里中内外来去起'));
/** One-syllable tokens that lean on the word after them (prepositions, adverbs, determiners). */
const LEAN_RIGHT = new Set(
  Array.from('在把被从对给跟和与同向往朝让叫很也都就还不没又才再最太更真挺这那哪每第一两几请'),
);

/**
 * Marks that are not pauses: quotation marks and title marks wrap words that are read on
 * (作品“奶奶” zuò pín nǎinai), so sandhi crosses them; other punctuation ends a stretch.
 */
const TRANSPARENT = /^[“”‘’「」『』《》〈〉"']$/u;

/**
 * Suffixes whose neutral tone is obligatory (现代汉语词典 writes them without a tone): where
 * CC-CEDICT writes them neutral, they stay neutral even if another source gives a full tone.
 */
const NEUTRAL_SUFFIXES = new Set(Array.from('子头们么'));

const isName = (citation: readonly string[]) => /^[A-Z]/u.test(citation[0] ?? '');

/** Spoken syllables for every token, index for index; non-Han tokens get []. */
export function spokenTones(tokens: readonly SandhiToken[], options: SandhiOptions = {}): string[][] {
  const isWord = options.isWord ?? (() => false);
  const spoken = tokens.map((t) => [...t.citation]);
  // Stretches: runs of Han tokens not interrupted by punctuation, letters or digits (spaces and
  // quotation marks are transparent). Sandhi does not cross a pause.
  let words: Word[] = [];
  let syls: Syl[] = [];
  const flush = () => {
    if (words.length > 0) {
      for (const s of syls) if (s.char === '谁' && s.body === 'shei') s.body = 'shui';
      neutralPass(words, syls, isWord);
      yiBuPass(words, syls);
      thirdTonePass(words, syls, isWord);
      for (const w of words) {
        const out = spoken[w.token];
        if (!out) continue;
        for (let i = w.start; i < w.end; i += 1) {
          const s = syls[i] as Syl;
          if (!s.empty) out[i - w.start] = `${s.body}${s.tone}`;
        }
      }
    }
    words = [];
    syls = [];
  };
  tokens.forEach((t, ti) => {
    if (t.citation.length === 0) {
      if (t.text.trim() !== '' && !TRANSPARENT.test(t.text)) flush();
      return;
    }
    const chars = Array.from(t.text);
    const start = syls.length;
    chars.forEach((char, i) => {
      const cit = t.citation[i] ?? '';
      const { body, tone: citationTone } = parseNumbered(cit);
      // A noun suffix in last place is neutral whatever the other source says (肚子, 一下子, 石头).
      const suffix = i === chars.length - 1 && chars.length > 1 && NEUTRAL_SUFFIXES.has(char);
      // A reduplicated noun that CC-CEDICT writes with a neutral second copy (妞妞, 馍馍, 屁屁, 框框):
      // the neutral tone of reduplication is obligatory, unlike that of 时候 or 知道.
      const copy = chars.length === 2 && i === 1 && chars[0] === char && /^n/u.test(t.pos ?? '');
      const infix = chars.length === 3 && i === 1 && (char === '不' || char === '得');
      const tone = suffix || copy ? citationTone : carefulTone(body, citationTone, t.careful?.[i], chars.length, infix);
      syls.push({ char, body, tone, base: tone, triggers: tone === 3, empty: cit === '' });
    });
    words.push({
      text: t.text,
      chars,
      start,
      end: syls.length,
      token: ti,
      name: isName(t.citation),
      person: /^nr/u.test(t.pos ?? ''),
    });
  });
  flush();
  return spoken;
}

/**
 * The tone a careful speaker starts from. Where CC-CEDICT writes a neutral tone that another
 * standard source (pinyin-pro's dictionary) writes with a full tone, the neutral tone is of the
 * optional kind (dictionaries: "usually light, sometimes full": 时候 shí·hòu, 知道 zhī·dào):
 * read-aloud speech keeps the full tone. Neutral tones both agree on (孩子 háizi,
 * 什么 shénme) stay neutral; the obligatory ones pinyin-pro lacks come back in pass 1
 * (NEUTRAL_WORDS: 朋友, 东西, 先生). One-character tokens are particles: never restored.
 */
function carefulTone(body: string, tone: Tone, other: string | undefined, length: number, infix = false): Tone {
  // 不 and 得 inside a potential complement (吃不消, 看不起, 来得及) are neutral in the standard.
  if (tone !== 5 || length < 2 || !other || infix) return tone;
  const alt = parseNumbered(other);
  return alt.tone !== 5 && alt.body.toLowerCase() === body.toLowerCase() ? alt.tone : tone;
}

/** Makes a syllable neutral; `keepsTrigger` for reduplicated verbs (想想 xiángxiang). */
function neutralize(s: Syl | undefined, keepsTrigger = false): void {
  if (!s || s.empty) return;
  s.tone = 5;
  s.triggers = keepsTrigger && s.base === 3;
}

/** Pass 1: neutral tones. */
function neutralPass(words: readonly Word[], syls: Syl[], isWord: (w: string) => boolean): void {
  words.forEach((w, k) => {
    const first = syls[w.start] as Syl;
    const last = syls[w.end - 1] as Syl;
    const single = w.chars.length === 1;
    const prev = words[k - 1];
    // Particles after something: 好啊 hǎo a, 走了 zǒu le, 看着 kàn zhe, 跑得快 pǎo de kuài.
    if (single && prev) {
      const bodies = MODAL_PARTICLES.get(w.text) ?? STRUCTURAL_PARTICLES.get(w.text);
      // 得 dé "to obtain" (摘得铜牌) and 罢 bà (吃罢饭) share the particle's syllable: only the particle the citation
      // layer read (de, neutral) loses its tone here.
      const obtain = (w.text === '得' || w.text === '罢') && first.tone !== 5;
      if (bodies?.includes(first.body) && !obtain) neutralize(first);
    }
    // A verb and its complement marker segmented together (长得 zhǎng de, 聊得): when the
    // pair is no dictionary word (获得 huòdé, 懂得 are), 得 is the particle.
    if (!single && w.chars[w.chars.length - 1] === '得' && last.body === 'de' && !isWord(w.text)) neutralize(last);
    // The plural suffix: 我们 wǒmen, 同学们 tóngxuémen.
    if (!single && w.chars[w.chars.length - 1] === '们') neutralize(last);
    // The classifier 个 after a numeral or demonstrative: 三个 sān ge, 这个 zhège, 有个 yǒu ge.
    if (w.chars[w.chars.length - 1] === '个' && last.body === 'ge' && !FULL_GE.has(w.text)) {
      const before = single ? prev?.chars[prev.chars.length - 1] : w.chars[w.chars.length - 2];
      if ((single && prev) || (before && BEFORE_GE.has(before))) {
        last.tone = 5;
        last.base = 4;
        last.triggers = false;
      }
    }
    // Reduplication inside one token (看看, 想想, 奶奶) or as two tokens (想 想).
    const pair: [Syl, Syl] | null =
      w.chars.length === 2 && w.chars[0] === w.chars[1]
        ? [first, last]
        : single && prev && prev.chars.length === 1 && prev.text === w.text
          ? [syls[prev.start] as Syl, first]
          : null;
    if (pair && pair[0].body === pair[1].body) {
      const ch = w.chars[0] as string;
      if (REDUPLICATING_VERBS.has(ch)) neutralize(pair[1], true);
      else if (REDUPLICATED_NOUNS.has(ch)) neutralize(pair[1]);
    }
    // Conventional neutral words, alone or at the end of a longer token: 东西, 王先生.
    if (w.chars.length >= 2) {
      const tail = w.chars.slice(-2).join('');
      if (NEUTRAL_WORDS.has(tail) && !w.name) neutralize(last);
      // 小姐 xiáojie: the lost third tone still counts for the sandhi before it.
      if (SANDHI_BEFORE_NEUTRAL.has(tail) && last.tone === 5) {
        last.base = 3;
        last.triggers = true;
      }
    }
  });
}

/** Pass 2: 一 and 不. */
function yiBuPass(words: readonly Word[], syls: Syl[]): void {
  // Which word each syllable belongs to, for word-final and name tests.
  const owner: Word[] = [];
  for (const w of words) for (let i = w.start; i < w.end; i += 1) owner[i] = w;
  syls.forEach((s, i) => {
    if (s.empty) return;
    const prev = syls[i - 1];
    const next = syls[i + 1];
    const w = owner[i] as Word;
    if (s.char === '一' && s.body === 'yi' && s.tone === 1) {
      // V一V: 看一看 kàn yi kàn; not a repeated numeral and classifier (一片一片 yí piàn yí piàn).
      const startsWord = i === w.start && w.chars.length > 1;
      if (prev && next && prev.char === next.char && !NUMERALS.has(prev.char) && !startsWord) return neutralize(s);
      // Names keep their characters' tones (江一燕), also when cut apart: 一 alone between a
      // one-character surname tagged as a name and one more character (江|一|燕, 王|一|楠).
      if (w.name || (w.person && i > w.start)) return;
      const k = words.indexOf(w);
      const wordBefore = words[k - 1];
      const wordAfter = words[k + 1];
      if (w.chars.length === 1 && wordBefore?.person && wordBefore.chars.length === 1 && wordAfter?.chars.length === 1)
        return;
      // Phrase-final and counting uses keep yī: 统一, 唯一, 第一, 十一, 一九九八, 一一.
      if (!next) return;
      if (prev && NUMERALS.has(prev.char)) return;
      if (prev?.char === '第' || prev?.char === '初') return;
      if (DIGITS.has(next.char)) return;
      const after = syls
        .slice(i + 1, i + 4)
        .map((x) => x.char)
        .join('');
      if (next.char === '点' && DIGITS.has(syls[i + 2]?.char ?? '')) return; // 一点五 (1.5)
      if (ORDINAL_NEXT.some((o) => after.startsWith(o))) return;
      if (next.char === '是') return; // enumeration: 一是……二是……
      const end = i === w.end - 1;
      if (end && w.chars.length > 1 && !DETERMINERS.has(w.chars[w.chars.length - 2] ?? '')) return;
      // Otherwise by the next tone: yí before a 4th (or an underlying 4th: 一个 yí ge),
      // yì before 1st/2nd/3rd.
      s.tone = next.base === 4 || next.base === 5 ? 2 : 4;
      s.base = s.tone;
      return;
    }
    if (s.char === '不' && s.body === 'bu' && s.tone === 4 && next) {
      // V不V questions: 是不是 shì bu shì, 好不好 hǎo bu hǎo.
      if (prev && prev.char === next.char) return neutralize(s);
      // 不 before a 4th tone: 不是 bú shì, 不会 bú huì.
      if (next.base === 4) s.tone = 2;
    }
  });
}

/**
 * Pass 3: third-tone sandhi, cyclically. A third tone before another third tone rises; which
 * one counts as "before" depends on the structure: 展览馆 [[zhǎn lǎn] guǎn] → zhán lán guǎn, but
 * 老祖母 [lǎo [zǔ mǔ]] → lǎo zú mǔ, because the inner constituent is done first.
 *   level 1, inside each word: its dictionary sub-words are the constituents;
 *   level 2, inside a prosodic word (a word and the one-syllable words leaning on it):
 *            left to right, each junction seeing the word-level tones (也很好 → yé hén hǎo);
 *   level 3, between prosodic words: right to left, each seeing the final tone of what follows
 *            (我 | 很好 → wǒ hén hǎo).
 */
function thirdTonePass(words: readonly Word[], syls: Syl[], isWord: (w: string) => boolean): void {
  for (const w of words) wordSandhi(w.chars, syls, w.start, isWord);
  const groups = prosodicWords(words);
  for (const g of groups) {
    // Level 2: junctions between the words of the group, left to right on level-1 tones.
    const rises: number[] = [];
    for (let k = 1; k < g.length; k += 1) {
      const li = lastSyllable(g[k - 1] as Word, syls);
      const left = syls[li];
      const right = syls[(g[k] as Word).start];
      if (left && right && left.tone === 3 && triggersNow(right)) rises.push(li);
    }
    for (const r of rises) (syls[r] as Syl).tone = 2;
  }
  // Level 3: between prosodic words, right to left on final tones.
  for (let k = groups.length - 2; k >= 0; k -= 1) {
    const leftGroup = groups[k] as Word[];
    const rightGroup = groups[k + 1] as Word[];
    const left = syls[lastSyllable(leftGroup[leftGroup.length - 1] as Word, syls)];
    const right = syls[(rightGroup[0] as Word).start];
    if (left && right && left.tone === 3 && triggersNow(right)) left.tone = 2;
  }
}

/** The word's last syllable that carries a tone: the one before an erhua 儿 (哪儿 nǎr → 哪). */
function lastSyllable(w: Word, syls: readonly Syl[]): number {
  const last = w.end - 1;
  return last > w.start && syls[last]?.body === 'r' ? last - 1 : last;
}

/** A syllable makes a third tone before it rise when it is (still) a third tone. */
const triggersNow = (s: Syl) => s.triggers && (s.tone === 3 || s.tone === 5);

/**
 * Level 1: sandhi inside one word, recursing on its structure. A two-syllable word is one
 * junction; a longer one splits where the dictionary says (展览|馆 2+1, 老|祖母 1+2), else
 * it is read flat: every third tone before a third tone rises (left to right).
 */
function wordSandhi(chars: readonly string[], syls: Syl[], start: number, isWord: (w: string) => boolean): void {
  const n = chars.length;
  if (n < 2) return;
  const split = n >= 3 ? splitPoint(chars, isWord) : 0;
  if (split > 0) {
    wordSandhi(chars.slice(0, split), syls, start, isWord);
    wordSandhi(chars.slice(split), syls, start + split, isWord);
    const left = syls[start + split - 1];
    const right = syls[start + split];
    if (left && right && left.tone === 3 && triggersNow(right)) left.tone = 2;
    return;
  }
  const rises: number[] = [];
  for (let i = start; i < start + n - 1; i += 1) {
    const a = syls[i] as Syl;
    const b = syls[i + 1] as Syl;
    if (a.tone === 3 && triggersNow(b)) rises.push(i);
  }
  for (const r of rises) (syls[r] as Syl).tone = 2;
}

/**
 * Where a word of three or more characters divides: after its first character when the rest is
 * a word and the first two are not (老|祖母), before its last when the first part is a word
 * (展览|馆); 0 = no clear structure.
 */
function splitPoint(chars: readonly string[], isWord: (w: string) => boolean): number {
  const n = chars.length;
  const head = isWord(chars.slice(0, n - 1).join(''));
  const tail = isWord(chars.slice(1).join(''));
  if (tail && !head) return 1;
  if (head && !tail) return n - 1;
  if (n >= 4) {
    // Four-character words and idioms are usually two pairs: 岂有|此理.
    if (isWord(chars.slice(0, 2).join('')) || isWord(chars.slice(2).join(''))) return 2;
  }
  return 0;
}

/**
 * Groups the words of a stretch into prosodic words: a one-syllable particle or locative leans
 * on the word before it (走了, 桌上), a one-syllable preposition or adverb on the word after it
 * (很好, 在家), and two other one-syllable words make a foot together (买米).
 */
function prosodicWords(words: readonly Word[]): Word[][] {
  const groups: Word[][] = [];
  let pendingRight: Word[] = [];
  for (let k = 0; k < words.length; k += 1) {
    const w = words[k] as Word;
    const single = w.chars.length === 1;
    const lastGroup = groups[groups.length - 1];
    if (single && LEAN_LEFT.has(w.text) && pendingRight.length === 0 && lastGroup) {
      lastGroup.push(w);
      continue;
    }
    if (single && LEAN_RIGHT.has(w.text)) {
      pendingRight.push(w);
      continue;
    }
    const next = words[k + 1];
    if (single && next && next.chars.length === 1 && !LEAN_LEFT.has(next.text) && !LEAN_RIGHT.has(next.text)) {
      groups.push([...pendingRight, w, next]);
      pendingRight = [];
      k += 1;
      continue;
    }
    groups.push([...pendingRight, w]);
    pendingRight = [];
  }
  if (pendingRight.length > 0) groups.push(pendingRight);
  return groups;
}
