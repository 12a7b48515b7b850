/**
 * A Bloom filter over a fixed set of strings: answers "certainly not in the set" from a bit array
 * in a few nanoseconds, where a miss in a Map of 100,000+ keys costs a hash-table probe that
 * rarely stays in the CPU cache. Most questions the pipeline asks of CC-CEDICT and jieba's word
 * list are about strings that are no word at all (every pair of neighbouring characters, every
 * span around a polyphone), so the lists answer those through `mightHave` first.
 */
export type KeyFilter = {
  /** False: the key is not in the set. True: it may be (about 1 in 70 false positives). */
  mightHave(key: string): boolean;
};

/** Bits per key: 16 with two probes gives about 1.4 % false positives. */
const BITS_PER_KEY = 16;

/** FNV-1a over UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k += 1) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** A second, independent probe from the first hash (a murmur3 finaliser). */
function rehash(h: number): number {
  let x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export function createKeyFilter(keys: Iterable<string>, count: number): KeyFilter {
  let size = 1024;
  while (size < count * BITS_PER_KEY) size *= 2;
  const mask = size - 1;
  const bits = new Uint32Array(size / 32);
  const set = (b: number) => {
    bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
  };
  const test = (b: number) => ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  for (const key of keys) {
    const h = hash(key);
    set(h & mask);
    set(rehash(h) & mask);
  }
  return {
    mightHave(key) {
      const h = hash(key);
      return test(h & mask) && test(rehash(h) & mask);
    },
  };
}
