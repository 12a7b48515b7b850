/**
 * English as the sense picker compares it: the words of a translation line with their offsets,
 * and the words of a CC-CEDICT sense, both reduced to the same stem so that "financing" meets
 * "to finance" and "cities" meets "city". The stemmer only has to agree with itself (both sides
 * go through it), so it strips inflections and a few suffixes rather than finding true lemmas;
 * irregular forms come from a list.
 */

/** One word of an English line: UTF-16 offsets [start, end) into the line, for DOM Ranges. */
export type EnglishWord = {
  text: string;
  start: number;
  end: number;
  /** Stem of the lower-cased word ("financing" → "financ"). */
  stem: string;
  /** A function word (the, of, as, and …): matched only by senses that are themselves function words. */
  stop: boolean;
  /** Digits, possibly with separators (2025, 100,000, 3.5). */
  number: boolean;
};

/** Function words. Senses made only of these ("and; with", "as", "also") still match them. */
const STOP = new Set(
  (
    'a an the of to in on at by for with from and or nor but as is are was were be been being am ' +
    'it its this that these those there here he she they we i you me him her us them his their our my your ' +
    'who whom whose what which where when why how than then so if because while though although ' +
    'not no also too very just only even already still yet ever again all both each every any some ' +
    'can could may might will would shall should must do does did done have has had up down out off ' +
    'over under into onto about after before between through via per toward towards against among ' +
    'one ones more most such own same ' +
    'other another etc s'
  ).split(' '),
);

/** Words inside CC-CEDICT senses that describe the sense rather than translate the word. */
const SENSE_NOISE = new Set(
  (
    "sth sb sb's one's oneself etc lit fig coll abbr esp e.g i.e used bound form literary classical " +
    'old archaic dialect tw prc kind type (of) also written variant pr'
  ).split(' '),
);

/** Function words too common in senses and lines to say which sense is meant ("to finance", "a kind of"). */
const GENERIC = new Set(
  'to a an the of be is are was were been being it its one ones s do does did have has had'.split(' '),
);

/** Verbs that carry little meaning alone inside a phrase ("to make peace", "to take part"): half weight. */
export const LIGHT_VERBS = new Set([
  'mak',
  'take',
  'tak',
  'get',
  'give',
  'giv',
  'put',
  'go',
  'come',
  'com',
  'set',
  'keep',
  'let',
  'hold',
  'turn',
  'bring',
]);

/** Irregular forms → the base form the stemmer then reduces. Verbs, a few plurals and comparatives. */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'was:be were:be been:be am:be is:be are:be had:have has:have did:do done:do does:do went:go gone:go ' +
    'made:make took:take taken:take gave:give given:give said:say got:get gotten:get saw:see seen:see ' +
    'came:come knew:know known:know thought:think told:tell found:find left:leave held:hold brought:bring ' +
    'bought:buy built:build sent:send spent:spend led:lead met:meet paid:pay ran:run sold:sell stood:stand ' +
    'understood:understand wrote:write written:write began:begin begun:begin broke:break broken:break ' +
    'chose:choose chosen:choose drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall felt:feel ' +
    'fought:fight flew:fly flown:fly forgot:forget forgotten:forget grew:grow grown:grow hung:hang hid:hide ' +
    'hidden:hide kept:keep laid:lay lain:lie lost:lose meant:mean rose:rise risen:rise rang:ring rung:ring ' +
    'shot:shoot showed:show shown:show sang:sing sung:sing sat:sit slept:sleep spoke:speak spoken:speak ' +
    'struck:strike swam:swim taught:teach threw:throw thrown:throw woke:wake won:win wore:wear worn:wear ' +
    'became:become drew:draw drawn:draw drank:drink drunk:drink fed:feed fled:flee heard:hear lent:lend ' +
    'lit:light rode:ride ridden:ride sought:seek shook:shake shaken:shake stole:steal stolen:steal ' +
    'stuck:stick swept:sweep tore:tear torn:tear wept:weep withdrew:withdraw arose:arise arisen:arise ' +
    'bore:bear born:bear borne:bear bent:bend bound:bind bred:breed caught:catch clung:cling crept:creep ' +
    'dealt:deal dug:dig dove:dive fled:flee forbade:forbid forgave:forgive froze:freeze frozen:freeze ' +
    'ground:grind knelt:kneel leapt:leap overcame:overcome shrank:shrink sank:sink slid:slide spun:spin ' +
    'sprang:spring strove:strive swore:swear sworn:swear swung:swing undertook:undertake wound:wind ' +
    'men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose people:person ' +
    'better:good best:good worse:bad worst:bad less:little least:little further:far farther:far ' +
    'larger:large largest:large bigger:big biggest:big ' +
    // Nationality adjectives meet their country: CC-CEDICT glosses 法国 "France", the line says "French".
    'french:france chinese:china japanese:japan british:britain english:england german:germany ' +
    'spanish:spain italian:italy russian:russia korean:korea indian:india afghan:afghanistan ' +
    'pakistani:pakistan israeli:israel iraqi:iraq iranian:iran egyptian:egypt greek:greece turkish:turkey ' +
    'dutch:netherlands american:america african:africa european:europe asian:asia kenyan:kenya ' +
    'canadian:canada australian:australia mexican:mexico brazilian:brazil vietnamese:vietnam thai:thailand ' +
    'saudi:saudi swiss:switzerland swedish:sweden polish:poland philippine:philippines filipino:philippines'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Words the suffix rules must leave alone (their ending is not an inflection). */
const KEEP = new Set(
  'news series species means bus gas this thus yes us plus always perhaps sometimes has was is does during nothing something anything everything thing king ring spring string bring morning evening wedding ceiling'.split(
    ' ',
  ),
);

const VOWEL = /[aeiouy]/u;

/**
 * The stem both sides are compared on: lower case, irregular forms to their base, then
 * -ies/-ied → i, -es/-s, -ing/-ed (with a doubled consonant undone), -tion/-sion → t/s, a final
 * -e or -y (y → i) dropped. "financing", "finances", "finance" → "financ"; "studies", "study" →
 * "studi"; "completion", "completed" → "complet".
 */
export function stem(word: string): string {
  const base = word
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[’']/gu, '');
  const out = reduce(base);
  // Too short a stem meets unrelated words ("using" → "us" would meet "US"): keep the word.
  return out.length < 3 && base.length > 3 ? base : out;
}

function reduce(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[’']/gu, '');
  w = IRREGULAR[w] ?? w;
  if (w.length <= 3 || KEEP.has(w) || !/^[a-z]+$/u.test(w)) return w;
  if (/ies$|ied$/u.test(w)) w = `${w.slice(0, -3)}i`;
  else if (/(ss|ch|sh|x|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/u.test(w) && !/(is|us|ss)$/u.test(w)) w = w.slice(0, -1);
  if (/ly$/u.test(w) && w.length > 5) w = w.slice(0, -2);
  if (/ing$/u.test(w) && VOWEL.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (/ed$/u.test(w) && VOWEL.test(w.slice(0, -2)) && w.length > 4) w = w.slice(0, -2);
  if (/([bdfgklmnprtv])\1$/u.test(w) && !/(ll|ss)$/u.test(w)) w = w.slice(0, -1);
  if (/[ts]ion$/u.test(w) && w.length > 6) w = w.slice(0, -3);
  if (/e$/u.test(w) && w.length > 3) w = w.slice(0, -1);
  else if (/y$/u.test(w) && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase().replace(/[’']s$/u, ''));
}

/** A word, a number (2,000 · 3.5 · 30,000–40,000 is two) or a hyphenated compound ("arm-wrestle"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,]\d+)*(?:[’'][\p{L}]+)?/gu;
const NUMBER = /^\d+(?:[.,]\d+)*$/u;

/** The words of an English line with their UTF-16 offsets. Hyphenated compounds count as their parts. */
export function englishWords(line: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (const m of line.matchAll(WORD)) {
    const text = m[0];
    const start = m.index ?? 0;
    const number = NUMBER.test(text);
    // "US", "IT": an upper-case abbreviation is a name, not the function word it spells.
    const stop = !number && !/^[A-Z]{2,}$/u.test(text) && isStopWord(text);
    out.push({
      text,
      start,
      end: start + text.length,
      stem: number ? text.replace(/,/gu, '') : stem(text),
      stop,
      number,
    });
  }
  return out;
}

/** What a sense says in words the picker can match. */
export type SenseWords = {
  /** Stems of the content words, in order ("to finance" → ["financ"]). */
  content: string[];
  /** Its function words that can carry a meaning (as, and, with, also …; not to, a, the, of), matched weakly. */
  function: string[];
  /** A surname, a cross-reference or a classifier list: says nothing a translation would contain. */
  empty: boolean;
  /** Every word of each part that has content words, lower case (function) or stemmed: "this year" → this, year. */
  phrases: string[][];
  /** The content stems of each part of the sense ("to make peace; to draw" → [make, peac], [draw]). */
  parts: string[][];
  /** Parts of three function words or more, lower case ("one after another", "as well as"): said word for word, they are strong evidence. */
  functionPhrases?: string[][];
};

/** Senses that translate nothing: "surname He", "variant of 從|从[cong2]", "CL:個|个[ge4]". */
const NON_TRANSLATING =
  /^(surname |(old |archaic |unofficial |erroneous )?variant of |used in |see |CL:|also written |also pr\. )/u;

/**
 * The words of one CC-CEDICT sense: parenthesised notes, Chinese cross-references (个[ge4]) and
 * descriptive words (sth, lit., abbr. …) are removed, the rest is split into content and function
 * words. "to finance" → financ; "(joining two nouns) and; together with; with" → function and,
 * together, with … ; "surname Ji" → empty.
 */
/** senseWords per sense text: the same CC-CEDICT senses come up for every occurrence of a word. */
const senseWordsMemo = new Map<string, SenseWords>();

/** The words a sense is expressed by (memoised; callers only read the result). */
export function senseWords(sense: string): SenseWords {
  let w = senseWordsMemo.get(sense);
  if (!w) {
    w = computeSenseWords(sense);
    senseWordsMemo.set(sense, w);
  }
  return w;
}

function computeSenseWords(sense: string): SenseWords {
  if (NON_TRANSLATING.test(sense)) return { content: [], function: [], empty: true, phrases: [], parts: [] };
  const quoted: string[] = [];
  let text = sense
    .replace(/\bas in\b.*$/u, ' ')
    // ("he" or "she"): quoted words in parentheses are the translation itself, keep them.
    .replace(/\(((?:\s*(?:or\s*)?"[^"]+")+)\s*\)/gu, (_, inner: string) => {
      for (const q of inner.matchAll(/"([^"]+)"/gu)) quoted.push(...(q[1] ?? '').toLowerCase().split(/\s+/u));
      return ' ';
    })
    .replace(/"[^"]*"/gu, ' ');
  // Parenthesised notes, innermost first: "(used after a noun (…) …)" says how, not what.
  for (let prev = ''; prev !== text;) {
    prev = text;
    text = text.replace(/\([^()]*\)/gu, ' ');
  }
  text = text
    .replace(/[\p{Script=Han}|]+\[[^\]]*\]/gu, ' ')
    .replace(/\p{Script=Han}+/gu, ' ')
    .replace(/\b(abbr\.(?: for| of)?|lit\.|fig\.|coll\.|esp\.|e\.g\.|i\.e\.|etc\.)/gu, ' ');
  const content: string[] = [];
  const fn: string[] = [];
  const phrases: string[][] = [];
  const parts: string[][] = [];
  const functionPhrases: string[][] = [];
  // Function words count only in a part of the sense made of nothing else ("and; together with;
  // with" gives "and" and "with"; "really and truly" gives none).
  for (const part of text.split(/[;,]/u)) {
    const words: string[] = [];
    const functionWords: string[] = [];
    const generic: string[] = [];
    const phrase: string[] = [];
    for (const m of part.matchAll(WORD)) {
      const raw = m[0].toLowerCase();
      if (SENSE_NOISE.has(raw)) continue;
      if (/^\d/u.test(raw)) continue; // dates in names ("(1971-)") and classifier digits say nothing here
      phrase.push(isStopWord(raw) ? raw : stem(raw));
      if (!isStopWord(raw)) words.push(stem(raw));
      else if (GENERIC.has(raw)) generic.push(raw);
      else functionWords.push(raw.replace(/[’']s$/u, ''));
    }
    content.push(...words);
    if (words.length > 0) parts.push(words);
    if (words.length > 0 && phrase.length > words.length) phrases.push(phrase);
    if (words.length === 0 && phrase.length >= 3) functionPhrases.push(phrase);
    // "is; are; to be": when a part holds only the commonest words, they are what it says.
    if (words.length === 0)
      fn.push(
        ...(functionWords.length > 0
          ? functionWords
          : generic.filter((g) => g !== 'to' && g !== 'a' && g !== 'the' && g !== 'of')),
      );
  }
  for (const q of quoted) (isStopWord(q) ? fn : content).push(isStopWord(q) ? q : stem(q));
  return {
    content,
    function: fn,
    empty: content.length === 0 && fn.length === 0,
    phrases,
    parts,
    ...(functionPhrases.length > 0 ? { functionPhrases } : {}),
  };
}
