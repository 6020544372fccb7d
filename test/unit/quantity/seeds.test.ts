/**
 * The two seed articles in shared/seeds: every amount they state, in order, and nothing else.
 * Korean: 9 primary amounts, 3 restatements. Japanese: 16 primary amounts, 1 restatement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../../shared/quantity/index';

const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const KO = 'ko-amazon-openai-2026-02-26.txt';
const JA = 'ja-tradingkey-2025-12-17.txt';

type Row = [
  text: string,
  value: number,
  unit: string,
  qualifier: string,
  equivalents?: Array<[string, number, string, string]>,
];

function summarize(q: Quantity): Row {
  const row: Row = [q.text, q.value, q.unit, q.qualifier];
  if (q.equivalents.length) row.push(q.equivalents.map((e) => [e.text, e.value, e.unit, e.qualifier]));
  return row;
}

const KOREAN: Row[] = [
  ['최대 500억 달러', 50_000_000_000, 'USD', 'up_to', [['약 70조원', 70_000_000_000_000, 'KRW', 'about']]],
  ['150억 달러', 15_000_000_000, 'USD', 'exact'],
  ['350억 달러', 35_000_000_000, 'USD', 'exact'],
  ['1000억 달러', 100_000_000_000, 'USD', 'exact', [['약 140조원', 140_000_000_000_000, 'KRW', 'about']]],
  ['약 7300억 달러', 730_000_000_000, 'USD', 'about'],
  ['최대 300억 달러', 30_000_000_000, 'USD', 'up_to', [['약 44조원', 44_000_000_000_000, 'KRW', 'about']]],
  ['1000억 달러', 100_000_000_000, 'USD', 'exact'],
  ['350억 달러', 35_000_000_000, 'USD', 'exact'],
  ['80억 달러 이상', 8_000_000_000, 'USD', 'at_least'],
];

const JAPANESE: Row[] = [
  ['100億ドル', 10_000_000_000, 'USD', 'exact'], // headline
  [
    '少なくとも100億ドル',
    10_000_000_000,
    'USD',
    'at_least',
    [['約1.4兆円', 1_400_000_000_000, 'JPY', 'about']],
  ],
  ['380億ドル', 38_000_000_000, 'USD', 'exact'],
  ['380億ドル', 38_000_000_000, 'USD', 'exact'],
  ['5000億ドルを超え', 500_000_000_000, 'USD', 'more_than'],
  ['380億ドル', 38_000_000_000, 'USD', 'exact'],
  ['1000億ドル', 100_000_000_000, 'USD', 'exact'], // NVIDIA's investment
  ['5000億ドル', 500_000_000_000, 'USD', 'exact'], // heading: 5000億ドルの評価額
  ['1000億ドル', 100_000_000_000, 'USD', 'exact'], // heading: 1000億ドルの資金燃焼
  ['5000億ドル', 500_000_000_000, 'USD', 'exact'],
  ['1000億ドル以上', 100_000_000_000, 'USD', 'at_least'],
  ['約900億ドル', 90_000_000_000, 'USD', 'about'],
  ['100億ドル', 10_000_000_000, 'USD', 'exact'],
  ['100億ドル', 10_000_000_000, 'USD', 'exact'], // heading: アマゾンの100億ドル投資
  ['669億ドル', 66_900_000_000, 'USD', 'exact'],
  ['100億ドル', 10_000_000_000, 'USD', 'exact'],
];

describe.skipIf(!existsSync(SEEDS))('seed articles', () => {
  const ko = existsSync(SEEDS) ? readFileSync(SEEDS + KO, 'utf8') : '';
  const ja = existsSync(SEEDS) ? readFileSync(SEEDS + JA, 'utf8') : '';

  it('Korean seed: 9 amounts, 3 restatements', () => {
    const got = findQuantities(ko);
    expect(got.map(summarize)).toEqual(KOREAN);
    expect(got.flatMap((q) => q.equivalents)).toHaveLength(3);
  });

  it('Japanese seed: 16 amounts, 1 restatement', () => {
    const got = findQuantities(ja);
    expect(got.map(summarize)).toEqual(JAPANESE);
    expect(got.flatMap((q) => q.equivalents)).toHaveLength(1);
  });

  it('together: 29 amounts, 4 of them restatements', () => {
    const all = [...findQuantities(ko), ...findQuantities(ja)];
    expect(all.length + all.flatMap((q) => q.equivalents).length).toBe(29);
  });

  it('spans point at the text, equivalents included', () => {
    for (const text of [ko, ja]) {
      for (const q of findQuantities(text)) {
        expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
        for (const e of q.equivalents) {
          expect(text.slice(e.span[0], e.span[1])).toBe(e.text);
          expect(e.span[0]).toBeGreaterThan(q.span[1]);
        }
      }
    }
  });

  it('dates, durations, capacities and counts are not amounts', () => {
    const texts = findQuantities(ja)
      .map((q) => q.text)
      .join(' | ');
    for (const bad of ['2024', '9月30日', '10GW', '7年間', '6週間', '数十万個', '12月16日', '153円']) {
      expect(texts).not.toContain(bad);
    }
    const koTexts = findQuantities(ko)
      .map((q) => q.text)
      .join(' | ');
    for (const bad of ['26일', '4분기', '9월']) expect(koTexts).not.toContain(bad);
  });

  it('the same seeds read identically with the language given', () => {
    expect(findQuantities(ko, { lang: 'ko' }).map(summarize)).toEqual(KOREAN);
    expect(findQuantities(ja, { lang: 'ja' }).map(summarize)).toEqual(JAPANESE);
  });
});
