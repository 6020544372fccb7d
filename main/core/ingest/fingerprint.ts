/**
 * Duplicate detection. Exact duplicates: SHA-256 of the normalised text. Near duplicates
 * (syndicated copies with a new headline or a few edited words): 64-bit SimHash over
 * character 4-gram shingles, which needs no word segmentation and so works for CJK.
 */
import { createHash } from 'node:crypto';

/**
 * Two texts whose simhash64 differ in at most this many bits are near duplicates.
 * Calibrated in test/unit/ingest/fingerprint.test.ts on ko/ja/zh/en articles: syndicated
 * copies with a changed headline and a few edited words measured 6–9 bits apart, different
 * articles on the same story (same names and amounts) 18–28 bits apart; unrelated texts ~32.
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 12;

const SHINGLE = 4;

/** NFKC (full-width digits and letters fold to ASCII), lower case, whitespace collapsed. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** SHA-256 hex of the normalised text: equal for copies that differ only in spacing or width. */
export function contentHash(text: string): string {
  return hashNormalized(normalizeForHash(text));
}

/** contentHash of a text already passed through normalizeForHash (the importer normalises once). */
export function hashNormalized(normalized: string): string {
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}

/** What the importer keeps of a text to find its near duplicates. */
export interface TextFingerprint {
  /** 64-bit SimHash over character 4-grams: the verification signature (Hamming distance). */
  readonly simhash: bigint;
  /**
   * Locality-sensitive keys: one-permutation MinHash over the same shingles, cut into bands. Texts
   * with high shingle overlap share a band key with near certainty, so candidates are found by
   * exact lookups; a simhash distance check then decides. (Bands of the simhash itself cannot do
   * this: four 16-bit bands only guarantee a shared band up to 3 differing bits, not 12.)
   */
  readonly bandKeys: ReadonlyArray<number>;
}

const MINHASH_BINS = 32;
const BAND_SIZE = 4;
export const NEAR_DUPLICATE_BANDS = MINHASH_BINS / BAND_SIZE;

/** 64-bit SimHash of the normalised text's character 4-grams (UTF-16 units; each occurrence counts). */
export function simhash64(text: string): bigint {
  return textFingerprint(text).simhash;
}

/**
 * Both signatures in one pass. Hot on import: simhash counters are bumped only for set bits, and
 * the "+1 / −1" vote is recovered at the end as 2·set − shingles.
 */
export function textFingerprint(text: string): TextFingerprint {
  return fingerprintNormalized(normalizeForHash(text));
}

/** textFingerprint of a text already passed through normalizeForHash. */
export function fingerprintNormalized(norm: string): TextFingerprint {
  const length = norm.length;
  const setBits = new Int32Array(64);
  // Sixteen 32-bit words of four byte-wide counters each: one add counts four bits of a hash.
  const lanes = new Int32Array(16);
  const minima = new Uint32Array(MINHASH_BINS).fill(0xffffffff);
  const shingles = Math.max(1, length - SHINGLE + 1);
  let pending = 0;
  for (let start = 0; start < shingles; start++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ 0x5bd1e995;
    const end = Math.min(start + SHINGLE, length);
    for (let k = start; k < end; k++) {
      const cp = norm.charCodeAt(k);
      h1 = Math.imul(h1 ^ cp, 0x01000193);
      h2 = Math.imul(h2 ^ cp, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const a = fmix32(h1);
    const b = fmix32(h2 ^ 0x9e3779b9);
    for (let j = 0; j < 8; j++) {
      lanes[j] = lanes[j]! + SPREAD_NIBBLE[(a >>> (4 * j)) & 0xf]!;
      lanes[j + 8] = lanes[j + 8]! + SPREAD_NIBBLE[(b >>> (4 * j)) & 0xf]!;
    }
    // A byte counter holds 255: empty the lanes into the full counters before that.
    if (++pending === 255) {
      flushLanes(lanes, setBits);
      pending = 0;
    }
    // One-permutation hashing: the top bits pick a bin, the rest compete for that bin's minimum.
    const bin = a >>> 27;
    const rest = a & 0x07ffffff;
    if (rest < minima[bin]!) minima[bin] = rest;
  }
  flushLanes(lanes, setBits);
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * setBits[bit]! > shingles) low |= 1 << bit;
    if (2 * setBits[bit + 32]! > shingles) high |= 1 << bit;
  }
  return { simhash: (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0), bandKeys: bandKeysOf(minima) };
}

function bandKeysOf(minima: Uint32Array): number[] {
  // An empty bin (short texts) borrows the next filled one, so equal texts still agree.
  for (let i = 0; i < MINHASH_BINS; i++) {
    if (minima[i] !== 0xffffffff) continue;
    for (let step = 1; step < MINHASH_BINS; step++) {
      const v = minima[(i + step) % MINHASH_BINS]!;
      if (v !== 0xffffffff) {
        minima[i] = v ^ step;
        break;
      }
    }
  }
  const keys: number[] = [];
  for (let b = 0; b < NEAR_DUPLICATE_BANDS; b++) {
    let h = 0x9747b28c ^ b;
    for (let k = 0; k < BAND_SIZE; k++) h = fmix32(Math.imul(h ^ minima[b * BAND_SIZE + k]!, 0x01000193));
    keys.push(h | 0);
  }
  return keys;
}

/** Nibble → four bytes holding its bits (bit i of the nibble in byte i). */
const SPREAD_NIBBLE = Int32Array.from(
  { length: 16 },
  (_, n) => (n & 1) | ((n & 2) << 7) | ((n & 4) << 14) | ((n & 8) << 21),
);

function flushLanes(lanes: Int32Array, counts: Int32Array): void {
  for (let j = 0; j < 16; j++) {
    const word = lanes[j]!;
    const base = (j < 8 ? 0 : 32) + 4 * (j % 8);
    counts[base] = counts[base]! + (word & 0xff);
    counts[base + 1] = counts[base + 1]! + ((word >>> 8) & 0xff);
    counts[base + 2] = counts[base + 2]! + ((word >>> 16) & 0xff);
    counts[base + 3] = counts[base + 3]! + ((word >>> 24) & 0xff);
    lanes[j] = 0;
  }
}

/** Number of differing bits between two 64-bit signatures. */
export function hammingDistance(a: bigint, b: bigint): number {
  const x = BigInt.asUintN(64, a ^ b);
  return popcount32(Number(x & 0xffffffffn)) + popcount32(Number(x >> 32n));
}

export function isNearDuplicate(a: bigint, b: bigint): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_DISTANCE;
}

// MurmurHash3 finaliser: spreads the FNV state so every output bit depends on every input bit.
function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function popcount32(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
