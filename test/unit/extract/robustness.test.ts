/** Text that must not produce money claims, and random/hostile text that must not stall or break spans. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClaims, type ClaimDraft } from '../../../main/core/extract';
import { extract, key, lexicon } from './helpers';

const money = (cs: ClaimDraft[]): ClaimDraft[] => cs.filter((c) => c.unit !== '%' && c.unit !== 'pp');

function assertWellFormed(text: string, title: string | null, cs: readonly ClaimDraft[]): void {
  const names = new Set(lexicon().lexicon.entities.map((e) => e.name));
  const metrics = new Set(lexicon().lexicon.metrics.map((m) => m.id));
  for (const c of cs) {
    const base = c.inTitle ? (title ?? '') : text;
    expect(base.slice(c.span[0], c.span[1])).toBe(c.text);
    expect(base.slice(c.quoteSpan[0], c.quoteSpan[1])).toBe(c.quote);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    if (c.subject !== null) expect(names.has(c.subject)).toBe(true);
    if (c.object !== null) expect(names.has(c.object)).toBe(true);
    if (c.metric !== null) expect(metrics.has(c.metric)).toBe(true);
    if (c.asOf !== null) expect(c.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  }
}

describe('no claims where there is no amount', () => {
  it('text without numbers', () => {
    for (const [lang, text] of [
      ['ko', '아마존과 오픈AI는 협력 관계를 강화하기로 했다. 구체적인 조건은 공개되지 않았다.'],
      ['ja', 'アマゾンとOpenAIは提携を拡大する。詳細は明らかにされていない。'],
      ['zh', '亚马逊与OpenAI扩大合作。具体条款尚未公布。'],
      ['en', 'Amazon and OpenAI expanded their partnership. Terms were not disclosed.'],
      ['en', ''],
    ] as const)
      expect(extract(lang, text).claims).toEqual([]);
  });

  it('numbers without units: years, pages, phones, dates, model names', () => {
    for (const [lang, text] of [
      [
        'en',
        'In 2024, on page 12 of the filing, call 010-1234-5678 by 2025-03-01. Trainium3 beats GPT-4o and H100 chips.',
      ],
      [
        'ko',
        '2024년 3월 5일 발표. 자세한 내용은 12쪽 참조, 문의 02-123-4567. 트레이니엄3와 GPT-4o를 비교했다.',
      ],
      ['ja', '2024年3月5日に発表。詳細は12ページ、電話03-1234-5678。Trainium3とGPT-4oを比較した。'],
      ['zh', '2024年3月5日发布。详见第12页，电话010-12345678。Trainium3与GPT-4o对比。'],
    ] as const)
      expect(money(extract(lang, text).claims)).toEqual([]);
  });
});

describe('end to end through the quantity parser', () => {
  it('reads one sentence per language', () => {
    expect(extract('ko', '소프트뱅크는 오픈AI에 400억 달러를 투자했다.').claims.map(key)).toEqual([
      'SoftBank Group → OpenAI : investment',
    ]);
    expect(extract('ja', 'NVIDIAはOpenAIに1000億ドルを投資する。').claims.map(key)).toEqual([
      'Nvidia → OpenAI : investment',
    ]);
    expect(extract('zh', '英伟达宣布对OpenAI投资1000亿美元。').claims.map(key)).toEqual([
      'Nvidia → OpenAI : investment',
    ]);
    expect(extract('en', 'Microsoft has invested $13 billion in OpenAI.').claims.map(key)).toEqual([
      'Microsoft → OpenAI : investment',
    ]);
  });

  it('guesses the grammar when the article has no language', () => {
    const r = extract(null, '엔비디아가 오픈AI에 1000억 달러를 투자한다.');
    expect(r.lang).toBe('ko');
    expect(r.claims.map(key)).toEqual(['Nvidia → OpenAI : investment']);
  });

  it('passes on the other readings of an ambiguous currency', () => {
    const [c] = extract('zh', '英伟达向OpenAI投资100亿元。').claims;
    expect(c!.unit).toBe('CNY');
    expect(c!.alternativeUnits).toContain('USD');
  });

  it('keeps a restated amount as an equivalent, not a claim', () => {
    const r = extract('ko', '아마존이 오픈AI에 최대 500억 달러(약 70조원)를 투자한다.');
    expect(r.claims.length).toBe(1);
    expect(r.claims[0]!.equivalents.map((e) => e.unit)).toEqual(['KRW']);
  });
});

describe('hostile input does not stall', () => {
  const timed = (f: () => void): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };

  it('a 200k-character sentence without punctuation', () => {
    const text = '아마존 오픈AI 500억 달러 투자 '.repeat(10000);
    let n = 0;
    const ms = timed(() => (n = extract('ko', text).claims.length));
    console.log(`200k-char run-on sentence: ${ms.toFixed(0)} ms, ${n} claims`);
    expect(n).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(5000);
  });

  it('a flattened table', () => {
    const row = 'Amazon | OpenAI | $50 billion | 2026 | 15% | Nvidia | $100 billion |\n';
    const text = row.repeat(2000);
    let cs: ClaimDraft[] = [];
    const ms = timed(() => (cs = extract('en', text).claims));
    console.log(`flattened table (${text.length} chars): ${ms.toFixed(0)} ms, ${cs.length} claims`);
    expect(ms).toBeLessThan(5000);
    assertWellFormed(text, null, cs);
  });

  it('mixed-script text', () => {
    const text = 'Amazon(아마존)はOpenAI에 $50 billion(약 70조원)을 投资了，据Reuters报道。'.repeat(200);
    const cs = extract('ja', text).claims;
    assertWellFormed(text, null, cs);
    expect(cs.length).toBeGreaterThan(0);
  });

  it('random text in any script (property)', () => {
    const pieces = [
      '아마존',
      '오픈AI',
      'OpenAI',
      'エヌビディア',
      '英伟达',
      'Reuters',
      '로이터',
      '에',
      '이',
      '는',
      'が',
      'に',
      'は',
      'の',
      '向',
      '对',
      'in',
      'from',
      '투자',
      '投資',
      '投资',
      'invest',
      '기업가치',
      '評価額',
      'valuation',
      '총',
      '合計',
      'in total',
      '최대',
      '約',
      'up to',
      '억',
      '조',
      '億',
      '兆',
      '亿',
      '달러',
      'ドル',
      '美元',
      '$',
      '€',
      '¥',
      '원',
      '円',
      '%',
      '1',
      '12',
      '3.5',
      '1,000',
      '2024',
      '년',
      '年',
      '月',
      '월',
      '日',
      '일',
      '(',
      ')',
      '「',
      '」',
      '.',
      '。',
      ',',
      '、',
      '，',
      '!',
      '?',
      '\n',
      ' ',
      '경우',
      'れば',
      '如果',
      'if',
      '따르면',
      'によると',
      '据',
      'according to',
      '지난해',
      '昨年',
      'last month',
    ];
    const arbText = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        arbText,
        fc.constantFrom('ko', 'ja', 'zh', 'en', null),
        fc.option(arbText, { nil: null }),
        (text, lang, title) => {
          let cs: ClaimDraft[] = [];
          const ms = timed(() => (cs = extract(lang, text, { title }).claims));
          expect(ms).toBeLessThan(200);
          assertWellFormed(text, title, cs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings with arbitrary amounts (property, claim builder alone)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: 'binary' }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(40),
            fc.double({ min: 0, max: 1e15, noNaN: true }),
            fc.constantFrom('USD', 'KRW', 'JPY', '%', 'pp'),
          ),
          { maxLength: 6 },
        ),
        (text, raw) => {
          const quantities = raw.map(([s, len, value, unit]) => {
            const start = text.length === 0 ? 0 : s % text.length;
            const end = Math.min(text.length, start + len);
            return {
              value,
              unit,
              qualifier: 'exact' as const,
              low: null,
              high: null,
              text: text.slice(start, end),
              span: [start, end] as const,
              equivalents: [],
            };
          });
          const r = buildClaims(
            { article: { text, title: null, publishedAt: '2026-03-10', lang: null }, quantities },
            lexicon(),
          );
          for (const c of r.claims) expect(c.confidence).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
