/**
 * Context rules for polyphones the learned model (lib/pinyin/polyphone.ts) reads badly because
 * its training text (CPP, encyclopaedia sentences) rarely uses them the way everyday prose does:
 * 地 and 得 as particles, 为 wèi "for", 只 zhī as a classifier, 教 jiāo "to teach". Each rule states
 * a grammatical fact of Standard Mandarin (the 现代汉语词典 entries and the usual textbook
 * distinctions), looks only at the segmented words around the character, and fires only when that
 * fact applies; otherwise the model decides. A rule's answer is not flagged as uncertain.
 *
 * "Verb" below means a word whose CC-CEDICT senses start with "to …": a cheap but fair test of
 * what can follow a modal or an adverbial, since no part-of-speech tagger runs at build time.
 */
import type { Dictionary } from '../dictionary/cedict';
import { isCrossReference } from '../dictionary/cedict';
import { MODAL_PARTICLES } from './neutral';
import type { SentenceView } from './polyphone';

/** The words of a sentence around a character, as the rules see them. */
type Around = {
  /** The segmented word holding the character. */
  word: string;
  /** Offset of the character in its word. */
  offset: number;
  /** The word before and the word after ('' at a clause edge: punctuation, letters, digits, ends). */
  prev: string;
  next: string;
  /** The word after `next` ('' at a clause edge). */
  next2: string;
  /** The clause's words before the word (back to the last punctuation), nearest last. */
  before: string[];
  /** The clause's text after the word. */
  after: string;
  /** The clause's words after the word, in text order. */
  afterWords: string[];
  /** The whole sentence. */
  sentence: string;
  /** The character's readings in CC-CEDICT's entries for its word (lower case, distinct). */
  inWord: string[];
  /**
   * Word classes (jieba's tags: v verb, n noun, nr/ns/nt/nz names, r pronoun, p preposition,
   * d adverb, a adjective, m numeral, u… particles; eng Latin) of the word before, the word after
   * (which may be Latin or a number here: 为 xAI 提供) and the words after it, in text order.
   */
  prevTag: string;
  nextTag: string;
  /** The word class of the character's own word. */
  tag: string;
  /** The code point just before the character's word ('' at the start). */
  charBefore: string;
  /** The words after the character's word to the clause edge, Latin and numbers included, with their tags. */
  following: { word: string; tag: string }[];
  isVerb: (word: string) => boolean;
  /** Whether CC-CEDICT has the word. */
  isWord: (word: string) => boolean;
  /** Whether CC-CEDICT lists the word only as a name. */
  isName: (word: string) => boolean;
};

type Rule = (a: Around) => string | undefined;

/** A verb or verbal noun (看, 提供, 工作 vn), by its word class. */
const VERB_TAG = /^v/u;
/** What heads a noun phrase: nouns, names, pronouns, Latin names, times and places. */
const NOUN_TAG = /^(n|r|eng|t|s)/u;

/**
 * The character right after a one-syllable verb `verb`, inside its word (铺上, 藏有) or starting
 * the next one (铺|在); '' when the character is not that verb standing first.
 */
function verbComplement({ word, offset, next }: Around, verb: string): string {
  const chars = Array.from(word);
  if (chars[offset] !== verb) return '';
  if (chars.length === 1) return Array.from(next)[0] ?? '';
  return offset === 0 && chars.length === 2 ? (chars[1] ?? '') : '';
}

const set = (chars: string) => new Set(Array.from(chars));

/** Numerals and the demonstratives and quantifiers that take a classifier. */
const COUNTERS = set('一二两三四五六七八九十百千万几这那哪每半某整');
/** Personal pronouns and words for people that 为 wèi "for the sake of" takes as its object. */
const PERSONS = new Set(
  '我 你 他 她 它 您 咱 俺 之 此 何 自己 大家 人民 人家 我们 你们 他们 她们 它们 咱们 别人 国家 孩子 儿子 女儿'.split(
    ' ',
  ),
);
/** Verbs that take 为 wéi "as; into" after them: 称为, 选为, 改为, 视为, 贬为. */
const VERBS_BEFORE_WEI = set('称视选改分定列评立封贬降拜尊奉任命译作化转变成认当划编升追誉聘推举名更作译讹');
/** Words after which 为 is the copula wéi "to be": 图为 "the picture shows", 即为, 均为, 分别为. */
const COPULA_BEFORE = new Set('图 即 均 皆 分别 约 仅 则 乃 实 亦 依次 总计 共 原 多 大多 全 都是 正是'.split(' '));

/** Adverbs and modals before the prepositional phrase 为… "for …" (还为他们配音, 亲自为客人斟酒). */
const ADVERBS_BEFORE_WEI = new Set(
  '还 也 都 又 再 在 正 正在 要 将 会 能 愿 肯 想 亲自 同样 专门 特意 特地 一直 已经 已 不 没 没有 愿意 乐意 决定 表示 仍 仍然 只 却 就 便 才 而 必须 应该 应 愿 主动 努力 继续 经常 常常 常 先 首先 特别 默默'.split(
    ' ',
  ),
);

/** Adverbs and subjects after which 得 is the modal děi "must": 还得去, 我得走了. */
const BEFORE_DEI = new Set(
  '就 还 也 都 可 总 又 才 只好 还是 就是 总是 也是 我 你 他 她 咱 俺 我们 你们 他们 她们 咱们 大家 谁 自己 那 那就'.split(
    ' ',
  ),
);
/** Degree words that start the complement after 得 (跑得很快, 说得太多, 写得不好). */
const DEGREE = /^(很|太|非常|真|好|这么|那么|更|极|特别|不|越|挺|十分|比较|相当)/u;

/** What ends the modal reading: 得了 (got), 得过, 得到, 得手, 得奖 read dé. */
const AFTER_DE2 = set('了过到着');
/** Function words that can start the verb phrase after the modal 得 (得先, 得把, 得去). */
const VP_STARTERS = set('先再多好把被给往从去来跟和让赶马快早慢少');
/** Verbs of hitting or guessing that 中 zhòng "to hit (the target)" completes: 射中, 打中, 猜中. */
const HIT_VERBS = set('射打击命猜砸考选看相投踢刺扎押抽');
/** Objects of 中 zhòng "to be hit by; to win": 中枪, 中奖, 中标. */
const HIT_OBJECTS = set('枪弹箭奖彩标签毒暑风招计邪');
/** Locatives and the like that make 地 the noun dì "ground, place": 地上, 地下, 地里. */
const PLACE_AFTER = set('上下里中面方区带处头图球');

/**
 * 地: the adverbial particle de (高兴地笑了, 慢慢地走) follows an adjective or adverb of two
 * syllables or more and comes before the verb it modifies; the noun dì "ground, land, place"
 * follows a numeral, a classifier or a one-syllable verb (一地, 这块地, 种地, 扫地).
 */
const di: Rule = ({ word, prev, next, isVerb }) => {
  if (word !== '地' || !next || !prev) return undefined;
  if (Array.from(prev).length < 2) return undefined;
  const last = Array.from(prev).pop() ?? '';
  if (COUNTERS.has(last) || set('块片亩个些的之种').has(last)) return undefined;
  if (PLACE_AFTER.has(Array.from(next)[0] ?? '')) return undefined;
  // What 地 de modifies is a verb phrase: a verb, or a preposition or adverb that starts one.
  // A noun after it makes 地 the noun "place" (事发地附近, 滑坡地附近).
  return isVerb(next) || /^[往被按一把向在用从给对跟和与不没也都就又再]/u.test(next) ? 'de5' : undefined;
};

/**
 * 地 after an adverbial of two syllables or more before the verb phrase it modifies, by word
 * class: an adjective, adverb, idiom, a verb of feeling or a repeated measure (慢慢地走, 绝望地瘫坐,
 * 一片一片地劈掉, 小声地讲话), also before a pause (很自然地，他…); or a word jieba's list ends
 * with 地 that is no dictionary word, the adverbial and its 地 cut as one (一个劲地鼓励). Not
 * after a noun or a place (事发地附近, 目的地), nor after one syllable (扫地, 趴地).
 */
const diByClass: Rule = (a) => {
  const ruled = di(a);
  const { word, offset, prev, next, prevTag, nextTag, tag, inWord, isWord } = a;
  if (ruled) return ruled;
  const chars = Array.from(word);
  if (chars.length > 2 && offset === chars.length - 1 && inWord.length === 0)
    return /^(v|p|d)/u.test(nextTag) && !/^n/u.test(tag) ? 'de5' : undefined;
  // A quoted expression or a reduplicated one-syllable word as the adverbial (“一刀切”地按排量征收,
  // “噌”地一下起身, 低低地叹了口气) before its verb phrase.
  const vpAfter = /^(v|p|d|m)/u.test(nextTag) || a.isVerb(next);
  if (word === '地' && vpAfter && /^[”’」』]$/u.test(a.charBefore)) return 'de5';
  if (word === '地' && vpAfter && Array.from(prev).length === 1 && a.before.at(-2) === prev) return 'de5';
  if (word !== '地' || Array.from(prev).length < 2) return undefined;
  const last = Array.from(prev).pop() ?? '';
  if (set('块片亩个些的之种').has(last) && !/^m/u.test(prevTag)) return undefined;
  if (next === '') return /^(a|d|z|ad)/u.test(prevTag) ? 'de5' : undefined;
  if (PLACE_AFTER.has(Array.from(next)[0] ?? '')) return undefined;
  if (!/^(v|p|d|zg)/u.test(nextTag)) return undefined;
  // After a verb (jieba tags 绝望 v) only when 地 and the next word make no word (出现地陷 dì).
  if (/^v/u.test(prevTag)) return isWord(`地${next}`) || isWord(`地${Array.from(next)[0] ?? ''}`) ? undefined : 'de5';
  return /^(a|d|z|i|l|m|q)/u.test(prevTag) ? 'de5' : undefined;
};

/**
 * 得: děi "must, have to" is a modal between its subject (or an adverb: 还得, 就得, 也得) and
 * a verb phrase: 我得走了, 还得多打药. Before 了, 过, 到 it is dé "to get" (得了奖, 得到).
 * Between a one-syllable verb and a degree word it is the complement marker de (跑得很快).
 */
const de: Rule = ({ word, offset, prev, next, prevTag, nextTag, following, isVerb }) => {
  // The complement marker de between a verb and how it is done (跑得很快, 说得不好).
  const chars = Array.from(word);
  const verb = word === '得' ? prev : chars.length === 2 && offset === 1 ? (chars[0] ?? '') : '';
  if (Array.from(verb).length === 1 && isVerb(verb) && DEGREE.test(next)) return 'de5';
  // V不得 "cannot (be) V" (辞退不得, 忘记不得, 活泼不得: 现代汉语词典 ·bu·de) after a verb or an
  // adjective, where no verb follows; 不得 + verb is the modal bùdé "must not" (不得入内).
  if (word === '不得' && offset === 1 && (/^(v|a)/u.test(prevTag) || isVerb(prev)) && !/^v/u.test(nextTag))
    return 'de5';
  if (word !== '得' || !next) return undefined;
  // The modal děi after its subject or an adverb and before a verb phrase, which may open with
  // an adverb or a preposition (你可得拎清楚, 还得乖乖听话, 都得经理批准): checked before the
  // verb test below, because jieba tags the modal 可 and 要 as verbs.
  const vp = isVerb(next) || VP_STARTERS.has(Array.from(next)[0] ?? '') || /^(v|d|p)/u.test(nextTag);
  if (BEFORE_DEI.has(prev) && !AFTER_DE2.has(Array.from(next)[0] ?? '') && vp) return 'dei3';
  // Also before who must do it or a set phrase (都得我来做, 也得咬咬牙), and after 至少 before the
  // amount needed (至少得百十块).
  if (BEFORE_DEI.has(prev) && /^(r|i|l)/u.test(nextTag)) return 'dei3';
  if (/^(至少|起码|最少|少说)$/u.test(prev)) return 'dei3';
  // A degree complement after whatever it grades (好得多, 堵得厉害, 整齐得不像话, 下得太大): de.
  if (prev !== '' && !BEFORE_DEI.has(prev) && (DEGREE.test(next) || /^(多|厉害|要命|慌|不行|不得了)$/u.test(next)))
    return 'de5';
  // By word class: after a verb or an adjective 得 is the complement marker (压得喘不过气来,
  // 饿得咕噜咕噜叫, 阴暗得和天一样, 笑得我肚子都疼, 哭得眼睛通红) or the potential one (看得到,
  // 告得过官): de. Only a noun phrase or a number that is its object and ends the clause makes it
  // dé "to obtain" (摘得铜牌。拔得头筹); a predicate after that noun makes it the subject of the
  // complement (看得兴趣盎然, 翻得利落而优美).
  if ((/^(v|a|b|z)/u.test(prevTag) || isVerb(prev)) && prev !== '') {
    const predicate = following.slice(1).some((f) => /^(v|a|d|z|i|l|c)/u.test(f.tag));
    const object = /^(n|m)/u.test(nextTag) && !/^(nr|r)/u.test(nextTag) && !predicate;
    return object ? 'de2' : 'de5';
  }
  if (!BEFORE_DEI.has(prev) && prev !== '') return undefined;
  if (AFTER_DE2.has(Array.from(next)[0] ?? '')) return undefined;
  if (vp) return 'dei3';
  return undefined;
};

/**
 * 为: wèi "for, for the sake of; in order to" introduces a person it serves (为人民服务,
 * 为您量身定做, 为之) or a purpose (为避免误会, 为挽回颓势); wéi "to be, to act as; as" follows
 * verbs such as 称, 选, 改 and the pattern 以…为… (以学习为主), and is kept where neither fits.
 */
const wei: Rule = ({ word, offset, prev, next, before, afterWords, following, prevTag, isVerb }) => {
  // 因为, also inside a longer cut (是因为) or cut apart (是因|为).
  const chars = Array.from(word);
  if (chars[offset] === '为' && offset > 0 && chars[offset - 1] === '因') return 'wei4';
  if (word !== '为' || following.length === 0) return undefined;
  if (Array.from(prev).pop() === '因') return 'wei4';
  if (VERBS_BEFORE_WEI.has(Array.from(prev).pop() ?? '') || before.some((w) => w === '以' || w === '被'))
    return undefined;
  // A one-syllable verb before it makes 为 its complement: 召为, 讹为 "(turned) into".
  // (Not a preposition or the progressive 在: 正在为…, 在为一户农家安装.)
  if (Array.from(prev).length === 1 && isVerb(prev) && !/^p/u.test(prevTag)) return undefined;
  // The copula after words that introduce a statement of identity (图为, 即为, 均为), and the
  // passive 为…所 (为权所累): wéi.
  if (COPULA_BEFORE.has(prev) || afterWords.slice(1, 4).includes('所')) return undefined;
  if (PERSONS.has(next) || isVerb(next)) return 'wei4';
  // By word class: 为 + a noun phrase (a person, an organisation, a Latin name) + the verb phrase
  // it serves, after a subject or a modal (其他公司为 xAI 帮了不少的忙, 能为 xAI 提供数据): wèi "for".
  // A number or a bare noun phrase after it is the copula (总额为 143 亿, 该公司为国有企业): wéi.
  if (wordClassWei(following, prevTag, isVerb)) return 'wei4';
  // 为 + its object + the verb phrase it serves (为王室游艇建造提议, 为球队砍下二十四分): wèi.
  // 为 + a noun phrase that ends the clause (改为淮阴侯, 面积为三平方公里) stays with the model.
  // Only after an adverb or modal, or at the head of a clause: after a noun, 为 is mostly the
  // copula of captions and definitions (图为工作人员在编织毛线娃娃).
  if ((prev === '' || ADVERBS_BEFORE_WEI.has(prev)) && afterWords.slice(1, 5).some(isVerb)) return 'wei4';
  return undefined;
};

/** 为 + noun phrase + verb, with the noun phrase no longer than three words. */
function wordClassWei(following: Around['following'], prevTag: string, isVerb: (w: string) => boolean): boolean {
  // After a subject (a noun, a name, a pronoun, a plural in 们), a verb, an adverb or a modal.
  if (!/^(n|r|v|d|p|k|eng|nr|nt|nz|x|$)/u.test(prevTag)) return false;
  const [head, ...rest] = following;
  // jieba's list tags some verbs only as bound morphemes (扛 zg): CC-CEDICT's "to …" decides.
  const verb = (f: { word: string; tag: string }) =>
    VERB_TAG.test(f.tag) || (/^(zg|x|ng)/u.test(f.tag) && isVerb(f.word));
  // 为 + a preposition starts a purpose (为给儿子筹医药费, 为在…): wèi.
  if (head && /^p/u.test(head.tag)) return true;
  // 为…而 + verb: "for the sake of … (to do)" (甘为祖国的花朵而失声): wèi.
  if (following.slice(1, 8).some((f) => f.word === '而')) return true;
  // The noun phrase may start with a number and a classifier (为一户农家安装监控器).
  if (head && /^m/u.test(head.tag) && !/^[0-9０-９]/u.test(head.word)) return rest.slice(0, 4).some(verb);
  // What it serves may be an activity (为活动亲自走秀, 为改革设定时限: vn).
  if (!head || !(NOUN_TAG.test(head.tag) || /^vn/u.test(head.tag))) return false;
  for (const f of rest.slice(0, 4)) {
    if (verb(f)) return true;
    // A noun phrase goes on through modifiers and 的, and an adverb may open the verb phrase
    // (为活动亲自走秀); anything else ends the test.
    if (!/^(n|r|eng|a|uj|m|q|b|f|k|vn|d)/u.test(f.tag)) return false;
  }
  return false;
}

/** One-syllable verbs of motion that take 过 "across, past" (跳过, 穿过, 越过 + what is crossed). */
const CROSSING = /[跳穿越跨渡闯翻绕飞走跑爬游驶掠透滑跃横路经回转闪躲避掠]$/u;

/**
 * 过 after a verb, as the aspect particle of experience (他见过的, 写过七个剧本, 去过): guo, neutral
 * in the standard (现代汉语词典 ·guo). Not before 来/去 (走过来: the directional guò) nor where
 * the pair is a word (通过, 经过, 超过 are one token and keep guò).
 */
const guo: Rule = ({ word, offset, prev, next, prevTag, inWord, isVerb }) => {
  // A one-syllable verb and 过 cut as one word that no dictionary lists (看过, 读过, 吃过): the
  // particle, unless 来/去 follow (回过脸去) or the verb is one of crossing (跳过 is listed anyway).
  const chars = Array.from(word);
  if (chars.length === 2 && offset === 1 && inWord.length === 0) {
    const v = chars[0] ?? '';
    if (!isVerb(v) || /^[来去]/u.test(next) || CROSSING.test(v)) return undefined;
    return 'guo5';
  }
  if (word !== '过' || !prev || !VERB_TAG.test(prevTag)) return undefined;
  if (/^[来去]/u.test(next)) return undefined;
  // One-syllable verbs of motion take 过 as "across" before a place (跳过, 穿过, 越过 + object):
  // only the aspect reading when nothing, 的, 了 or a number/quantity follows.
  if (Array.from(prev).length === 1 && CROSSING.test(prev)) return undefined;
  return 'guo5';
};

/** 只: the classifier zhī after a numeral or a demonstrative (一只猫, 两只手, 这只狗); elsewhere zhǐ "only". */
const zhi: Rule = ({ word, offset, prev, next }) => {
  const chars = Array.from(word);
  const left = offset > 0 ? chars[offset - 1] : Array.from(prev).pop();
  if (chars[offset] !== '只' || offset !== chars.length - 1 || !left || !COUNTERS.has(left)) return undefined;
  // 一只 "only one" is rare; what follows a classifier is a noun, not a clause edge.
  return next ? 'zhi1' : undefined;
};

/**
 * 中: zhòng "to hit, to be hit by, to win" completes a verb of hitting or guessing (射中, 猜中)
 * or takes what hits (中枪, 中奖); zhōng "middle, in" elsewhere.
 */
const zhong: Rule = ({ word, offset, prev, next }) => {
  const chars = Array.from(word);
  if (chars.length === 2 && offset === 1 && HIT_VERBS.has(chars[0] ?? '')) return 'zhong4';
  if (word !== '中') return undefined;
  if (HIT_VERBS.has(prev) && next !== '') return 'zhong4';
  if (HIT_OBJECTS.has(Array.from(next)[0] ?? '') && Array.from(next).length === 1) return 'zhong4';
  return undefined;
};

/**
 * 教: jiāo "to teach" takes an object (教英语, 教我们); jiào is the noun (宗教) and the words 教育,
 * 教室, and the causative "to make, to let" before a person and what they are made to do, common
 * in older prose (鲁迅: 教他拉到S门去; today 叫, 让).
 */
const jiao: Rule = ({ word, offset, prev, next, prevTag, following, isVerb }) => {
  // 教给 "to teach (someone)" and 教 ending a clause after who teaches (谁要你教): jiāo.
  if (word === '教给' && offset === 0) return 'jiao1';
  if (word === '教' && !next && /^r/u.test(prevTag) && prev) return 'jiao1';
  if (word !== '教' || !next || isVerb(next)) return undefined;
  // Causative only before a person and a movement sent somewhere (拉到…去): 教 + person + a verb
  // is otherwise far more often "teach someone to" (教我写字, 教他游泳).
  const [person, then, after] = following;
  const sent = (w: string | undefined) => /[到去来]$/u.test(w ?? '');
  if (
    person &&
    /^(r|nr)/u.test(person.tag) &&
    then &&
    VERB_TAG.test(then.tag) &&
    (sent(then.word) || sent(after?.word))
  )
    return 'jiao4';
  // Causative before a person and a state, not a skill (教我惭愧, 教人活泼不得, 教人半懂不懂的):
  // jiào; 教 + person + a verb is "teach to" (教我写字).
  if (person && (/^(r|nr)/u.test(person.tag) || person.word === '人') && then && /^(a|z|i|l)/u.test(then.tag))
    return 'jiao4';
  return 'jiao1';
};

/**
 * 罢 at the end of a clause, after what is said, is the modal particle of older prose that today's
 * text writes 吧 (鲁迅: 走你的罢！, 你自己雇车罢): ba, neutral. The verb bà "to stop" lives in its
 * words (罢工, 作罢) and before what is finished (吃罢饭).
 */
const baParticle: Rule = ({ word, prev, next }) => (word === '罢' && prev && !next ? 'ba5' : undefined);

/**
 * A modal particle (语气词) standing alone at the end of a clause, after what is said, is neutral
 * in its citation as in speech (来啦！ lái la, 好呀 hǎo ya, 是嘛 shì ma): CC-CEDICT lists each
 * with a toned reading too, for the interjection or the sound (啦 lā "sound of cheering", 呀 yā
 * "ah!"), which is what a particle at the start of a sentence, or inside a word, keeps.
 */
const MODAL_NEUTRAL = new Set(Array.from('啦呀哇哦哟哩喽呗嘛啊咯喔诶'));
const modalParticle: Rule = ({ word, prev, next }) => {
  if (!MODAL_NEUTRAL.has(word) || !prev || next) return undefined;
  const neutral = MODAL_PARTICLES.get(word)?.[0];
  return neutral ? `${neutral}5` : undefined;
};

/** 相: xiāng "each other" before a verb (相扣, 相报, 相辉映); xiàng "looks, photo" is a noun. */
const xiang: Rule = ({ word, next, isVerb }) => (word === '相' && next && isVerb(next) ? 'xiang1' : undefined);

/**
 * 应: yīng "should" before a verb, an adverb or a preposition (应避免, 不应怕, 应尽快, 应从…); yìng "to
 * answer, to respond" in its words (答应, 响应, 应邀).
 */
const ying: Rule = ({ word, next, nextTag, isVerb }) =>
  word === '应' && next && (isVerb(next) || /^(v|d|p)/u.test(nextTag)) ? 'ying1' : undefined;

/** 空: kòng "free time" after 有, 没, 抽 (我明天有空, 没空); kōng "empty, sky" elsewhere. */
const kong: Rule = ({ word, offset, prev }) => {
  if ((word === '有空' || word === '没空') && offset === 1) return 'kong4';
  return word === '空' && set('有没抽得').has(prev) ? 'kong4' : undefined;
};

/** 结: jiē "to bear (fruit, seeds)": 结了很多果子, 结籽; jié "to tie, to conclude" elsewhere. */
const jie: Rule = ({ word, after }) => (word === '结' && /^.{0,3}[果籽实瓜]/u.test(after) ? 'jie1' : undefined);

/** 便 in 便宜 "cheap" is pián; biàn only in the literary 便宜行事 "act at one's discretion". */
const pian: Rule = ({ word, offset, next }) =>
  word === '便宜' && offset === 0 && !['行事', '从事', '之'].includes(next) ? 'pian2' : undefined;

/**
 * 咋 "how, why" (colloquial: 咋办, 咋回事, 咋不说) is zǎ, the pronoun (r) wherever it stands (咋啦？);
 * zé lives in the words 咋舌, 咋呼 and in names.
 */
const za: Rule = ({ word, next, tag, isVerb }) =>
  word === '咋' &&
  !/^[市县町村镇]/u.test(next) &&
  (/^r/u.test(tag) || (next && (isVerb(next) || /^[办回样么不没会能说就还都也这那]/u.test(next))))
    ? 'za3'
    : undefined;

/**
 * 还: huán "to give back" before money and debts (还钱, 还债), in 还给 and after the 给 of a disposal
 * (把债给还了), in 还不了 ending its clause, and after 不/没 at a clause end (借钱不还).
 */
const huan: Rule = (a) => {
  const { word, prev, next } = a;
  if (word !== '还') return undefined;
  if (/^[钱债款贷账]/u.test(next)) return 'huan2';
  // 还给 "to give back to", and after the 给 of a disposal (把债给还了).
  if (/^给/u.test(next) || prev === '给') return 'huan2';
  // The potential 还不了 "cannot pay back" ending its clause (万一还不了怎么办).
  if (next === '不了' && (a.next2 === '' || /^(怎么|怎样|咋)/u.test(a.next2))) return 'huan2';
  // After 不/没 with nothing or a particle after it: 借钱不还, 欠人家钱不还呀, 借钱不还后.
  if (set('不没').has(prev) && (next === '' || /^[呀啊了吗呢吧的后]$/u.test(next))) return 'huan2';
  // 还 + a pronoun that ends the clause: "give back to" (过两天还我).
  if (/^(我|你|他|她|您|我们|你们|他们|她们|人家)$/u.test(next) && a.next2 === '') return 'huan2';
  return undefined;
};

/** One-character institutions and units whose head is a 长 zhǎng. */
const INSTITUTIONS = '[院所署局处科部厅校县市省乡村镇区队组班团社站馆警州营连排舰船机里]';

/**
 * 长: zhǎng "to grow" before what grows or how (长出, 长着, 长大, 长满, 长成, 长得很慢) and
 * "head, chief" after a one-character institution (所长, 院长, 警长); cháng "long" elsewhere.
 */
const zhang: Rule = ({ word, offset, prev, next, prevTag, inWord }) => {
  // A word CC-CEDICT reads one way only: 生长 shēngzhǎng, 成长, 长度 (the model misreads it in running text).
  if (Array.from(word).length > 1 && inWord.length === 1 && inWord[0]) return inWord[0];
  // The head of an institution: 所长, 署长, 警长 (所长 "one's forte" is rare in running text).
  if (offset === 1 && new RegExp(`^${INSTITUTIONS}长$`, 'u').test(word)) return 'zhang3';
  // Growing and its result cut as one word (长出, 长满, 长胖).
  if (offset === 0 && /^长[出满胖]$/u.test(word)) return 'zhang3';
  if (word !== '长') return undefined;
  if (/^[出着大高满成胖肉得痘虫毛牙疮在个]/u.test(next)) return 'zhang3';
  // The head of an institution, cut from it: 所|长, 院|长, 警|长; also after the institution's
  // name (河南省|长, 瓮安县|长, 高雄市|长, 轮机|长).
  if (new RegExp(`^${INSTITUTIONS}$`, 'u').test(prev)) return 'zhang3';
  const head = /[院所署局处科部厅校县市省乡村镇区队组班团社站馆州营连舰船机]$/u;
  return Array.from(prev).length > 1 && head.test(prev) && !/^m/u.test(prevTag) ? 'zhang3' : undefined;
};

/**
 * 干: gàn "to do, to work" after modals and adverbs of doing (在干, 要干, 苦干, 白干) and before
 * what is done (干什么, 干活, 干家务); gān "dry" elsewhere (衣服干了).
 */
const gan: Rule = ({ word, prev, next }) => {
  if (word !== '干') return undefined;
  if (
    [
      '在',
      '要',
      '能',
      '会',
      '想',
      '去',
      '来',
      '别',
      '肯',
      '敢',
      '苦',
      '实',
      '巧',
      '蛮',
      '硬',
      '白',
      '正在',
      '继续',
      '照样',
      '接着',
      '一起',
    ].includes(prev)
  )
    return 'gan4';
  if (/^(什么|啥|嘛|活|事|家务|农活|坏事|起|罢|完)/u.test(next)) return 'gan4';
  return undefined;
};

/**
 * 抡 "to swing, to brandish" (抡起, 抡拳, 抡了一通) is lūn wherever it is a verb; lún "to select" lives
 * in the literary 抡才, 抡材 and in names (字山抡).
 */
const lun: Rule = ({ word, prev, next, prevTag }) => {
  if (word !== '抡' || /^[才材]/u.test(next)) return undefined;
  if (/^[起着了过圆拳刀棒锤斧鞭棍开动完]/u.test(next)) return 'lun1';
  // Opening its clause or after an adverb, a pronoun or a verb: ，抡完, 他抡, 又抡 (not 一抡 "a lump", 山抡 in a name).
  return prev === '' || /^(d|r|v|p|u)/u.test(prevTag) ? 'lun1' : undefined;
};

/**
 * 攒 "to save up" (攒钱, 攒下, 攒够, 全攒着) is zǎn, also as a word of its own before what is saved or
 * after an adverb (正经攒底, “攒”项目); cuán "to gather, to cluster" lives in its words (攒尖, 攒动,
 * 攒簇), before 动, 聚, 集, 尖, 簇, 眉, 射, and as the classifier after a numeral (二攒).
 */
const zan: Rule = ({ word, offset, prev, next, prevTag, nextTag }) => {
  const chars = Array.from(word);
  if (chars[offset] !== '攒') return undefined;
  const right = chars[offset + 1] ?? Array.from(next)[0] ?? '';
  if (/[动聚集尖簇眉射珠园]/u.test(right)) return undefined;
  // The classifier of bracket sets after a numeral (平身科二攒, 各一攒) is cuán.
  if (word === '攒') {
    if (/^[钱下够足点些起齐了着到]/u.test(next)) return 'zan3';
    // After an adverb, or opening a clause or a quotation before what is saved (正经攒底, “攒”项目);
    // not after a verb (连扑攒数十次 cuán "to rush") or in a place name (西攒村).
    return /^d/u.test(prevTag) || (prev === '' && (next === '' || /^n/u.test(nextTag))) ? 'zan3' : undefined;
  }
  // 全攒, 都攒: an adverb and the verb cut together; 积攒 is a dictionary word already.
  return chars.length === 2 && offset === 1 && /^[全都也还就先]$/u.test(chars[0] ?? '') ? 'zan3' : undefined;
};

/**
 * 率: lǜ "rate" closes a noun phrase (中签率为百分之二, 出勤率高); shuài "to lead" takes troops or
 * a team as its object (率团, 率部) and lives in its words (率领, 率先, 坦率).
 */
const lv: Rule = ({ word, prev, next }) =>
  word === '率' &&
  prev &&
  (next === '' || /^(为|是|达|高|低|不|在|上升|下降|提高|仅|约|超|较|增|降|均|只|已|由|从|的)/u.test(next))
    ? 'lv4'
    : undefined;

/**
 * 藏: the verb cáng "to hide, to store" before where or how (藏在床下, 藏起来, 藏好, 藏有); zàng "Tibet;
 * treasure house" lives in its words (西藏, 宝藏) and names what is Tibetan (藏族, 藏军).
 */
const cang: Rule = (a) => (/^[在起着了进到好于入匿身钱有]$/u.test(verbComplement(a, '藏')) ? 'cang2' : undefined);

/**
 * 劲: jìn "strength, energy" as the object of 使, 用, 有, 没, after an aspect particle or a classifier
 * (使劲, 憋着劲, 泄了劲, 一股劲, 没劲, 一个劲地) and as the head after what it is the energy of (开心劲);
 * jìng "strong, sturdy" is an attribute or a predicate (劲风, 劲旅, 强劲, 霜风劲).
 */
const JIN_BEFORE = /[使用带有没起费加憋铆股个那这鼓足大少多着了]$/u;
const jin: Rule = ({ word, offset, prev, next, nextTag }) => {
  const chars = Array.from(word);
  // Cut as one word with its verb or classifier: 用劲, 鼓劲, 一个劲, 一个劲地.
  // Not as an attribute before a noun: 加劲梁 jiājìng "stiffening girder".
  const tail = chars.slice(offset + 1).join('');
  if (
    offset > 0 &&
    /^[地儿头]?$/u.test(tail) &&
    JIN_BEFORE.test(chars.slice(0, offset).join('')) &&
    !/^n/u.test(nextTag)
  )
    return 'jin4';
  return word === '劲' && ((JIN_BEFORE.test(prev) && !/^n/u.test(nextTag)) || /^[儿头]/u.test(next))
    ? 'jin4'
    : undefined;
};

/** 卡: qiǎ "to get stuck, to wedge" before 在, 住, 着, 了 (鱼刺卡在喉咙里); kǎ "card" elsewhere. */
const qia: Rule = (a) => qiaCheckpoint(a) ?? qiaStuck(a);

const qiaStuck: Rule = ({ word, offset, next }) => {
  if (word === '卡住' && offset === 0) return 'qia3';
  return word === '卡' && /^[在住着了死]/u.test(next) ? 'qia3' : undefined;
};

/** 宿: xiǔ, the classifier of nights, after a numeral (一宿, 两宿, 半宿); sù "to stay" elsewhere. */
const xiu: Rule = ({ word, offset, prev }) => {
  const chars = Array.from(word);
  const left = offset > 0 ? chars[offset - 1] : Array.from(prev).pop();
  // Not after other numerals: 二十八宿 xiù are the lunar mansions.
  return chars[offset] === '宿' && offset === chars.length - 1 && left && /[一两几半整这那]/u.test(left)
    ? 'xiu3'
    : undefined;
};

/** 薄 as the plain adjective "thin" is báo (很薄, 太薄了, 薄的); bó lives in its words (薄弱, 单薄). */
const bao: Rule = ({ word, prev, next }) => {
  if (word !== '薄') return undefined;
  if (/^(很|太|更|较|最|比较|特别|非常|挺|又|越|变|越来越|得)$/u.test(prev) || /^[的了些点]/u.test(next)) return 'bao2';
  return undefined;
};

/**
 * 着: zháo "to reach the result" after 睡, 找, 猜, 够 (睡着了, 找着了) and before 火, 凉, 迷
 * (着火, 着凉); the aspect particle zhe after a one-syllable verb with something after it
 * (睁着眼睛说瞎话), and in 穿着 before what is worn; zhuó "to wear; to touch" in its words.
 */
const zhao: Rule = ({ word, offset, prev, next, prevTag, isVerb }) => {
  // 穿着 is chuānzhuó "attire" only as a noun; before what is worn it is 穿 + zhe (穿着睡衣).
  if (word === '穿着' && offset === 1 && next !== '' && next !== '的') return 'zhe5';
  if (word !== '着') return undefined;
  if (/[睡找猜逮够摸见烧点]$/u.test(prev) && (next === '' || /^[了啊呢吧]/u.test(next))) return 'zhao2';
  if (/^[火凉迷]/u.test(next) && Array.from(next).length === 1) return 'zhao2';
  // 着了慌, 着了魔: zháo "to be seized by", with 了 and what seizes, not after a verb.
  if (next === '了' && !VERB_TAG.test(prevTag) && !isVerb(prev)) return 'zhao2';
  // The potential complement: 睡不着, 用不着, 够得着.
  if (prev === '不' || prev === '得') return 'zhao2';
  // After a verb and before what follows, the durative particle: 睁着眼睛, 堆放着数十袋.
  if ((isVerb(prev) || VERB_TAG.test(prevTag)) && next !== '') return 'zhe5';
  return undefined;
};

/**
 * 涌 "to gush, to surge" is yǒng (涌出, 涌入, 涌动); chōng is the southern word for a river branch,
 * closing place names (沙鱼涌, 鸭涌河).
 */
const yong: Rule = (a) => {
  // Before where or how it gushes, also cut as one word (涌出, 涌动, 涌入).
  if (/^[出入来进向动现起上到]$/u.test(verbComplement(a, '涌'))) return 'yong3';
  // A river branch closing a place name, before a pause or what lies along it (沙鱼涌。, 鸭涌河, 凤安涌两岸).
  const place = a.next === '' || /^[河口村两]/u.test(a.next) || /^(ns|f)/u.test(a.nextTag);
  // Not after a direction (往外涌).
  return a.word === '涌' && /^(n|ns|nr)/u.test(a.prevTag) && !/[外里内上下前后出来去]$/u.test(a.prev) && place
    ? 'chong1'
    : undefined;
};

/**
 * Surnames read apart from the character's common reading: 曾 Zēng (曾国藩), 朴 Piáo (朴槿惠),
 * 单 Shàn, 仇 Qiú, 区 Ōu, 解 Xiè, 缪 Miào, 查 Zhā, 覃 Qín at the head of a three-character name
 * that CC-CEDICT lists, and before 姓, 氏 (缪姓).
 */
const SURNAME_READINGS: ReadonlyMap<string, string> = new Map([
  ['曾', 'zeng1'],
  ['朴', 'piao2'],
  ['单', 'shan4'],
  ['仇', 'qiu2'],
  ['区', 'ou1'],
  ['解', 'xie4'],
  ['缪', 'miao4'],
  ['查', 'zha1'],
  ['覃', 'qin2'],
]);

const surname: Rule = ({ word, offset, next, following, isName }) => {
  const c = Array.from(word)[offset] ?? '';
  const reading = SURNAME_READINGS.get(c);
  if (!reading) return undefined;
  // A Korean name the segmenter cut into characters: 朴 alone before two one-character pieces
  // (朴|镇|万, 朴|正|男, 朴|在|京); the adjective pǔ makes words (朴素, 朴实, 朴拙圆满 keeps it).
  const single = (f: { word: string } | undefined) => f !== undefined && Array.from(f.word).length === 1;
  if (c === '朴' && word === '朴' && single(following[0]) && single(following[1])) return reading;
  if (Array.from(word).length === 1 && /^[姓氏]/u.test(next)) return reading;
  if (offset === 0 && /^.[姓氏]$/u.test(word)) return reading;
  // Three characters: a surname and a given name (曾国藩); two-character names listed in
  // CC-CEDICT are as often transliterations (缪斯 Miù sī, the Muse).
  return offset === 0 && Array.from(word).length === 3 && isName(word) ? reading : undefined;
};

/**
 * 降: xiáng "to surrender; to subdue" after verbs of asking for, receiving or urging surrender
 * (乞降, 迎降, 请降, 受降, 劝降, 招降, 投降) and before those who surrendered (降将, 降兵); jiàng
 * "to fall, to lower" elsewhere.
 */
const xiangSurrender: Rule = ({ word, prev, next }) =>
  word === '降' && (/[乞迎请诈纳受劝招归投]$/u.test(prev) || /^[服将兵卒军众]/u.test(next)) ? 'xiang2' : undefined;

/**
 * 铺: the verb pū "to spread, to lay" before its result or place (铺上, 铺通, 铺满, 铺在);
 * pù "shop; bed" is a noun (店铺, 床铺).
 */
const pu: Rule = (a) => (/^[上通开满在平好成着到设]$/u.test(verbComplement(a, '铺')) ? 'pu1' : undefined);

/** 炸 in a kitchen is zhá "to deep-fry" (油炸, 炸至金黄); zhà "to explode" elsewhere. */
const zha: Rule = ({ word, sentence }) =>
  word === '炸' && /[油锅煎烹勺]|面粉|金黄/u.test(sentence) ? 'zha2' : undefined;

/** 弹: tán "to play (a plucked or keyboard instrument), to flick" (弹钢琴, 弹吉他); dàn "bullet, bomb". */
const tan: Rule = ({ word, next }) =>
  word === '弹' && /^(钢琴|琴|吉他|古筝|琵琶|曲|唱)/u.test(next) ? 'tan2' : undefined;

/** 擂: lèi in 擂台 "arena" and 擂主 "arena champion"; léi "to beat (a drum)" elsewhere. */
const lei: Rule = ({ word, offset, next }) => {
  const chars = Array.from(word);
  if (chars[offset] !== '擂') return undefined;
  const after = chars[offset + 1] ?? Array.from(next)[0] ?? '';
  return after === '主' || after === '台' ? 'lei4' : undefined;
};

/** 累: lěi "repeatedly, successively" before an official's promotions (累迁, 累官, 累擢) and years (累年). */
const leiRepeat: Rule = ({ word, next }) =>
  word === '累' && /^[迁官任擢赠封年次世代]/u.test(next) ? 'lei3' : undefined;

/**
 * 累 lèi "tired" is an adjective: it takes degree adverbs (好累, 很累, 比大人还累), aspect and
 * result (累了, 累倒, 累得, 累坏, 累到趴了), and stands as a predicate at a clause end. lěi
 * "to accumulate; to involve" (累计, 连累, 累及) and léi (累赘) live in their words, and lěi
 * "repeatedly" comes before what is repeated (累迁, leiRepeat).
 */
const leiTired: Rule = (a) => {
  const { word, prev, next } = a;
  if (word !== '累') return leiRepeat(a);
  if (/^[了得倒坏死垮瘦着到点极啦呀啊吗呢吧的]/u.test(next) && Array.from(next).length <= 2) return 'lei4';
  if (/^(很|好|太|真|挺|最|更|还|也|不|又|多|特别|非常|比较|有点|有些|这么|那么|怪|够|可)$/u.test(prev)) return 'lei4';
  // After a verb of doing, as its result (玩累了, 走累); at a clause end after a subject (我累).
  if (next === '' && prev && !/^(积|连|牵|拖|带|劳|受|所)$/u.test(prev)) return 'lei4';
  return leiRepeat(a);
};

/**
 * 儿 standing alone, where the segmenter left it apart from the word before, is the noun ér
 * "son, child" (为儿求情, 替儿讨薪, 体弱儿) or part of a name (菲儿): the erhua suffix r makes one
 * word with its host, which CC-CEDICT lists (哪儿, 这儿, 一会儿, 玩儿).
 */
const er: Rule = ({ word, prev, isWord }) => (word === '儿' && !(prev && isWord(`${prev}儿`)) ? 'er2' : undefined);

/**
 * 晕: the verb yūn "to faint; dizzy" after a verb of hitting and before 了, 倒, 过去, 厥
 * (击晕, 晕了过去, 晕倒); yùn "halo" is a noun (光晕, 冰晕, 晕轮) and lives in 晕车, 晕船.
 */
const yun: Rule = ({ word, prev, next }) => {
  if (word !== '晕') return undefined;
  if (/[击打砸撞摔熏灌迷]$/u.test(prev) || /^(了|倒|过去|厥|乎|死|头转向)/u.test(next)) return 'yun1';
  return undefined;
};

/**
 * 钉 dìng and 夹 jiā, 缝 féng, 撒 sǎ as verbs before the place or result (钉在十字架上, 钉入, 夹在腋下,
 * 缝于左胸, 缝好, 撒在湖中); the nouns dīng "nail", jiá (夹衣), fèng "seam" elsewhere.
 */
const VERB_BEFORE: ReadonlyMap<string, [RegExp, string]> = new Map([
  ['钉', [/^[在入进上住牢死好到]$/u, 'ding4']],
  ['夹', [/^[在住着起紧到]$/u, 'jia1']],
  ['缝', [/^[在于好上补制合起成到]$/u, 'feng2']],
  ['撒', [/^[在上下入进满遍到向]$/u, 'sa3']],
]);
const verbBefore: Rule = (a) => {
  const c = Array.from(a.word)[a.offset] ?? '';
  const rule = VERB_BEFORE.get(c);
  return rule && rule[0].test(verbComplement(a, c)) ? rule[1] : undefined;
};

/**
 * 边 after a direction or a demonstrative is the neutral suffix of place words (右边 yòubian,
 * 西南边, 那边); 旁边 pángbiān keeps its tone: 现代汉语词典 writes them ·bian.
 */
const bian: Rule = ({ word, offset }) => {
  const chars = Array.from(word);
  return offset === chars.length - 1 && offset > 0 && /^[东西南北左右上下前后里外这那哪]+边$/u.test(word)
    ? 'bian5'
    : undefined;
};

/** 弄 lòng "lane" after a family name's 家 or a house number (王家弄, 40弄) and before 堂 (弄堂); nòng "to do" elsewhere. */
const long: Rule = ({ word, offset, prev, next }) => {
  const chars = Array.from(word);
  if (chars[offset] !== '弄') return undefined;
  const left = offset > 0 ? chars[offset - 1] : Array.from(prev).pop();
  const right = chars[offset + 1] ?? Array.from(next)[0];
  return left === '家' || /^[0-9０-９]$/u.test(left ?? '') || right === '堂' ? 'long4' : undefined;
};

/**
 * 少 shǎo "few, little" as a predicate ending its clause (由于人口少，面积小); shào "young" lives in
 * its words (少年, 少女) and in given names, which the segmenter keeps whole (郑少秋).
 */
const shao: Rule = ({ word, prev, next, prevTag }) =>
  word === '少' && next === '' && prev !== '' && /^(n|d|r|a)/u.test(prevTag) ? 'shao3' : undefined;

/**
 * 轧: yà "to run over, to crush" before what it does (轧死, 轧伤, 轧过); zhá "to roll (steel)"
 * before the rolling and its products (轧制, 轧钢, 轧辊, 轧材).
 */
const ya: Rule = ({ word, offset, next }) => {
  const chars = Array.from(word);
  if (chars[offset] !== '轧') return undefined;
  const right = chars[offset + 1] ?? Array.from(next)[0] ?? '';
  if (/[死伤过倒断碎坏]/u.test(right)) return 'ya4';
  return /[制钢辊材机]/u.test(right) ? 'zha2' : undefined;
};

/** 蔚 Yù in the place names 蔚县 and 蔚州; wèi "luxuriant" elsewhere (蔚蓝, 蔚然). */
const yuPlace: Rule = ({ word, offset, next }) => {
  const chars = Array.from(word);
  const right = chars[offset + 1] ?? Array.from(next)[0] ?? '';
  return chars[offset] === '蔚' && /[县州]/u.test(right) ? 'yu4' : undefined;
};

/**
 * 重 chóng "again, re-" before a one-syllable verb (重笑一次, 重拍, 重归娱乐圈, 重录旁白); zhòng
 * "heavy" after a degree adverb (很重) and in its words (重视, 重伤).
 */
const chong: Rule = ({ word, prev, next, nextTag, isVerb }) => {
  if (word !== '重' || Array.from(next).length !== 1) return undefined;
  if (/^(很|太|更|最|真|好|挺|较|加|变|过|不)$/u.test(prev)) return undefined;
  // Not before a preposition or copula: 重在骨格, 重于文采 (zhòng "to value").
  if (/^(p|c|u)/u.test(nextTag) || /^[于是在]$/u.test(next)) return undefined;
  return /^(v|vg|zg|nz)/u.test(nextTag) || isVerb(next) ? 'chong2' : undefined;
};

/** 丧: sāng "funeral, mourning" (主丧, 治丧, 奔丧, 丧事); sàng "to lose" elsewhere. */
const sang: Rule = ({ word, prev, next }) =>
  word === '丧' && (/[主治奔吊守居发报服]$/u.test(prev) || /^[事礼服葬家钟]/u.test(next)) ? 'sang1' : undefined;

/** 的 standing alone is the particle de; dì and dí live in its words (目的, 的确, 的士). */
const deParticle: Rule = ({ word }) => (word === '的' ? 'de5' : undefined);

/**
 * 了 standing alone is the particle le (出了事儿, 漂白了); liǎo "to finish; can" follows 不 and 得
 * (办不了, 得了) and lives in its words (了解, 了不起).
 */
const le: Rule = ({ word, prev }) => (word === '了' && !/[不得]$/u.test(prev) ? 'le5' : undefined);

/** 当天 dàngtiān "that same day" and 当晚 dàngwǎn "that same evening" (现代汉语词典); 当时 stays dāngshí. */
const dang: Rule = ({ word, offset }) => ((word === '当天' || word === '当晚') && offset === 0 ? 'dang4' : undefined);

/**
 * 子 and 头 as noun suffixes are neutral (肚子 dùzi, 蚊子, 一下子, 石头): where CC-CEDICT writes the
 * word with a neutral last syllable, that is the reading, not the full zǐ, tóu of 电子, 男子, 开头.
 */
const suffix: Rule = ({ word, offset, inWord }) => {
  const n = Array.from(word).length;
  return n > 1 && offset === n - 1 && inWord.length === 1 && inWord[0]?.endsWith('5') ? inWord[0] : undefined;
};

/**
 * 倒: dào as the adverb "on the contrary, rather" before 是, 也, 不, 挺 (我倒是想, 他倒也省事)
 * and as "to pour" before what is poured (倒垃圾, 倒水); dǎo "to fall" elsewhere (倒下, 倒塌).
 */
const dao: Rule = ({ word, next }) =>
  word === '倒' && /^(是|也|不|挺|还|真|蛮|垃圾|水|茶|酒|油)/u.test(next) ? 'dao4' : undefined;

/** 卡 qiǎ "checkpoint" after 设, 闯, 过 (设卡, 闯卡); kǎ "card" elsewhere. */
const qiaCheckpoint: Rule = ({ word, prev }) => (word === '卡' && /^[设闯哨]$/u.test(prev) ? 'qia3' : undefined);

/** 拗 ǎo "to bend until it breaks" before its result (拗断, 拗成两截); niù "stubborn" elsewhere (执拗). */
const ao: Rule = ({ word, next }) => (word === '拗' && /^[断成弯折]/u.test(next) ? 'ao3' : undefined);

/**
 * 都 dū "capital, metropolis" after what names it (国都, 上都, 陶都, 南都) where no verb phrase
 * follows, and in 建都/定都/迁都 before the place (定都于南京); dōu "all, already" before a verb
 * phrase, by word class too (伊朗与阿联酋都宣称, 本女王都能告诉你, 土耳其与中国都有着), whatever
 * place names stand before it.
 */
const du: Rule = ({ word, prev, next, nextTag, isVerb, inWord }) => {
  // A word CC-CEDICT reads one way only: 首都, 都市.
  if (Array.from(word).length > 1 && inWord.length === 1 && inWord[0]) return inWord[0];
  // Titles of the chief (都指挥使司, 都转运使): dū, with the model.
  if (word !== '都' || /^(指挥|转运|察|尉)/u.test(next)) return undefined;
  const capital = /^[上国首古旧陪建迁定故帝陶瓷京]$/u.test(prev);
  const vp =
    next !== '' &&
    (isVerb(next) ||
      /^[是能会要有很不没在已可得被把给让比还也就才一这那]/u.test(next) ||
      /^(v|d|p|a|c)/u.test(nextTag));
  if (capital && /^[建迁定]$/u.test(prev) && /^[于在]/u.test(next)) return 'du1';
  if (capital) return vp ? 'dou1' : 'du1';
  return vp ? 'dou1' : undefined;
};

/**
 * 挑: tiāo "to choose; to carry on a pole" takes what is chosen or carried, or an aspect
 * particle (挑水果, 挑了自己, 挑着担子); tiǎo "to stir up, to raise" lives in its words (挑战, 挑衅)
 * and before 起, 拨, 明, 灯, 逗, 动, 唆 (挑起争端, 挑明, 挑灯夜读).
 */
const tiao: Rule = ({ word, next, nextTag }) => {
  if (word !== '挑' || /^[起拨明灯逗动唆衅战]/u.test(next)) return undefined;
  return next !== '' && /^(n|r|u|m|q|f)/u.test(nextTag) ? 'tiao1' : undefined;
};

/**
 * 种: zhòng "to plant, to grow" is the verb, before what is planted or an aspect or result
 * (私自种茄子, 改种葡萄, 率先种了, 种出, 种下) when no numeral or demonstrative stands before it;
 * zhǒng "kind, species" is the classifier and noun (一种, 这种花, 各种, 一个种).
 */
const zhongPlant: Rule = ({ word, prev, prevTag, next, nextTag }) => {
  if (word !== '种' || !next) return undefined;
  if (
    /^(m|q)/u.test(prevTag) ||
    COUNTERS.has(Array.from(prev).pop() ?? '') ||
    /[各多某该此同本另何变物人品]$/u.test(prev)
  )
    return undefined;
  if (/^[了着过出下上在满好完起]$/u.test(next)) return 'zhong4';
  return /^n/u.test(nextTag) && (prev === '' || /^(d|v|p|r|c)/u.test(prevTag)) ? 'zhong4' : undefined;
};

/**
 * 塞: sāi "to stuff, to squeeze in" before where or how (塞进去, 塞到, 塞给, 塞了, 塞在); sài "frontier"
 * (要塞, 边塞) and sè "to block" (堵塞, 闭塞) live in their words, and names keep their reading (塞浦路斯).
 */
const sai: Rule = (a) => (/^[入进到给了着在满住回上下得好过]$/u.test(verbComplement(a, '塞')) ? 'sai1' : undefined);

/** 钻: zuān "to drill, to get into" before where or how (钻入, 钻到, 钻出来, 钻了); zuàn "a drill, a diamond" is the noun (钻石, 钻头). */
const zuan: Rule = (a) => (/^[入进出到了着过在回上下去来]$/u.test(verbComplement(a, '钻')) ? 'zuan1' : undefined);

/** 咽: yàn "to swallow" as the verb (咽下, 咽不下, 咽了口唾沫, 咽气); yān "pharynx" (咽喉, 咽炎) and yè (哽咽) live in their words. */
const yanSwallow: Rule = (a) => {
  const right = verbComplement(a, '咽');
  // Not after a classifier: 单个咽下外声囊 is the pharynx.
  if (/[个只]$/u.test(a.prev)) return undefined;
  if (/^[下了着过气进回得不]$/u.test(right)) return 'yan4';
  return a.word === '咽' && /^v/u.test(a.tag) && !a.next ? 'yan4' : undefined;
};

/**
 * 差: chà "poor, lacking" as the adjective or verb standing alone or after a degree adverb (太差,
 * 很差, 较差, 还差一点); chā "difference" (差别, 误差, 偏差) and chāi "errand" (出差) live in their words.
 */
const cha: Rule = ({ word, offset, prev, next, prevTag, nextTag }) => {
  const chars = Array.from(word);
  if (chars[offset] !== '差') return undefined;
  // Alone after a clause edge, a word of its own or an adverb (身材差, 太差, 还差); after one
  // character it is a compound cut apart (基差, 行差踏错).
  // Ending its clause or before a conjunction or particle (身材差，, 太差而…): not 差平方 "the difference of squares".
  if (word === '差')
    return (next === '' || /^(c|u|y)/u.test(nextTag)) &&
      !/^(m|q)/u.test(prevTag) &&
      (prev === '' || Array.from(prev).length > 1 || /^[很太较最更挺真好变还就也都不没再又]$/u.test(prev))
      ? 'cha4'
      : undefined;
  return chars.length === 2 && offset === 1 && /^[很太较最更挺真好变]$/u.test(chars[0] ?? '') ? 'cha4' : undefined;
};

/**
 * 燕 in a person's given name is yàn "swallow" (张海燕, 霍思燕, 庄燕); Yān is the old state and its
 * places (前燕, 燕王, 燕京, 燕山), which are no personal names.
 */
const yan: Rule = ({ word, offset, tag, prev, next }) => {
  const chars = Array.from(word);
  if (!/^nr/u.test(tag) || chars[offset] !== '燕') return undefined;
  // 前燕, 后燕, 南燕: the states, tagged as names.
  if (chars.length > 1) return offset > 0 && !/^[前后南北西东]燕$/u.test(word) ? 'yan4' : undefined;
  return /[前后南北西东]$/u.test(prev) || /^[王国京山赵地军都]/u.test(next) ? undefined : 'yan4';
};

/**
 * 调: tiáo "to adjust, to mix" in 上调/下调 of prices and rates (燃油附加费下调, 下调存款准备金率),
 * in 空调 inside a longer word (空调器), before its result (调成, 调好, 调匀) and after 难 (众口难调);
 * diào "to transfer; a tune" elsewhere, with the model.
 */
const tiao2: Rule = (a) => {
  const { word, offset, prev } = a;
  const chars = Array.from(word);
  if (chars[offset] !== '调') return undefined;
  // 上调 is also "transferred up" to a team or an office (上调天津队): tiáo only before a figure or a clause edge.
  if (word === '下调' && offset === 1 && !/^(到|回|去)/u.test(a.next)) return 'tiao2';
  if (word === '上调' && offset === 1 && (a.next === '' || /^[至了的]$/u.test(a.next) || /^m/u.test(a.nextTag)))
    return 'tiao2';
  if (offset > 0 && chars[offset - 1] === '空') return 'tiao2';
  if (/^[成好匀和整]$/u.test(verbComplement(a, '调'))) return 'tiao2';
  return word === '调' && prev === '难' ? 'tiao2' : undefined;
};

/** 行 háng "firm, trade" closing a word for a bank or a shop no dictionary lists (欧洲央行, 洗车行). */
const hang: Rule = ({ word, offset, isWord }) => {
  const chars = Array.from(word);
  return offset === chars.length - 1 && offset > 0 && /[央车商琴银]/u.test(chars[offset - 1] ?? '') && !isWord(word)
    ? 'hang2'
    : undefined;
};

/** 粘: zhān "to stick, to glue" as the verb before where or what it sticks (粘满苍蝇, 粘在墙上); nián "sticky" is the adjective. */
const zhan: Rule = (a) => {
  // Not 粘着 niánzhuó "adhesion".
  if (/^[满在上住到了起]$/u.test(verbComplement(a, '粘'))) return 'zhan1';
  // Before a noun of two syllables or more (粘苍蝇); 粘|竿 "a sticky pole" is a compound cut apart.
  return a.word === '粘' && /^n/u.test(a.nextTag) && Array.from(a.next).length > 1 && !/^(d|a)/u.test(a.prevTag)
    ? 'zhan1'
    : undefined;
};

/**
 * 藏 cáng "to hide" before what is hidden or where (藏私房钱, 把衣裤藏哪了); zàng "Tibetan" before
 * who or what is Tibetan (藏人, 藏族, 藏语, 藏医).
 */
const cangObject: Rule = (a) => {
  const { word, prev, next, nextTag } = a;
  if (word !== '藏' || /^[人族语文区医药传民军獒历地式袍香戏剧歌舞茶刀北南东西]/u.test(next)) return undefined;
  // Tibet itself after 驻, 入, 进, 援, 赴 (驻藏大臣), and 地藏 the bodhisattva; names are not hidden.
  if (/[驻入进援赴治西地宝]$/u.test(prev) || /^(nr|ns|nt|nz)/u.test(nextTag) || /^ns/u.test(a.prevTag))
    return undefined;
  return /^(n|r)/u.test(nextTag) ? 'cang2' : undefined;
};

/** 觉 jiào "a sleep" after 睡, a classifier or a numeral (睡美容觉, 睡一宿觉, 一觉醒来); jué "to feel" elsewhere. */
const jiao4: Rule = ({ word, offset, prev, next }) => {
  if (word === '觉醒' && offset === 0 && prev === '一' && /^来/u.test(next)) return 'jiao4';
  if (word !== '觉') return undefined;
  return /[睡个午补容宿晚一两]$/u.test(prev) ? 'jiao4' : undefined;
};

/**
 * 汗: hàn "sweat" after what is sweated or how much (出了一把汗, 一身的汗, 捏了把汗); hán the title
 * "khan" after the name of the one who holds it (拉藏|汗, 伊什木|汗; 可汗, 成吉思汗 are words).
 */
const han: Rule = ({ word, prev, prevTag }) => {
  if (word !== '汗' || prev === '') return undefined;
  if (/^(nr|ns|nz)/u.test(prevTag) && Array.from(prev).length > 1) return 'han2';
  return /^(m|q|u|v)/u.test(prevTag) || /[的了把身头脸出流冒擦捏虚冷热滴些]$/u.test(prev) ? 'han4' : undefined;
};

/** The rules by character: only these characters are looked at. */
const RULES: ReadonlyMap<string, Rule> = new Map([
  ['地', diByClass],
  ['过', guo],
  ['得', de],
  ['为', wei],
  ['只', zhi],
  ['中', zhong],
  ['教', jiao],
  ['罢', baParticle],
  ['相', xiang],
  ['应', ying],
  ['空', kong],
  ['结', jie],
  ['便', pian],
  ['咋', za],
  ['还', huan],
  ['长', zhang],
  ['干', gan],
  ['抡', lun],
  ['攒', zan],
  ['率', lv],
  ['藏', (a) => cang(a) ?? cangObject(a)],
  ['劲', jin],
  ['卡', qia],
  ['宿', xiu],
  ['薄', bao],
  ['着', zhao],
  ['涌', yong],
  ['当', dang],
  ['拗', ao],
  ['都', du],
  ['倒', dao],
  ['子', suffix],
  ['头', suffix],
  ['的', deParticle],
  ['了', le],
  ['降', xiangSurrender],
  ['铺', pu],
  ['炸', zha],
  ['弹', tan],
  ['擂', lei],
  ['累', leiTired],
  ['重', chong],
  ['少', shao],
  ['轧', ya],
  ['蔚', yuPlace],
  ['晕', yun],
  ['钉', verbBefore],
  ['夹', verbBefore],
  ['缝', verbBefore],
  ['撒', verbBefore],
  ['边', bian],
  ['弄', long],
  ['挑', tiao],
  ['儿', er],
  ['丧', sang],
  ['种', zhongPlant],
  ['塞', sai],
  ['钻', zuan],
  ['咽', yanSwallow],
  ['差', cha],
  ['燕', yan],
  ['调', tiao2],
  ['行', hang],
  ['粘', zhan],
  ['觉', jiao4],
  ['汗', han],
  ...[...MODAL_NEUTRAL].map((c): [string, Rule] => [c, modalParticle]),
  ...[...SURNAME_READINGS.keys()].map((c): [string, Rule] => [c, surname]),
]);

const verbCache = new WeakMap<Dictionary, Map<string, boolean>>();

/** Whether the word's main CC-CEDICT sense is a verb's ("to …", not "to be …"). */
export function isVerbLike(word: string, dictionary: Dictionary): boolean {
  let cache = verbCache.get(dictionary);
  if (!cache) {
    cache = new Map();
    verbCache.set(dictionary, cache);
  }
  let known = cache.get(word);
  if (known === undefined) {
    // The first sense of the first common (not name) entry: CC-CEDICT lists the main use first.
    const entry = dictionary
      .lookup(word)
      .find((e) => !/^[A-Z]/u.test(e.pinyin[0] ?? '') && !e.senses.every(isCrossReference));
    const sense = entry?.senses.find((x) => !isCrossReference(x)) ?? '';
    known = /^(\([^)]*\) )?to [a-z]/u.test(sense) && !/^(\([^)]*\) )?to be /u.test(sense);
    cache.set(word, known);
  }
  return known;
}

/** The word (Han only) that starts at code point `k`, or '' at a clause edge. */
function wordAt(view: SentenceView, k: number): string {
  if (k < 0 || k >= view.chars.length || !view.han[k]) return '';
  return view.chars.slice(view.wordStart[k] ?? k, view.wordEnd[k] ?? k + 1).join('');
}

/** The Han text after `from` up to the clause edge. */
function clauseAfter(view: SentenceView, from: number): string {
  let out = '';
  for (let k = from; k < view.chars.length && view.han[k]; k += 1) out += view.chars[k] as string;
  return out;
}

function readingsInWord(chars: readonly string[], offset: number, dictionary: Dictionary): string[] {
  const out = new Set<string>();
  for (const e of dictionary.lookup(chars.join(''))) {
    const r = e.pinyin[offset];
    if (e.pinyin.length === chars.length && r && !e.senses.every(isCrossReference)) out.add(r.toLowerCase());
  }
  return [...out];
}

/** The Han words from `start` to the clause edge, in text order. */
function wordsAfter(view: SentenceView, start: number): string[] {
  const out: string[] = [];
  let k = start;
  while (k < view.chars.length && view.han[k]) {
    const end = view.wordEnd[k] ?? k + 1;
    out.push(view.chars.slice(k, end).join(''));
    k = end;
  }
  return out;
}

/** The Han words that end just before `end`, back to the clause edge, in text order. */
function wordsBefore(view: SentenceView, end: number): string[] {
  const out: string[] = [];
  let k = end - 1;
  while (k >= 0 && view.han[k]) {
    const start = view.wordStart[k] ?? k;
    out.unshift(view.chars.slice(start, k + 1).join(''));
    k = start - 1;
  }
  return out;
}

/** The index of the first code point at or after `k` that is not white space. */
function skipSpace(view: SentenceView, k: number): number {
  while (k < view.chars.length && /\s/u.test(view.chars[k] ?? '')) k += 1;
  return k;
}

/** Quotation and title marks wrap a noun phrase (为“龙珠”配音): not a clause edge. */
const QUOTES = /^[“”‘’「」『』《》〈〉"']$/u;

/** Words after `start` with their classes, to the clause edge; Latin words, numbers and quoted words count (为 xAI 提供). */
function followingWords(view: SentenceView, start: number): { word: string; tag: string }[] {
  const out: { word: string; tag: string }[] = [];
  let k = skipSpace(view, start);
  while (k < view.chars.length && QUOTES.test(view.chars[k] ?? '')) k = skipSpace(view, k + 1);
  while (k < view.chars.length && (view.han[k] || /[\p{L}\p{N}]/u.test(view.chars[k] ?? ''))) {
    const end = view.wordEnd[k] ?? k + 1;
    out.push({ word: view.chars.slice(k, end).join(''), tag: view.tags[k] ?? '' });
    k = skipSpace(view, end);
    while (k < view.chars.length && QUOTES.test(view.chars[k] ?? '')) k = skipSpace(view, k + 1);
  }
  return out;
}

/** The reading a context rule gives the character at `i`, if one applies. */
export function ruleReading(view: SentenceView, i: number, dictionary: Dictionary): string | undefined {
  const c = view.chars[i] ?? '';
  const rule = RULES.get(c);
  if (!rule) return undefined;
  const ws = view.wordStart[i] ?? i;
  const we = view.wordEnd[i] ?? i + 1;
  const prevStart = ws > 0 ? (view.wordStart[ws - 1] ?? ws - 1) : -1;
  const nextEnd = view.wordEnd[we] ?? we + 1;
  // The clause-wide fields are computed only when a rule reads them: 的 and 了 come in every
  // sentence and their rules look at one word.
  return rule({
    word: view.chars.slice(ws, we).join(''),
    offset: i - ws,
    prev: prevStart >= 0 ? wordAt(view, prevStart) : '',
    next: wordAt(view, we),
    get next2() {
      return view.han[we] ? wordAt(view, nextEnd) : '';
    },
    get before() {
      return wordsBefore(view, ws);
    },
    get after() {
      return clauseAfter(view, we);
    },
    get afterWords() {
      return wordsAfter(view, we);
    },
    get sentence() {
      return view.chars.join('');
    },
    get inWord() {
      return readingsInWord(view.chars.slice(ws, we), i - ws, dictionary);
    },
    prevTag: prevStart >= 0 && view.han[prevStart] ? (view.tags[prevStart] ?? '') : '',
    nextTag: view.han[we] ? (view.tags[we] ?? '') : '',
    tag: view.tags[i] ?? '',
    get charBefore() {
      return view.chars[ws - 1] ?? '';
    },
    get following() {
      return followingWords(view, we);
    },
    isVerb: (w) => isVerbLike(w, dictionary),
    isWord: (w) => dictionary.has(w),
    isName: (w) => {
      const entries = dictionary.lookup(w);
      return entries.length > 0 && entries.every((e) => /^[A-Z]/u.test(e.pinyin[0] ?? ''));
    },
  });
}
