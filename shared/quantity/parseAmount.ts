/**
 * parseAmount: the single quantity an editor field denotes ("7.7兆円", "US$ 10 billion", "約1.4兆円",
 * "30%", "1.4兆" → unit ''), or null when the input is anything else or more than one amount.
 */
import { isSpace } from './chars';
import { scan, toQuantity } from './scanner';
import type { Quantity, QuantityLang } from './types';

export interface ParseAmountOptions {
  readonly lang?: QuantityLang;
}

function isBlank(c: number): boolean {
  return isSpace(c) || c === 0x0a || c === 0x0d;
}

export function parseAmount(input: string, opts: ParseAmountOptions = {}): Quantity | null {
  let start = 0;
  let end = input.length;
  while (start < end && isBlank(input.charCodeAt(start))) start++;
  while (end > start && isBlank(input.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  const found = scan(input, { lang: opts.lang, allowUnitless: true });
  if (found.length !== 1) return null;
  const only = found[0]!;
  if (only.start !== start || only.extentEnd !== end) return null;
  return toQuantity(input, only);
}
