/**
 * Robustness: random mixes of digits, CJK numerals, scale words, currency words, qualifiers,
 * connectors and parentheses never throw, always yield valid spans and finite values, and take
 * linear time (including inputs built to provoke backtracking).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findNumbers,
  findQuantities,
  parseAmount,
  QUALIFIERS,
  type Quantity,
} from '../../../shared/quantity/index';

const TOKENS = [
  '0',
  '1',
  '7',
  '12',
  '300',
  '1,000',
  '7,300',
  '1.4',
  '２',
  '１，０００',
  '．５',
  '0.5',
  '2026.01.30',
  '一',
  '二',
  '两',
  '三',
  '五',
  '十',
  '百',
  '千',
  '万',
  '萬',
  '亿',
  '億',
  '兆',
  '零',
  '壹',
  '拾',
  '多',
  '余',
  '几',
  '数',
  '일',
  '이',
  '삼',
  '십',
  '백',
  '천',
  '만',
  '억',
  '조',
  '여',
  '수',
  'thousand',
  'million',
  'billion',
  'bn',
  'm',
  'k',
  'one',
  'five',
  'twenty',
  'hundred',
  'a',
  'half',
  'quarter',
  '$',
  'US$',
  'HK$',
  '€',
  '£',
  '¥',
  '￥',
  '₩',
  '\\',
  '%',
  '％',
  '%p',
  'percent',
  'USD',
  'usd',
  'RMB',
  'MUSD',
  'dollars',
  'cents',
  'yen',
  'won',
  '달러',
  '원',
  '엔',
  '센트',
  'ドル',
  '円',
  '銭',
  'ユーロ',
  '美元',
  '元',
  '人民币',
  '角',
  '分',
  '块',
  '个百分点',
  '百分之',
  '퍼센트',
  '约',
  '約',
  '최대',
  '약',
  'up to',
  'about',
  'between',
  'and',
  'from',
  'to',
  '以上',
  '이상',
  '超',
  'を超え',
  '左右',
  '~',
  '-',
  '〜',
  '至',
  '到',
  'から',
  '(',
  ')',
  '（',
  '）',
  '。',
  '.',
  ',',
  '，',
  '、',
  '=',
  '＝',
  ' ',
  '  ',
  '\n',
  'H100',
  'GPT-4o',
  '年',
  '월',
  '日',
  'the',
  'in',
];

const tokenText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

function checkQuantities(text: string, qs: Quantity[]): void {
  let last = 0;
  for (const q of qs) {
    expect(q.span[0]).toBeGreaterThanOrEqual(last);
    expect(q.span[1]).toBeGreaterThan(q.span[0]);
    expect(q.span[1]).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    expect(Number.isFinite(q.value)).toBe(true);
    expect(QUALIFIERS).toContain(q.qualifier);
    for (const bound of [q.low, q.high]) if (bound !== null) expect(Number.isFinite(bound)).toBe(true);
    if (q.qualifier === 'range') expect(q.low! <= q.high!).toBe(true);
    last = q.span[1];
    for (const e of q.equivalents) {
      expect(e.span[0]).toBeGreaterThanOrEqual(last);
      expect(text.slice(e.span[0], e.span[1])).toBe(e.text);
      expect(Number.isFinite(e.value)).toBe(true);
      expect(e.unit).not.toBe(q.unit);
      last = e.span[1];
    }
  }
}

describe('random input', () => {
  it('findQuantities: no throw, valid spans, finite values', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        checkQuantities(text, findQuantities(text));
        checkQuantities(text, findQuantities(text, { lang: 'zh' }));
      }),
      { numRuns: 2000 },
    );
  });

  it('findQuantities on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) =>
        checkQuantities(text, findQuantities(text)),
      ),
      { numRuns: 1000 },
    );
  });

  it('findNumbers: no throw, valid spans, finite values', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        let last = 0;
        for (const n of findNumbers(text)) {
          expect(n.span[0]).toBeGreaterThanOrEqual(last);
          expect(text.slice(n.span[0], n.span[1])).toBe(n.text);
          expect(Number.isFinite(n.value)).toBe(true);
          last = n.span[1];
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parseAmount: null or one quantity spanning the trimmed input', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        const q = parseAmount(text);
        if (q) {
          expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
          expect(q.span[0]).toBe(text.length - text.trimStart().length);
          expect(Number.isFinite(q.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('linear time', () => {
  const SIZE = 100_000;
  const fill = (unit: string, size: number): string =>
    unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  /** Best time over a few runs after a warm-up, in ms. */
  function timeOf(fn: () => unknown, runs = 3): number {
    fn();
    let best = Infinity;
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      fn();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  it('100 KB of random token text in < 200 ms', () => {
    const parts = fc.sample(fc.constantFrom(...TOKENS), { numRuns: 40_000, seed: 42 });
    const text = parts.join('').slice(0, SIZE);
    expect(timeOf(() => findQuantities(text))).toBeLessThan(200);
    expect(timeOf(() => findNumbers(text))).toBeLessThan(200);
  });

  // Inputs built to make a backtracking or re-scanning parser quadratic: one of those takes seconds
  // on 100 KB (a bug here once took 20 s). The bound is looser than the random-text one because these
  // inputs are dense with anchors and CI machines run other test files alongside.
  const adversarial: Record<string, string> = {
    digits: '1',
    'space-grouped digits': '1 111 ',
    'comma-grouped digits': '1,111,',
    'dotted digits': '1.1.',
    'CJK numerals': '一二三',
    'CJK units': '一万',
    'Korean units': '1억 ',
    'Korean spaced groups': '1만 2천 ',
    ranges: '1~',
    parentheses: '1달러(',
    'nested restatements': '$1 (₩1 (',
    'English words': 'one hundred and ',
    'exchange rates': '1ドル=',
    qualifiers: '最大约',
    spaces: '1 ',
    amounts: '$1 ',
  };
  for (const [name, unit] of Object.entries(adversarial)) {
    it(`${name}: 100 KB in < 1 s`, () => {
      const text = fill(unit, SIZE);
      expect(timeOf(() => findQuantities(text))).toBeLessThan(1000);
      expect(timeOf(() => findNumbers(text))).toBeLessThan(1000);
    });
  }
});
