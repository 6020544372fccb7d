import { expect } from 'vitest';
import {
  findQuantities,
  type Qualifier,
  type Quantity,
  type QuantityLang,
} from '../../../shared/quantity/index';

/** What a test expects of one quantity; omitted fields take the obvious default. */
export interface Want {
  /** Exact text; its (first) position in the input is the expected span. */
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly q?: Qualifier; // default 'exact'
  readonly low?: number | null;
  readonly high?: number | null;
  readonly eq?: ReadonlyArray<Omit<Want, 'eq' | 'alt'>>;
  readonly alt?: ReadonlyArray<string>;
}

/** low/high the contract implies for a qualifier when the test does not spell them out. */
function defaultBounds(q: Qualifier, value: number): [number | null, number | null] {
  if (q === 'at_least' || q === 'more_than') return [value, null];
  if (q === 'up_to' || q === 'less_than') return [null, value];
  return [null, null];
}

function checkOne(
  input: string,
  got: Pick<Quantity, 'value' | 'unit' | 'qualifier' | 'low' | 'high' | 'text' | 'span'>,
  want: Omit<Want, 'eq' | 'alt'>,
  from: number,
): number {
  const q = want.q ?? 'exact';
  const start = input.indexOf(want.text, from);
  expect(start, `"${want.text}" must occur in the input`).toBeGreaterThanOrEqual(0);
  const [low, high] = defaultBounds(q, want.value);
  expect({
    text: got.text,
    span: got.span,
    value: got.value,
    unit: got.unit,
    qualifier: got.qualifier,
    low: got.low,
    high: got.high,
  }).toEqual({
    text: want.text,
    span: [start, start + want.text.length],
    value: want.value,
    unit: want.unit,
    qualifier: q,
    low: want.low !== undefined ? want.low : low,
    high: want.high !== undefined ? want.high : high,
  });
  expect(input.slice(got.span[0], got.span[1])).toBe(got.text);
  return start + want.text.length;
}

/** Asserts that findQuantities(input) returns exactly `wants`, in order. */
export function expectQuantities(input: string, wants: ReadonlyArray<Want>, lang?: QuantityLang): Quantity[] {
  const got = findQuantities(input, lang ? { lang } : {});
  expect(got.map((g) => g.text)).toEqual(wants.map((w) => w.text));
  let from = 0;
  got.forEach((g, k) => {
    const want = wants[k]!;
    from = checkOne(input, g, want, from);
    const eqs = want.eq ?? [];
    expect(g.equivalents.map((e) => e.text)).toEqual(eqs.map((e) => e.text));
    let eqFrom = from;
    g.equivalents.forEach((e, j) => {
      eqFrom = checkOne(input, e, eqs[j]!, eqFrom);
    });
    expect(g.alternativeUnits).toEqual(want.alt);
  });
  return got;
}

/** Table row: the whole input is one quantity (text defaults to the input). */
export type Row = [input: string, want: Omit<Want, 'text'> & { text?: string }];

export function expectRow([input, want]: Row, lang?: QuantityLang): void {
  expectQuantities(input, [{ ...want, text: want.text ?? input }], lang);
}

export const none = (input: string, lang?: QuantityLang): void => {
  expect(findQuantities(input, lang ? { lang } : {}).map((q) => q.text)).toEqual([]);
};
