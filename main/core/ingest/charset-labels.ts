/**
 * Charset names → the label Node's TextDecoder accepts, reported as the WHATWG canonical name.
 * Names come from HTML/XML/MIME declarations and from jschardet, which uses Python-style
 * names (CP949, CP932, GB2312) that TextDecoder does not know.
 */
import { decodeCp949 } from './cp949';

// Only names TextDecoder rejects or that we deliberately widen. Everything else goes through
// TextDecoder's own label table (WHATWG Encoding Standard).
const ALIASES: Readonly<Record<string, string>> = {
  // CP949 is decoded by our own decoder (cp949.ts), a superset of EUC-KR.
  cp949: 'cp949',
  uhc: 'cp949',
  'windows-949': 'cp949',
  ks_c_5601: 'euc-kr',
  cp932: 'shift_jis',
  'ms-kanji': 'shift_jis',
  'shift-jisx0213': 'shift_jis',
  // GB2312 and GBK are subsets of GB18030: decoding with the superset never loses characters.
  gb2312: 'gb18030',
  gbk: 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  cp950: 'big5',
  big5hkscs: 'big5',
  ascii: 'utf-8', // ASCII is a subset of UTF-8; reporting utf-8 keeps "encoding" meaningful
  'us-ascii': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
};

const decoderCache = new Map<string, { fatal: TextDecoder; lenient: TextDecoder } | null>();

/** Canonical TextDecoder encoding name for a label, or null when Node cannot decode it. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const cleaned = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!cleaned) return null;
  const aliased = ALIASES[cleaned] ?? ALIASES[cleaned.replace(/[\s_]/g, '-')] ?? cleaned;
  if (aliased === 'cp949') return 'cp949';
  const decoders = getDecoders(aliased);
  if (!decoders) return null;
  const name = decoders.fatal.encoding;
  return name === 'gbk' ? 'gb18030' : name;
}

function getDecoders(label: string): { fatal: TextDecoder; lenient: TextDecoder } | null {
  let entry = decoderCache.get(label);
  if (entry === undefined) {
    try {
      entry = {
        fatal: new TextDecoder(label, { fatal: true, ignoreBOM: false }),
        lenient: new TextDecoder(label, { ignoreBOM: false }),
      };
    } catch {
      entry = null;
    }
    decoderCache.set(label, entry);
  }
  return entry;
}

/** Decode strictly: null when the bytes are not valid in that charset. */
export function decodeStrict(bytes: Uint8Array, charset: string): string | null {
  if (charset === 'euc-kr' || charset === 'cp949') return decodeCp949(bytes, true)?.text ?? null;
  const decoders = getDecoders(charset);
  if (!decoders) return null;
  try {
    return decoders.fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** Decode leniently (invalid sequences become U+FFFD). */
export function decodeLenient(bytes: Uint8Array, charset: string): string {
  if (charset === 'euc-kr' || charset === 'cp949') return decodeCp949(bytes, false)?.text ?? '';
  const decoders = getDecoders(charset) ?? getDecoders('utf-8');
  return decoders ? decoders.lenient.decode(bytes) : '';
}

/**
 * Single-byte charsets never fail strict decoding, so a wrong declaration of one of them
 * can only be caught by judging the output (see decode-text.ts).
 */
export function isSingleByteCharset(charset: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|x-mac-cyrillic|windows-874)$/.test(charset);
}

/** 'cp949' when the Korean text needed CP949's extra syllables, else 'euc-kr'. */
export function koreanCharsetName(bytes: Uint8Array): 'euc-kr' | 'cp949' {
  return decodeCp949(bytes, false)?.usedExtension ? 'cp949' : 'euc-kr';
}

export const CJK_CHARSETS = ['euc-kr', 'shift_jis', 'gb18030', 'big5'] as const;
export type CjkCharset = (typeof CJK_CHARSETS)[number];
