import { describe, expect, it } from 'vitest';
import { notePerUsd, parseRateNotes } from '../../../main/core/reconcile/fx';

function one(text: string): { base: string; quote: string; rate: number; text: string } {
  const notes = parseRateNotes(text);
  expect(notes, text).toHaveLength(1);
  const { base, quote, rate, text: t } = notes[0]!;
  return { base, quote, rate, text: t };
}

describe('parseRateNotes', () => {
  it.each([
    ['最大500億ドル（約7.7兆円、1ドル=153円換算）を出資', 'USD', 'JPY', 153, '1ドル=153円'],
    ['１ドル＝１５３円換算', 'USD', 'JPY', 153, '１ドル＝１５３円'],
    ['1달러당 1,400원 기준', 'USD', 'KRW', 1400, '1달러당 1,400원'],
    ['환율은 달러당 1,430원을 적용했다', 'USD', 'KRW', 1430, '달러당 1,430원'],
    ['按1美元兑7.1元人民币计算', 'USD', 'CNY', 7.1, '1美元兑7.1元'],
    ['以1美元兌32新台幣換算', 'USD', 'TWD', 32, '1美元兌32新台幣'],
    ['converted at $1 = ¥153', 'USD', 'JPY', 153, '$1 = ¥153'],
    ['at $1 = ¥7.1 the deal is worth', 'USD', 'CNY', 7.1, '$1 = ¥7.1'],
    ['US$1 = ₩1,400', 'USD', 'KRW', 1400, 'US$1 = ₩1,400'],
    ['$1 = 153 yen', 'USD', 'JPY', 153, '$1 = 153 yen'],
    ['at 1 euro = 1.08 dollars', 'EUR', 'USD', 1.08, '1 euro = 1.08 dollars'],
    ['at about 153 yen to the dollar', 'USD', 'JPY', 153, '153 yen to the dollar'],
    ['at 1,400 won per dollar', 'USD', 'KRW', 1400, '1,400 won per dollar'],
    ['원·달러 환율 1,430원 기준', 'USD', 'KRW', 1430, '원·달러 환율 1,430원'],
    ['1台湾ドル=4.8円で換算', 'TWD', 'JPY', 4.8, '1台湾ドル=4.8円'],
  ])('%s', (text, base, quote, rate, matched) => {
    expect(one(text)).toEqual({ base, quote, rate, text: matched });
  });

  it('gives spans into the original quote', () => {
    const q = '約7.7兆円、１ドル＝１５３円換算';
    const [n] = parseRateNotes(q);
    expect(q.slice(n!.span[0], n!.span[1])).toBe(n!.text);
  });

  it('finds nothing in amounts that are not rates', () => {
    for (const text of [
      '최대 500억 달러(약 70조원)를 투자한다',
      '500億ドル（約7.7兆円）',
      '11ドル=153円', // not a "1 unit ="
      'Amazon will invest $1 billion and 153 engineers',
      '至多300亿美元（约合人民币2130亿元）',
    ]) {
      expect(parseRateNotes(text), text).toEqual([]);
    }
  });

  it('expresses notes per USD, or not at all for crosses', () => {
    expect(notePerUsd(parseRateNotes('1 euro = 1.25 dollars')[0]!)).toEqual({ currency: 'EUR', perUsd: 0.8 });
    expect(notePerUsd(parseRateNotes('1ドル=153円')[0]!)).toEqual({ currency: 'JPY', perUsd: 153 });
    expect(notePerUsd(parseRateNotes('1台湾ドル=4.8円')[0]!)).toBeNull();
  });
});
