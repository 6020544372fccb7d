/**
 * Range connectors between two amounts: "10억~20억 달러", "100億〜150億ドル", "$10-20 billion",
 * "$10 billion to $20 billion", "between $10bn and $12bn", "10亿至20亿美元", "10到20亿元", "100億から150億ドル".
 */
import { isAsciiLetter, matchesAt, skipSpaces } from './chars';

const RANGE_MARKS = new Set([0x7e, 0xff5e, 0x301c, 0x2d, 0x2013, 0x2014, 0x2010, 0xff0d, 0x81f3, 0x5230]); // ~～〜-–—‐－至到

export interface Connector {
  readonly end: number;
  /** から: "100億ドルから150億ドルに" is a change, so the caller checks what follows. */
  readonly kara: boolean;
}

/** Could a range connector follow pos? A cheap test before any backward look. */
export function mayConnect(text: string, pos: number): boolean {
  const c = text.charCodeAt(skipSpaces(text, pos, 1));
  return (
    RANGE_MARKS.has(c) || c === 0x74 || c === 0x54 || c === 0x61 || c === 0x41 || c === 0x304b || c === 0xb0b4
  );
}

/**
 * The connector after pos, if any. "to" is refused after "from" (a change, not a range) and "and"
 * is accepted only after "between"; both are asked lazily.
 */
export function matchRangeConnector(
  text: string,
  pos: number,
  allowAnd: () => boolean,
  allowTo: () => boolean,
): Connector | null {
  const p = skipSpaces(text, pos, 1);
  const c = text.charCodeAt(p);
  let q = -1;
  let kara = false;
  if (RANGE_MARKS.has(c)) q = p + 1;
  else if (p > pos && matchesAt(text, p, 'to') && !isAsciiLetter(text.charCodeAt(p + 2)) && allowTo())
    q = p + 2;
  else if (p > pos && matchesAt(text, p, 'and') && !isAsciiLetter(text.charCodeAt(p + 3)) && allowAnd())
    q = p + 3;
  else if (text.startsWith('から', p)) {
    q = p + 2;
    kara = true;
  } else if (text.startsWith('내지', p)) q = p + 2;
  if (q < 0) return null;
  return { end: skipSpaces(text, q, 1), kara };
}
