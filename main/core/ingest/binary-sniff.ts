/**
 * Recognise binary files before trying to decode them as text, so the user gets
 * "binary file (PNG image), not an article" instead of mojibake.
 */

interface Magic {
  readonly kind: string;
  readonly bytes: ReadonlyArray<number>;
  readonly offset?: number;
}

const MAGICS: ReadonlyArray<Magic> = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { kind: 'WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { kind: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** The kind of binary file the bytes start with, or null. */
export function sniffBinaryKind(bytes: Uint8Array): string | null {
  for (const magic of MAGICS) {
    const offset = magic.offset ?? 0;
    if (bytes.length < offset + magic.bytes.length) continue;
    let same = true;
    for (let i = 0; i < magic.bytes.length; i++) {
      if (bytes[offset + i] !== magic.bytes[i]) {
        same = false;
        break;
      }
    }
    if (same) return magic.kind;
  }
  return null;
}

/**
 * Where NUL bytes sit in the first few KB: UTF-16 text has them on one parity
 * (ASCII/Latin characters), binary data anywhere.
 */
export function nulBytePattern(
  bytes: Uint8Array,
  sample = 4096,
): { even: number; odd: number; pairs: number } {
  const end = Math.min(bytes.length, sample);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  return { even, odd, pairs: Math.floor(end / 2) };
}
