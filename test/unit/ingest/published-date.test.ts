import { describe, expect, it } from 'vitest';
import { findPublishedDate, findPublishedDateMatch, parseDateValue } from '../../../main/core/ingest';

describe('findPublishedDate: written forms', () => {
  const cases: Array<[string, string]> = [
    ['2026.01.30 11:00', '2026-01-30'],
    ['Dec 17, 2025 12:30 PM', '2025-12-17'],
    ['TradingKeyDec 17, 2025 12:30 PM', '2025-12-17'],
    ['December 17, 2025', '2025-12-17'],
    ['Published on Sept. 3rd, 2025 by staff', '2025-09-03'],
    ['17 December 2025', '2025-12-17'],
    ['2026/1/30 08:05', '2026-01-30'],
    ['2025年12月17日', '2025-12-17'],
    ['2025年12月17日 10時30分', '2025-12-17'],
    ['2025年12月17日(水) 午後3時5分配信', '2025-12-17'],
    ['更新时间：11:28 2026-02-28 HKT', '2026-02-28T11:28+08:00'],
    ['발행: 2026.01.31 21:39', '2026-01-31'],
    ['입력 2026-01-31 21:39', '2026-01-31'],
    ['2026년 1월 31일', '2026-01-31'],
    ['기사입력 2026년 1월 31일 오후 9:39', '2026-01-31'],
    ['2026-02-26', '2026-02-26'],
    ['2026-02-26T10:30:00+09:00', '2026-02-26T10:30:00+09:00'],
    ['2026-02-26T01:30:00.000Z', '2026-02-26T01:30:00Z'],
    ['2026-02-26 10:30 KST', '2026-02-26T10:30+09:00'],
    ['Wed, 17 Dec 2025 12:30:00 +0000', '2025-12-17T12:30:00Z'],
    ['Wed, 17 Dec 2025 12:30:00 +0900', '2025-12-17T12:30:00+09:00'],
    ['Tue, 16 Dec 2025 22:05:00 GMT', '2025-12-16T22:05:00Z'],
    ['Dec 17, 2025 12:30 PM EST', '2025-12-17T12:30-05:00'],
    ['Dec 17, 2025 12:10 AM EST', '2025-12-17T00:10-05:00'],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${expected}`, () => {
      expect(findPublishedDate(`${text}\n\nArticle text follows here.`)).toBe(expected);
    });
  }

  it('keeps a zone-less wall-clock time as localTime instead of inventing an offset', () => {
    expect(findPublishedDateMatch('Dec 17, 2025 12:30 PM')).toMatchObject({
      value: '2025-12-17',
      localTime: '12:30',
    });
    expect(findPublishedDateMatch('기사입력 2026년 1월 31일 오후 9:39')).toMatchObject({
      localTime: '21:39',
    });
    expect(findPublishedDateMatch('2025年12月17日 10時30分')).toMatchObject({ localTime: '10:30' });
  });

  it('takes the earliest date in the text', () => {
    expect(
      findPublishedDate('입력 2026-01-31 21:39 | 수정 2026-02-01 08:00\n본문은 2024년 9월 30일 기준이다.'),
    ).toBe('2026-01-31');
  });
});

describe('findPublishedDate: implausible and distant dates', () => {
  const rejected = [
    '2026-13-01',
    '2026-02-30',
    '2025-02-29',
    '1989-12-31',
    '2101-01-01',
    '2026年2月31日',
    'Feb 30, 2026',
    'version 2026.1.1.4 released',
    'Call 2026-0131 now',
    'The company sold 2,026 units in 12 months.',
  ];
  for (const text of rejected) {
    it(`no date in "${text}"`, () => {
      expect(findPublishedDate(text)).toBeNull();
    });
  }

  it('accepts a leap day', () => {
    expect(findPublishedDate('2024-02-29')).toBe('2024-02-29');
  });

  it('only looks at the first ~1000 characters', () => {
    const filler = '이 문장은 날짜가 없는 본문이다. '.repeat(80);
    expect(filler.length).toBeGreaterThan(1000);
    expect(findPublishedDate(`${filler}\n2026-02-26`)).toBeNull();
    expect(findPublishedDate(`2026-02-26\n${filler}`)).toBe('2026-02-26');
  });

  it('ignores an invalid clock but keeps the date', () => {
    expect(findPublishedDateMatch('2026-02-26 25:61')).toMatchObject({
      value: '2026-02-26',
      localTime: null,
    });
  });
});

describe('parseDateValue (metadata fields)', () => {
  it('reads feed and API values', () => {
    expect(parseDateValue('Tue, 16 Dec 2025 22:05:00 +0000')?.value).toBe('2025-12-16T22:05:00Z');
    expect(parseDateValue('2025-12-17T12:30:00+09:00')?.value).toBe('2025-12-17T12:30:00+09:00');
    expect(parseDateValue('2025-12-17')?.value).toBe('2025-12-17');
  });

  it('reads Unix timestamps in seconds and milliseconds', () => {
    expect(parseDateValue(1765974600)?.value).toBe('2025-12-17T12:30:00Z');
    expect(parseDateValue(1765974600000)?.value).toBe('2025-12-17T12:30:00Z');
    expect(parseDateValue('1765974600')?.value).toBe('2025-12-17T12:30:00Z');
  });

  it('returns null for non-dates', () => {
    expect(parseDateValue('yesterday')).toBeNull();
    expect(parseDateValue(null)).toBeNull();
    expect(parseDateValue({})).toBeNull();
  });
});
