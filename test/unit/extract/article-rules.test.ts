/** Rules that span sentences: title, fallbacks, repeated amounts, citations, tranches, plausibility, candidates. */
import { describe, expect, it } from 'vitest';
import { buildClaims, CLAIM_BUILDER_VERSION } from '../../../main/core/extract';
import { claims, key, lexicon, quantities } from './helpers';

describe('title', () => {
  it('makes title amounts inTitle claims with spans into the title', () => {
    const title = '아마존, 오픈AI에 500억 달러 투자 검토';
    const text = '아마존이 오픈AI에 대한 투자를 검토하고 있다. 투자 규모는 500억 달러다.';
    const r = buildClaims(
      {
        article: { text, title, publishedAt: '2026-02-26', lang: 'ko' },
        quantities: quantities(text, [['500억 달러', 5e10]]),
        titleQuantities: quantities(title, [['500억 달러', 5e10]]),
      },
      lexicon(),
    );
    const [head, body] = r.claims;
    expect(head!.inTitle).toBe(true);
    expect(title.slice(head!.span[0], head!.span[1])).toBe('500억 달러');
    expect(head!.quote).toBe(title);
    expect(key(head!)).toBe('Amazon → OpenAI : investment');
    expect(body!.inTitle).toBe(false);
    expect(key(body!)).toBe('Amazon → OpenAI : investment');
  });

  it('uses the headline when a sentence names nobody, with lower confidence', () => {
    const title = 'Amazon to invest in OpenAI';
    const text = 'The first tranche is worth $15 billion.';
    const [c] = claims('en', text, [['$15 billion', 15e9]], { title });
    expect(key(c!)).toBe('Amazon → OpenAI : ?');
    expect(c!.confidence).toBeLessThan(0.5);
  });

  it('does not double count a title repeated as the first line', () => {
    const title = 'Amazon weighs $50 billion OpenAI bet';
    const text = `${title}\n\nAmazon is in talks to invest up to $50 billion in OpenAI.`;
    const r = buildClaims(
      {
        article: { text, title, publishedAt: '2026-02-26', lang: 'en' },
        quantities: quantities(text, [
          ['$50 billion', 5e10],
          ['up to $50 billion', 5e10, 'USD', 'up_to'],
        ]),
        titleQuantities: quantities(title, [['$50 billion', 5e10]]),
      },
      lexicon(),
    );
    expect(r.claims.length).toBe(2);
    expect(r.claims[0]!.inTitle).toBe(true);
    expect(r.claims[0]!.span).toEqual([title.indexOf('$50'), title.indexOf('$50') + '$50 billion'.length]);
    expect(r.claims[1]!.inTitle).toBe(false);
  });
});

describe('fallbacks to other sentences', () => {
  it('borrows parties from the previous sentence and lowers the confidence', () => {
    const text = '엔비디아는 오픈AI에 대한 투자를 검토 중이다. 규모는 최대 1000억 달러에 이를 수 있다.';
    const [c] = claims('ko', text, [['최대 1000억 달러', 1e11, 'USD', 'up_to']]);
    expect(key(c!)).toBe('Nvidia → OpenAI : investment');
    expect(c!.confidence).toBeLessThan(0.8);
  });

  it('gives a borrowed valuation to the investee, not the investor', () => {
    const text = '소프트뱅크가 오픈AI에 400억 달러를 투자한다. 이번 라운드의 기업가치는 3000억 달러다.';
    const [, v] = claims('ko', text, [
      ['400억 달러', 4e10],
      ['3000억 달러', 3e11],
    ]);
    expect(key(v!)).toBe('OpenAI → - : valuation');
  });

  it('treats a repeated amount as the same claim', () => {
    const text = 'Amazon will invest $35 billion in OpenAI. Analysts say the $35 billion is a bet on AGI.';
    const [, again] = claims('en', text, [
      ['$35 billion', 35e9],
      ['$35 billion', 35e9],
    ]);
    expect(key(again!)).toBe('Amazon → OpenAI : investment');
  });

  it('does not merge amounts dated differently', () => {
    const text =
      'OpenAI raised $100 billion in total this year. That is apart from the $100 billion Nvidia pledged in September 2025.';
    const [a, b] = claims('en', text, [
      ['$100 billion', 1e11],
      ['$100 billion', 1e11],
    ]);
    expect(key(a!)).toBe('OpenAI → - : funding_round');
    expect(b!.asOf).toBe('2025-09');
    expect(key(b!)).toBe('Nvidia → OpenAI : investment');
  });
});

describe('cited sources', () => {
  it('covers the paragraph after a citation, not the next paragraph', () => {
    const text =
      'Reuters reported that Amazon is in talks with OpenAI. Amazon would invest $10 billion.\n\nOpenAI is valued at $500 billion.';
    const [a, b] = claims('en', text, [
      ['$10 billion', 1e10],
      ['$500 billion', 5e11],
    ]);
    expect(a!.citedSource).toBe('Reuters');
    expect(b!.citedSource).toBeNull();
  });

  it('lends a citation to the uncited statements of the same claim, and says so', () => {
    const text =
      'Amazon may invest up to $50 billion in OpenAI.\n\nAmazon would invest $15 billion in OpenAI first, CNBC reported.';
    const [a, b] = claims('en', text, [
      ['up to $50 billion', 5e10, 'USD', 'up_to'],
      ['$15 billion', 15e9],
    ]);
    expect(b!.citedSource).toBe('CNBC');
    expect(a!.citedSource).toBe('CNBC');
    expect(a!.flags.some((f) => f.startsWith('inferred:'))).toBe(true);
  });

  it('ignores outlets named without a reporting word', () => {
    const [c] = claims('en', 'Bloomberg invested $1 billion in Anthropic.', [['$1 billion', 1e9]]);
    expect(c!.citedSource).toBeNull();
  });
});

describe('tranches and totals', () => {
  it('marks two amounts adding up to a third of the same key', () => {
    const text =
      'Amazon will invest $50 billion in OpenAI. Amazon will put $15 billion into OpenAI now and $35 billion into OpenAI later.';
    const cs = claims('en', text, [
      ['$50 billion', 5e10],
      ['$15 billion', 15e9],
      ['$35 billion', 35e9],
    ]);
    expect(cs.map((c) => c.part)).toEqual(['total', 'tranche', 'tranche']);
  });

  it('leaves unrelated amounts alone', () => {
    const text =
      'Amazon will invest $15 billion in OpenAI. Microsoft invested $35 billion in OpenAI. Nvidia invested $50 billion in OpenAI.';
    expect(
      claims('en', text, [
        ['$15 billion', 15e9],
        ['$35 billion', 35e9],
        ['$50 billion', 5e10],
      ]).map((c) => c.part),
    ).toEqual([null, null, null]);
  });
});

describe('plausibility flags', () => {
  it('flags an amount 1000× smaller than another of the same claim', () => {
    const text = 'OpenAI的估值为7,300美元。OpenAI的估值为7,300亿美元。';
    const [small, big] = claims('zh', text, [
      ['7,300美元', 7300],
      ['7,300亿美元', 7.3e11],
    ]);
    expect(small!.flags.some((f) => f.startsWith('implausible:'))).toBe(true);
    expect(big!.flags.filter((f) => f.startsWith('implausible:'))).toEqual([]);
  });

  it('flags a company valuation under a million dollars', () => {
    const [c] = claims('en', 'Anthropic is valued at $183,000.', [['$183,000', 183000]]);
    expect(c!.flags[0]).toMatch(/^implausible: valuation/);
  });

  it('flags a stake over 100%', () => {
    const [c] = claims('en', 'SoftBank holds a 120% stake in Arm.', [['120%', 120, '%']]);
    expect(c!.flags[0]).toMatch(/over 100%/);
  });
});

describe('candidate entities', () => {
  const candidates = (lang: string, text: string, amount: string): string[] =>
    buildClaims(
      {
        article: { text, title: null, publishedAt: null, lang },
        quantities: quantities(text, [[amount, 1e9]]),
      },
      lexicon(),
    ).candidates.map((c) => c.name);

  it('proposes unknown organisations with a legal form, in any language', () => {
    expect(candidates('en', 'Acme Robotics Inc. raised $1 billion.', '$1 billion')).toContain(
      'Acme Robotics Inc.',
    );
    expect(candidates('en', 'Nvidia invested $1 billion in Reflection AI.', '$1 billion')).toContain(
      'Reflection AI',
    );
    expect(candidates('ko', '주식회사 리벨리온이 10억 달러를 유치했다.', '10억 달러')).toContain('리벨리온');
    expect(candidates('ja', 'サカナAI株式会社が10億ドルを調達した。', '10億ドル')).toContain('サカナAI');
    expect(candidates('zh', '英伟达向智元机器人公司投资10亿美元。', '10亿美元')).toContain('智元机器人公司');
  });

  it('does not propose known entities', () => {
    expect(candidates('en', 'Amazon Web Services Inc. raised $1 billion.', '$1 billion')).toEqual([]);
  });
});

describe('versioning', () => {
  it('exposes a builder version and a lexicon fingerprint', () => {
    expect(typeof CLAIM_BUILDER_VERSION).toBe('number');
    expect(lexicon().fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });
});
