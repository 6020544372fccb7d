/**
 * Restatements: an amount immediately followed by a parenthesised amount in another currency is one
 * quantity, the parenthesis its equivalent — "최대 500억 달러(약 70조원)", "300亿美元（约2100亿元人民币）",
 * "$10 billion (about ₩14.8 trillion)". The rest of that parenthesis is consumed too, so an
 * exchange-rate note inside ("500億ドル(約7.7兆円。1ドル=153円換算)") never becomes a quantity.
 * A parenthesis in the same currency (or a percentage) is not a restatement and is scanned normally.
 */
import { findAnchorForward } from './anchors';
import { isAsciiLetter, isHan, isHangulSyllable, isKana, isSpace, skipSpaces } from './chars';
import { type Found, isMoney, type ReadResult } from './quantityReader';

/** Between several restatements in one parenthesis: "(約1.4兆円、約90億ユーロ)". */
const SEPARATORS = new Set([0x3001, 0x2c, 0xff0c, 0x3b, 0xff1b, 0x2f, 0x3002]); // 、 , ， ; ； / 。
const OPEN = new Set([0x28, 0xff08]);
const CLOSE = new Set([0x29, 0xff09]);
const MAX_PAREN = 120;

/**
 * Words may introduce the restated amount: "(한화 약 70조원)", "(日本円で約1.4兆円)",
 * "（折合人民币约2100亿元）", "(roughly ₩14.8 trillion)". Only letters and spaces, and only a few.
 */
const MAX_LEAD_IN = 16;

function isLeadIn(text: string, from: number, to: number): boolean {
  if (to - from > MAX_LEAD_IN) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!(isAsciiLetter(c) || isSpace(c) || isHangulSyllable(c) || isKana(c) || isHan(c))) return false;
  }
  return true;
}

function findClose(text: string, pos: number): number {
  const end = Math.min(text.length, pos + MAX_PAREN);
  for (let p = pos; p < end; p++) {
    const c = text.charCodeAt(p);
    if (CLOSE.has(c)) return p;
    if (OPEN.has(c) || c === 0x0a) return -1;
  }
  return -1;
}

export interface Restatement {
  readonly equivalents: Found[];
  readonly end: number;
}

/**
 * Reads the restatement after `primary`, using `read(anchor, floor)` to read each inner amount.
 * Returns null when no parenthesised amount in another currency follows.
 */
export function readRestatement(
  text: string,
  primary: Found,
  read: (anchor: number, floor: number) => ReadResult,
): Restatement | null {
  if (!isMoney(primary.unit)) return null;
  const open = skipSpaces(text, primary.end, 1);
  if (!OPEN.has(text.charCodeAt(open))) return null;
  const equivalents: Found[] = [];
  let p = open + 1;
  for (let k = 0; k < 4; k++) {
    p = skipSpaces(text, p, 2);
    const anchor = findAnchorForward(text, p, MAX_LEAD_IN + 8);
    if (anchor < 0) break;
    const result = read(anchor, p);
    if (!result || result.kind !== 'quantity' || !isLeadIn(text, p, result.found.start)) break;
    const eq = result.found;
    if (!isMoney(eq.unit) || eq.unit === primary.unit) break;
    equivalents.push(eq);
    p = skipSpaces(text, eq.end, 1);
    const c = text.charCodeAt(p);
    if (CLOSE.has(c)) return { equivalents, end: p + 1 };
    if (!SEPARATORS.has(c)) break;
    p++;
  }
  if (equivalents.length === 0) return null;
  const close = findClose(text, p);
  return { equivalents, end: close >= 0 ? close + 1 : equivalents[equivalents.length - 1]!.end };
}
