/**
 * Bytes → text. Order matters and is cheapest-first, because almost every article is UTF-8:
 * BOM → binary check → UTF-16 by NUL pattern → declared charset (verified) → strict UTF-8 →
 * detection (jschardet, then scoring of CJK candidates for short texts).
 */
import jschardet from 'jschardet';
import { nulBytePattern, sniffBinaryKind } from './binary-sniff';
import {
  CJK_CHARSETS,
  type CjkCharset,
  canonicalCharset,
  decodeLenient,
  decodeStrict,
  isSingleByteCharset,
  koreanCharsetName,
} from './charset-labels';
import { scoreCjkDecoding } from './cjk-scoring';
import { ErrorCode, ingestError } from './errors';
import type { IngestError } from './types';

export interface DecodeResult {
  readonly text: string;
  readonly encoding: string;
  /** Set when a declared charset was present but contradicted by the bytes. */
  readonly rejectedDeclaredCharset?: string;
  /** UTF-8 text with a few corrupt byte sequences, each replaced by U+FFFD. */
  readonly replacedSequences?: number;
}

/** File-level meta describing how the text was decoded, for readers to attach to articles. */
export function decodingMeta(result: DecodeResult, declared?: string | null): Record<string, string> {
  const meta: Record<string, string> = {};
  if (result.rejectedDeclaredCharset) {
    meta.declaredCharset = declared ?? result.rejectedDeclaredCharset;
    meta.charsetNote = `the file declares ${meta.declaredCharset}, but its bytes are ${result.encoding}`;
  }
  if (result.replacedSequences) {
    meta.invalidUtf8Sequences = String(result.replacedSequences);
  }
  return meta;
}

/** jschardet confidence above which its answer is taken without a second opinion. */
const CONFIDENT_DETECTION = 0.7;
/** A CJK candidate must have at least this share of common characters to be believed. */
const PLAUSIBLE_CJK_SCORE = 0.6;

export function decodeText(bytes: Uint8Array, declared?: string | null): DecodeResult | IngestError {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };

  const bom = decodeByBom(bytes);
  if (bom) return bom;

  const binaryKind = sniffBinaryKind(bytes);
  if (binaryKind) return ingestError(ErrorCode.binaryFile, `binary file (${binaryKind}), not an article`);

  const utf16 = decodeUtf16ByNulPattern(bytes);
  if (utf16 === 'binary') {
    return ingestError(ErrorCode.binaryFile, 'binary file (contains NUL bytes), not an article');
  }
  if (utf16) return utf16;

  const declaredCharset = canonicalCharset(declared);
  const utf8 = decodeStrict(bytes, 'utf-8');

  if (declaredCharset) {
    const accepted = acceptDeclared(bytes, declaredCharset, utf8);
    if (accepted) return accepted;
  }
  const rejected = declaredCharset ? { rejectedDeclaredCharset: declaredCharset } : {};
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', ...rejected };
  const damaged = decodeDamagedUtf8(bytes);
  if (damaged) return { ...damaged, ...rejected };
  const detected = detect(bytes);
  const korean = detected.encoding === 'euc-kr' || detected.encoding === 'cp949';
  const encoding = korean ? koreanCharsetName(bytes) : detected.encoding;
  return { ...detected, encoding, ...rejected };
}

/**
 * UTF-8 with a handful of corrupt sequences (a truncated copy, one bad byte) is still UTF-8:
 * detection would turn the whole file into mojibake to explain a few bytes.
 */
function decodeDamagedUtf8(bytes: Uint8Array): DecodeResult | null {
  const text = decodeLenient(bytes, 'utf-8');
  let replaced = 0;
  let decodedNonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replaced += 1;
    else if (code >= 0x80) decodedNonAscii += 1;
  }
  // A lost byte costs up to 3 replacements (lead + continuations): allow a few per hundred characters.
  if (replaced === 0 || decodedNonAscii < 20 || replaced * 20 > decodedNonAscii) return null;
  return { text, encoding: 'utf-8', replacedSequences: replaced };
}

function decodeByBom(bytes: Uint8Array): DecodeResult | null {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  let charset: string | null = null;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) charset = 'utf-8';
  else if (b0 === 0xff && b1 === 0xfe) charset = 'utf-16le';
  else if (b0 === 0xfe && b1 === 0xff) charset = 'utf-16be';
  if (!charset) return null;
  // TextDecoder strips the BOM itself; a damaged body still decodes (with U+FFFD) since the BOM is explicit.
  return { text: decodeStrict(bytes, charset) ?? decodeLenient(bytes, charset), encoding: charset };
}

/**
 * UTF-16 without BOM: Latin characters, digits and spaces put a NUL in every other byte.
 * NULs scattered on both parities mean binary data.
 */
function decodeUtf16ByNulPattern(bytes: Uint8Array): DecodeResult | 'binary' | null {
  const { even, odd, pairs } = nulBytePattern(bytes);
  const total = even + odd;
  if (total === 0) return null;
  const dominant = Math.max(even, odd);
  if (bytes.length % 2 === 0 && dominant >= total * 0.95 && dominant >= pairs * 0.05) {
    const charset = odd > even ? 'utf-16le' : 'utf-16be';
    const text = decodeStrict(bytes, charset);
    if (text !== null) return { text, encoding: charset };
  }
  return 'binary';
}

/** The declared charset, if the bytes agree with it; null when it is wrong. */
function acceptDeclared(bytes: Uint8Array, declared: string, utf8: string | null): DecodeResult | null {
  if (declared === 'utf-8') return utf8 !== null ? { text: utf8, encoding: 'utf-8' } : null;
  // Valid UTF-8 with multi-byte sequences is almost never legacy-encoded text by accident.
  if (utf8 !== null && hasNonAscii(bytes)) return null;
  const text = decodeStrict(bytes, declared);
  if (text === null) return null;
  if (!hasNonAscii(bytes)) return { text, encoding: declared };
  const declaredFamily = declared === 'cp949' ? 'euc-kr' : declared;
  if ((CJK_CHARSETS as readonly string[]).includes(declaredFamily)) {
    const own = scoreCjkDecoding(text, declaredFamily as CjkCharset);
    const best = bestCjkCandidate(bytes);
    if (best && best.charset !== declaredFamily && own < PLAUSIBLE_CJK_SCORE && best.score > own + 0.3)
      return null;
    return { text, encoding: declaredFamily === 'euc-kr' ? koreanCharsetName(bytes) : declared };
  }
  if (isSingleByteCharset(declared) && looksLikeMisreadMultibyte(text)) {
    const best = bestCjkCandidate(bytes);
    if (best && best.score >= PLAUSIBLE_CJK_SCORE) return null;
  }
  return { text, encoding: declared };
}

/** Multibyte text read as a single-byte charset: most letters become accented/symbol characters. */
export function looksLikeMisreadMultibyte(text: string): boolean {
  let high = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) continue;
    visible += 1;
    if (code >= 0x80) high += 1;
  }
  return visible > 0 && high / visible > 0.3;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
  return false;
}

function rankCjkCandidates(
  bytes: Uint8Array,
): Array<{ charset: CjkCharset; text: string; score: number; nonAscii: number }> {
  const ranked: Array<{ charset: CjkCharset; text: string; score: number; nonAscii: number }> = [];
  for (const charset of CJK_CHARSETS) {
    const text = decodeStrict(bytes, charset);
    if (text === null) continue;
    let nonAscii = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) nonAscii += 1;
    ranked.push({ charset, text, score: scoreCjkDecoding(text, charset), nonAscii });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

function bestCjkCandidate(
  bytes: Uint8Array,
  tieBreak?: Map<string, number>,
): { charset: CjkCharset; text: string; score: number } | null {
  let best: { charset: CjkCharset; text: string; score: number } | null = null;
  for (const charset of CJK_CHARSETS) {
    const text = decodeStrict(bytes, charset);
    if (text === null) continue;
    // jschardet's confidence only breaks near-ties; the script score decides.
    const score = scoreCjkDecoding(text, charset) + (tieBreak?.get(charset) ?? 0) * 0.05;
    if (!best || score > best.score) best = { charset, text, score };
  }
  return best;
}

/** A CJK decoding this clearly ahead of every other needs no statistical second opinion. */
const CLEAR_CJK_SCORE = 0.85;
const CLEAR_CJK_MARGIN = 0.25;
const CLEAR_CJK_MIN_CHARS = 16;

function detect(bytes: Uint8Array): DecodeResult {
  // Fast path (jschardet costs ~3 ms per article): one legacy CJK charset decodes cleanly into
  // its common characters and no other comes close.
  const ranked = rankCjkCandidates(bytes);
  const [first, second] = ranked;
  if (
    first &&
    first.score >= CLEAR_CJK_SCORE &&
    first.nonAscii >= CLEAR_CJK_MIN_CHARS &&
    (!second || second.score <= first.score - CLEAR_CJK_MARGIN)
  ) {
    return { text: first.text, encoding: first.charset };
  }
  const sample = bytes.length > 16384 ? bytes.subarray(0, 16384) : bytes;
  const guesses = jschardet.detectAll(sample, { minimumThreshold: 0 });
  const confidences = new Map<string, number>();
  for (const guess of guesses) {
    const charset = canonicalCharset(guess.encoding);
    if (charset && !confidences.has(charset)) confidences.set(charset, guess.confidence);
  }
  const top = guesses[0];
  const topCharset = canonicalCharset(top?.encoding);
  if (top && topCharset && top.confidence >= CONFIDENT_DETECTION) {
    const text = decodeStrict(bytes, topCharset);
    if (text !== null) return { text, encoding: topCharset };
  }
  const best = bestCjkCandidate(bytes, confidences);
  if (best && best.score >= PLAUSIBLE_CJK_SCORE) return { text: best.text, encoding: best.charset };
  if (topCharset && top && top.confidence >= 0.2) {
    return {
      text: decodeStrict(bytes, topCharset) ?? decodeLenient(bytes, topCharset),
      encoding: topCharset,
    };
  }
  return { text: decodeLenient(bytes, 'windows-1252'), encoding: 'windows-1252' };
}
