/**
 * CP949 (Unified Hangul Code) decoder.
 *
 * Node's TextDecoder('euc-kr') only knows KS X 1001: the 8,822 extra Hangul syllables of
 * CP949 (똠, 뷁, 햏…) come out as garbage, yet Korean Windows files use them. The extension is
 * regular: in lead bytes 0x81–0xC6, its slots hold, in Unicode order, exactly the Hangul
 * syllables that KS X 1001 lacks. So the table is derived from TextDecoder('euc-kr') plus
 * that rule — no external mapping data.
 */

const LEAD_MIN = 0x81;
const TRAIL_MIN = 0x41;
const ROW = 0xff - TRAIL_MIN; // trail bytes 0x41..0xFE → 190 slots
let table: Uint16Array | null = null;

function pointer(lead: number, trail: number): number {
  return (lead - LEAD_MIN) * ROW + (trail - TRAIL_MIN);
}

function extensionTrails(lead: number): number[] {
  const trails: number[] = [];
  for (let t = 0x41; t <= 0x5a; t++) trails.push(t);
  for (let t = 0x61; t <= 0x7a; t++) trails.push(t);
  const last = lead <= 0xa0 ? 0xfe : 0xa0;
  for (let t = 0x81; t <= last; t++) trails.push(t);
  return trails;
}

function buildTable(): Uint16Array {
  const result = new Uint16Array((0xfe - LEAD_MIN + 1) * ROW);
  const ksx = new TextDecoder('euc-kr', { fatal: true });
  const pair = new Uint8Array(2);
  const inKsx = new Set<number>();
  for (let lead = 0xa1; lead <= 0xfe; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      let ch: string;
      try {
        ch = ksx.decode(pair);
      } catch {
        continue;
      }
      const cp = ch.codePointAt(0);
      if (ch.length !== 1 || cp === undefined) continue;
      result[pointer(lead, trail)] = cp;
      if (cp >= 0xac00 && cp <= 0xd7a3) inKsx.add(cp);
    }
  }
  let syllable = 0xac00;
  const nextMissing = (): number => {
    while (syllable <= 0xd7a3 && inKsx.has(syllable)) syllable += 1;
    return syllable <= 0xd7a3 ? syllable++ : 0;
  };
  for (let lead = 0x81; lead <= 0xc6; lead++) {
    for (const trail of extensionTrails(lead)) {
      const cp = nextMissing();
      if (cp === 0) return result;
      result[pointer(lead, trail)] = cp;
    }
  }
  return result;
}

export interface Cp949Decoded {
  readonly text: string;
  /** True when a character outside KS X 1001 was needed (the file is CP949, not plain EUC-KR). */
  readonly usedExtension: boolean;
}

/** Decode CP949/EUC-KR. With fatal, returns null on an invalid sequence; otherwise emits U+FFFD. */
export function decodeCp949(bytes: Uint8Array, fatal: boolean): Cp949Decoded | null {
  table ??= buildTable();
  const parts: string[] = [];
  let chunk: number[] = [];
  let usedExtension = false;
  const flush = (): void => {
    parts.push(String.fromCharCode(...chunk));
    chunk = [];
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      chunk.push(byte);
    } else {
      const trail = bytes[i + 1] ?? 0;
      const cp =
        byte >= LEAD_MIN && byte <= 0xfe && trail >= TRAIL_MIN && trail <= 0xfe
          ? (table[pointer(byte, trail)] ?? 0)
          : 0;
      if (cp === 0) {
        if (fatal) return null;
        chunk.push(0xfffd);
      } else {
        chunk.push(cp);
        if (byte < 0xa1 || trail < 0xa1) usedExtension = true;
        i += 1;
      }
    }
    if (chunk.length >= 8192) flush();
  }
  flush();
  return { text: parts.join(''), usedExtension };
}
