/**
 * findQuantities: one linear pass over the text. The loop looks up each code unit in a table and
 * stops only at anchors (digits, CJK/Hangul numerals, English number words); everything else is
 * parsed locally around the anchor within a bounded window, so time is linear in the text length
 * and no regex ever runs over the whole article.
 */
import { anchorAt, skipAnchorRun } from './anchors';
import { ANCHOR_CLASS, ANCHOR_LETTER, ANCHOR_NONE, endOfLetters, isAsciiLetter } from './chars';
import { startsEnglishNumeral } from './englishNumerals';
import { beginScan } from './language';
import { type Found, readQuantityAt, type ReadOptions } from './quantityReader';
import { readRestatement } from './restatements';
import type { Equivalent, Quantity, QuantityLang, Span } from './types';

export interface FindOptions {
  readonly lang?: QuantityLang;
}

const NO_EQUIVALENTS: ReadonlyArray<Equivalent> = Object.freeze([]);

function toEquivalent(text: string, f: Found): Equivalent {
  return {
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    low: f.low,
    high: f.high,
    text: text.slice(f.start, f.end),
    span: [f.start, f.end],
  };
}

export function toQuantity(text: string, f: Found): Quantity {
  const equivalents =
    f.equivalents.length === 0 ? NO_EQUIVALENTS : f.equivalents.map((e) => toEquivalent(text, e));
  const span: Span = [f.start, f.end];
  const body = text.slice(f.start, f.end);
  const quantity: Quantity = {
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    low: f.low,
    high: f.high,
    text: body,
    span,
    equivalents,
  };
  // alternativeUnits is present only when the currency is ambiguous (元, ¥).
  return f.alternatives ? { ...quantity, alternativeUnits: f.alternatives } : quantity;
}

/** Scans the whole text; shared by findQuantities and parseAmount. */
export function scan(text: string, opts: ReadOptions): Found[] {
  beginScan();
  const out: Found[] = [];
  const n = text.length;
  let floor = 0;
  let i = 0;
  const read = (anchor: number, lower: number) => readQuantityAt(text, anchor, lower, opts);
  while (i < n) {
    const cls = ANCHOR_CLASS[text.charCodeAt(i)]!;
    if (cls === ANCHOR_NONE) {
      i++;
      continue;
    }
    if (cls === ANCHOR_LETTER) {
      // Whole words at a time: most are not number words ("five", "a quarter").
      const wordEnd = endOfLetters(text, i);
      if (!startsEnglishNumeral(text, i, wordEnd) || (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)))) {
        i = wordEnd;
        continue;
      }
    } else if (anchorAt(text, i, cls) === ANCHOR_NONE) {
      i = skipAnchorRun(text, i, cls);
      continue;
    }
    const result = read(i, floor);
    if (result === null) {
      i = skipAnchorRun(text, i, cls);
      continue;
    }
    if (result.kind === 'skip') {
      floor = i = result.end;
      continue;
    }
    const found = result.found;
    const restated = readRestatement(text, found, read);
    if (restated) {
      found.equivalents = restated.equivalents;
      found.extentEnd = restated.end;
    }
    out.push(found);
    floor = i = Math.max(found.extentEnd, i + 1);
  }
  return out;
}

/** Every money amount and percentage in the text, in order of position. */
export function findQuantities(text: string, opts: FindOptions = {}): Quantity[] {
  return scan(text, { lang: opts.lang, allowUnitless: false }).map((f) => toQuantity(text, f));
}
