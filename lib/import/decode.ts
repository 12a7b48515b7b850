/**
 * Decodes a saved web page whatever its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * and the legacy Chinese encodings GB18030 (GBK, GB2312) and Big5. Legacy encodings carry no
 * marker, so both are tried and judged by how Chinese the result reads: common characters and
 * full-width punctuation are frequent in real text and rare in the other decoding's gibberish.
 * When the judgement is not clear the caller gets the likely encoding to name in its message.
 */

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export type DecodeResult =
  { ok: true; text: string; encoding: Encoding } | { ok: false; likely: Encoding | null; reason: string };

/**
 * Very common characters of written Chinese, simplified and traditional, and the full-width marks
 * every text uses. A real decoding has many; a wrong one has few.
 */
const COMMON = new Set(
  Array.from(
    '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西斯月话話合回特代内內信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活尔爾更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白却界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干幹造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准準布始怎呢存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談吃图圖念六引历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众眾构構房半节節土投某案黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够夠章音跟志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织織害斗双雙境客纪紀采竟歌网網，。、：；？！“”「」《》（）',
  ),
);

/** Share of characters that are common Chinese characters or marks. */
export function chineseScore(text: string): number {
  let total = 0;
  let common = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
    total += 1;
    if (COMMON.has(ch)) common += 1;
  }
  return total === 0 ? 0 : common / total;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const clean = (text: string): string => text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');

/** Below this share of common characters a decoding is not taken for Chinese text. */
const MIN_SCORE = 0.08;

/** Decodes the bytes of a raw page; see the module comment. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes.subarray(2));
    return text === null
      ? { ok: false, likely: 'UTF-16LE', reason: 'broken UTF-16LE text' }
      : { ok: true, text: clean(text), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode('utf-16be', bytes.subarray(2));
    return text === null
      ? { ok: false, likely: 'UTF-16BE', reason: 'broken UTF-16BE text' }
      : { ok: true, text: clean(text), encoding: 'UTF-16BE' };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: clean(utf8), encoding: 'UTF-8' };
  const gb = tryDecode('gb18030', bytes);
  const big5 = tryDecode('big5', bytes);
  const gbScore = gb === null ? 0 : chineseScore(gb);
  const big5Score = big5 === null ? 0 : chineseScore(big5);
  // UTF-16 without a byte-order mark is not guessed into, but named when it reads as Chinese.
  for (const [label, name] of [
    ['utf-16le', 'UTF-16LE'],
    ['utf-16be', 'UTF-16BE'],
  ] as const) {
    const text = bytes.length % 2 === 0 ? tryDecode(label, bytes) : null;
    if (text !== null && chineseScore(text) >= 2 * Math.max(gbScore, big5Score, MIN_SCORE / 2)) {
      return { ok: false, likely: name, reason: `looks like ${name} text without a byte-order mark` };
    }
  }
  const likely: Encoding = big5Score > gbScore ? 'Big5' : 'GB18030';
  const [bestText, bestScore, otherScore] = likely === 'Big5' ? [big5, big5Score, gbScore] : [gb, gbScore, big5Score];
  if (bestText !== null && bestScore >= MIN_SCORE && bestScore >= 2 * otherScore) {
    return { ok: true, text: clean(bestText), encoding: likely };
  }
  return {
    ok: false,
    likely: bestScore > 0 ? likely : null,
    reason: 'not valid UTF-8, and neither GB18030 nor Big5 reads clearly as Chinese',
  };
}
