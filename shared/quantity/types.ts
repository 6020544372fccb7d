/** Languages the quantity scanner knows scale words, currency words and qualifiers for. */
export type QuantityLang = 'en' | 'ko' | 'ja' | 'zh';

/** How the text qualifies an amount ("up to", "약", "少なくとも", "左右", a range …). */
export type Qualifier = 'exact' | 'about' | 'up_to' | 'at_least' | 'more_than' | 'less_than' | 'range';

export const QUALIFIERS: ReadonlyArray<Qualifier> = [
  'exact',
  'about',
  'up_to',
  'at_least',
  'more_than',
  'less_than',
  'range',
];

/** [start, end) in UTF-16 code units into the scanned text. */
export type Span = readonly [number, number];

/** The same amount restated in another unit inside the text, e.g. "(약 70조원)" after "500억 달러". */
export interface Equivalent {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
  readonly text: string;
  readonly span: Span;
}

/** A money amount or percentage found in text. `value` is in base units (50000000000, not 500 억). */
export interface Quantity {
  readonly value: number;
  /** ISO 4217 code for money, '%' for percentages. */
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** Set when qualifier is 'range' (and for open intervals where the text gives a bound). */
  readonly low: number | null;
  readonly high: number | null;
  readonly text: string;
  readonly span: Span;
  readonly equivalents: ReadonlyArray<Equivalent>;
  /** Present when the currency is ambiguous (元 = CNY or USD, ¥ = JPY or CNY): the other readings. */
  readonly alternativeUnits?: ReadonlyArray<string>;
}
