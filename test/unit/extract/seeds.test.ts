/** The two real seed articles, end to end through shared/quantity. Timing is printed, not asserted. */
import { describe, expect, it } from 'vitest';
import { buildClaims, type ClaimDraft } from '../../../main/core/extract';
import { findQuantities } from '../../../shared/quantity';
import { extract, haveSeeds, key, lexicon, seed } from './helpers';

const find = (
  claims: ClaimDraft[],
  text: string,
  pred: (c: ClaimDraft) => boolean = () => true,
): ClaimDraft => {
  const c = claims.find((x) => x.text.includes(text) && pred(x));
  if (!c) throw new Error(`no claim with "${text}" among ${claims.map((x) => x.text).join(' | ')}`);
  return c;
};

describe.skipIf(!haveSeeds)('Korean seed (2026-02-26)', () => {
  const { claims } = extract('ko', seed('ko'), { date: '2026-02-26' });

  it('Amazon → OpenAI: up to 50B, tranches 15B and 35B, citing The Information', () => {
    const total = find(claims, '500억');
    expect(key(total)).toBe('Amazon → OpenAI : investment');
    expect(total).toMatchObject({
      value: 5e10,
      unit: 'USD',
      qualifier: 'up_to',
      citedSource: 'The Information',
    });
    expect(total.equivalents[0]).toMatchObject({ unit: 'KRW' });
    const first = find(claims, '150억');
    expect(key(first)).toBe('Amazon → OpenAI : investment');
    expect(first).toMatchObject({ part: 'tranche', citedSource: 'The Information', asOf: '2026-02-26' });
    const second = find(claims, '350억');
    expect(key(second)).toBe('Amazon → OpenAI : investment');
    expect(second).toMatchObject({
      part: 'tranche',
      citedSource: 'The Information',
      note: '오픈AI가 상장하거나 AGI에 도달할 경우',
    });
    expect(total.part).toBe('total'); // 15 + 35 = 50 within one key
  });

  it('OpenAI valuation about 730B, pre-money', () => {
    const c = find(claims, '7300억');
    expect(key(c)).toBe('OpenAI → - : valuation');
    expect(c).toMatchObject({ value: 7.3e11, qualifier: 'about', note: 'pre-money' });
  });

  it('Nvidia → OpenAI up to 30B citing CNBC, and the 100B of last September', () => {
    const c = find(claims, '최대 300억');
    expect(key(c)).toBe('Nvidia → OpenAI : investment');
    expect(c).toMatchObject({ qualifier: 'up_to', citedSource: 'CNBC', note: null });
    const sept = find(claims, '1000억', (x) => x.asOf === '2025-09');
    expect(key(sept)).toBe('Nvidia → OpenAI : investment');
  });

  it('Amazon → Anthropic at least 8B; OpenAI funding round 100B total', () => {
    const a = find(claims, '80억');
    expect(key(a)).toBe('Amazon → Anthropic : investment');
    expect(a.qualifier).toBe('at_least');
    const round = find(claims, '1000억', (x) => x.asOf === '2026-02-26');
    expect(key(round)).toBe('OpenAI → - : funding_round');
    expect(round.part).toBe('total');
  });

  it('gives every claim a quote that contains its amount', () => {
    const text = seed('ko');
    for (const c of claims) {
      expect(text.slice(c.span[0], c.span[1])).toBe(c.text);
      expect(text.slice(c.quoteSpan[0], c.quoteSpan[1])).toBe(c.quote);
      expect(c.quoteSpan[0] <= c.span[0] && c.span[1] <= c.quoteSpan[1]).toBe(true);
    }
  });
});

describe.skipIf(!haveSeeds)('Japanese seed (2025-12-17)', () => {
  const { claims } = extract('ja', seed('ja'), { date: '2025-12-17' });

  it('Amazon → OpenAI at least 10B citing The Information, as of the reported day', () => {
    const c = find(claims, '少なくとも100億ドル');
    expect(key(c)).toBe('Amazon → OpenAI : investment');
    expect(c).toMatchObject({ qualifier: 'at_least', citedSource: 'The Information', asOf: '2025-12-16' });
    expect(c.equivalents[0]).toMatchObject({ unit: 'JPY' });
  });

  it('OpenAI valuation over 500B, conditional on the deal', () => {
    const c = find(claims, '5000億ドルを超え');
    expect(key(c)).toBe('OpenAI → - : valuation');
    expect(c.qualifier).toBe('more_than');
    expect(c.note).toContain('締結されれば');
  });

  it('OpenAI → AWS contract 38B as of 2025-11 over seven years', () => {
    const c = find(claims, '380億ドル', (x) => x.asOf === '2025-11');
    expect(key(c)).toBe('OpenAI → Amazon : contract_value');
    expect(c.note).toContain('今後7年間');
  });

  it('Nvidia → OpenAI 100B (2025-09) with its exchange condition', () => {
    const c = find(claims, '1000億ドル', (x) => x.asOf === '2025-09');
    expect(key(c)).toBe('Nvidia → OpenAI : investment');
    expect(c.note).toContain('交換条件');
  });

  it('OpenAI spending ≥100B, funding ~90B targeted for 2027, Amazon cash 66.9B (2024-09-30)', () => {
    const spend = find(claims, '1000億ドル以上');
    expect(key(spend)).toBe('OpenAI → - : spending');
    expect(spend.qualifier).toBe('at_least');
    const round = find(claims, '約900億ドル');
    expect(key(round)).toBe('OpenAI → - : funding_round');
    expect(round).toMatchObject({ qualifier: 'about', asOf: '2025-12-17', note: 'target: 2027' });
    const cash = find(claims, '669億ドル');
    expect(key(cash)).toBe('Amazon → - : cash');
    expect(cash.asOf).toBe('2024-09-30');
  });

  it('counts the headline once when the title is also the first line', () => {
    const title =
      '提携拡大!アマゾンがOpenAIに100億ドルの巨額投資を検討 この「大博打」は両者に勝利をもたらすか';
    const withTitle = extract('ja', seed('ja'), { date: '2025-12-17', title }).claims;
    expect(withTitle.length).toBe(claims.length);
    const head = withTitle.filter((c) => c.inTitle);
    expect(head.length).toBe(1);
    expect(title.slice(head[0]!.span[0], head[0]!.span[1])).toBe(head[0]!.text);
    expect(key(head[0]!)).toBe('Amazon → OpenAI : investment');
  });
});

describe.skipIf(!haveSeeds)('timing on the seeds (printed, not asserted)', () => {
  it('measures per-article extraction', () => {
    const lex = lexicon();
    for (const [name, lang, date] of [
      ['ko', 'ko', '2026-02-26'],
      ['ja', 'ja', '2025-12-17'],
    ] as const) {
      const text = seed(name);
      const article = { text, title: null, publishedAt: date, lang };
      const quantities = findQuantities(text, { lang });
      for (let i = 0; i < 200; i++) extract(lang, text, { date });
      const n = 500;
      let t0 = performance.now();
      for (let i = 0; i < n; i++) extract(lang, text, { date });
      const total = (performance.now() - t0) / n;
      t0 = performance.now();
      for (let i = 0; i < n; i++) buildClaims({ article, quantities }, lex);
      const builder = (performance.now() - t0) / n;
      const kb = Buffer.byteLength(text, 'utf8') / 1024;
      console.log(
        `seed ${name}: ${kb.toFixed(1)} KB UTF-8 — extractArticle ${total.toFixed(3)} ms/article (claim builder alone ${builder.toFixed(3)} ms)`,
      );
      expect(total).toBeGreaterThan(0);
    }
  });
});
