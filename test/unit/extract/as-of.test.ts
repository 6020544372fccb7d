import { describe, expect, it } from 'vitest';
import { findDates, parseArticleDate, resolveAsOf, type DateParts } from '../../../main/core/extract/as-of';
import type { LangFamily } from '../../../main/core/extract/text-scripts';

/** As-of for an amount at the end of the sentence (everything in one clause). */
function asOf(
  sentence: string,
  lang: LangFamily,
  article: string | null = '2026-03-10',
): { asOf: string | null; notes: string[] } {
  return resolveAsOf(findDates(sentence, lang), sentence.length, () => true, parseArticleDate(article));
}

describe('parseArticleDate', () => {
  it('reads dates and date-times, rejects nonsense', () => {
    expect(parseArticleDate('2026-02-26')).toEqual<DateParts>({ y: 2026, m: 2, d: 26 });
    expect(parseArticleDate('2025-12-17T12:30:00Z')).toEqual<DateParts>({ y: 2025, m: 12, d: 17 });
    expect(parseArticleDate('2025/1/5')).toEqual<DateParts>({ y: 2025, m: 1, d: 5 });
    expect(parseArticleDate('yesterday')).toBeNull();
    expect(parseArticleDate('2025-13-01')).toBeNull();
    expect(parseArticleDate(null)).toBeNull();
  });
});

describe('as-of resolution', () => {
  it('defaults to the article date', () => {
    expect(asOf('아마존이 투자한다', 'ko')).toEqual({ asOf: '2026-03-10', notes: [] });
    expect(asOf('no date here', 'en', null)).toEqual({ asOf: null, notes: [] });
  });

  it('resolves relative Korean expressions', () => {
    expect(asOf('지난해 9월 발표한', 'ko').asOf).toBe('2025-09');
    expect(asOf('올해 1월', 'ko').asOf).toBe('2026-01');
    expect(asOf('지난달', 'ko').asOf).toBe('2026-02');
    expect(asOf('5일', 'ko').asOf).toBe('2026-03-05');
    expect(asOf('26일', 'ko').asOf).toBe('2026-02-26'); // not yet this month: last month
    expect(asOf('어제', 'ko').asOf).toBe('2026-03-09');
    expect(asOf('2024년 9월 30일 기준', 'ko').asOf).toBe('2024-09-30');
  });

  it('resolves Japanese expressions', () => {
    expect(asOf('今年10月', 'ja', '2025-12-17').asOf).toBe('2025-10');
    expect(asOf('11月初旬の契約', 'ja', '2025-12-17').asOf).toBe('2025-11');
    expect(asOf('12月16日', 'ja', '2025-12-17').asOf).toBe('2025-12-16');
    expect(asOf('2024年9月30日時点で', 'ja', '2025-12-17').asOf).toBe('2024-09-30');
    expect(asOf('先月', 'ja', '2025-12-17').asOf).toBe('2025-11');
  });

  it('resolves Chinese expressions', () => {
    expect(asOf('去年9月', 'zh').asOf).toBe('2025-09');
    expect(asOf('上个月', 'zh').asOf).toBe('2026-02');
    expect(asOf('3月5日', 'zh').asOf).toBe('2026-03-05');
  });

  it('resolves English expressions', () => {
    expect(asOf('in October', 'en').asOf).toBe('2025-10');
    expect(asOf('on Oct. 5', 'en').asOf).toBe('2025-10-05');
    expect(asOf('as of Sept. 30, 2024', 'en').asOf).toBe('2024-09-30');
    expect(asOf('last month', 'en').asOf).toBe('2026-02');
    expect(asOf('on Thursday', 'en').asOf).toBe('2026-03-05');
    expect(asOf('on Tuesday', 'en').asOf).toBe('2026-03-10');
    expect(asOf('yesterday', 'en').asOf).toBe('2026-03-09');
    expect(asOf('you may invest', 'en').asOf).toBe('2026-03-10');
  });

  it('keeps the article date for the future and notes the target', () => {
    expect(asOf('2027년에는', 'ko')).toEqual({ asOf: '2026-03-10', notes: ['target: 2027'] });
    expect(asOf('2027年には', 'ja')).toEqual({ asOf: '2026-03-10', notes: ['target: 2027'] });
    expect(asOf('by 2030', 'en')).toEqual({ asOf: '2026-03-10', notes: ['target: 2030'] });
    expect(asOf('내년 예산', 'ko')).toEqual({ asOf: '2026-03-10', notes: ['target: 2027'] });
  });

  it('notes past years, quarters and starting points as periods', () => {
    expect(asOf('지난해 매출', 'ko').notes).toEqual(['period: 2025']);
    expect(asOf('올해 4분기', 'ko').notes).toEqual(['period: 2026-Q4']);
    expect(asOf('第三季度', 'zh').notes).toEqual(['period: 2025-Q3']);
    expect(asOf('in the second quarter of 2025', 'en').notes).toEqual(['period: 2025-Q2']);
    expect(asOf('since 2019', 'en').notes).toEqual(['since 2019']);
    expect(asOf('2019年以降', 'ja').notes).toEqual(['since 2019']);
  });

  it('ignores impossible days and durations', () => {
    expect(asOf('31일', 'ko').asOf).toBe('2026-03-10'); // February has no 31st
    expect(asOf('3일간', 'ko').asOf).toBe('2026-03-10');
    expect(asOf('12개월', 'ko').asOf).toBe('2026-03-10');
    expect(asOf('3月期決算', 'ja').asOf).toBe('2026-03-10');
  });

  it('prefers the date nearest the amount, in its clause', () => {
    const s = '지난해 9월 발표 이후, 올해 1월 다시 투자했다';
    const dates = findDates(s, 'ko');
    const clauseOf = (pos: number): number => (pos < s.indexOf(',') ? 0 : 1);
    const r = resolveAsOf(dates, s.length, (pos) => clauseOf(pos) === 1, parseArticleDate('2026-03-10'));
    expect(r.asOf).toBe('2026-01');
  });
});
