import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  LexiconError,
  loadDefaultLexicon,
  validateLexicon,
  type Lexicon,
} from '../../../main/core/extract';
import { lexicon } from './helpers';

const names = (text: string, lang: 'en' | 'ko' | 'ja' | 'zh' | null = null): string[] =>
  lexicon()
    .scan(text, lang)
    .filter((m) => m.kind === 'entity')
    .map((m) => lexicon().entity(m.id)!.name);

const metrics = (text: string, lang: 'en' | 'ko' | 'ja' | 'zh' | null = null): string[] =>
  lexicon()
    .scan(text, lang)
    .filter((m) => m.kind === 'metric')
    .map((m) => m.id);

describe('default lexicon', () => {
  const lex = loadDefaultLexicon();

  it('is a real starter set', () => {
    expect(lex.entities.length).toBeGreaterThanOrEqual(120);
    expect(lex.entities.filter((e) => e.kind === 'outlet').length).toBeGreaterThanOrEqual(30);
    expect(
      lex.entities.filter((e) => e.kind === 'government' || e.kind === 'agency').length,
    ).toBeGreaterThanOrEqual(30);
    expect(lex.metrics.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'investment',
        'valuation',
        'funding_round',
        'contract_value',
        'stake',
        'revenue',
        'spending',
        'market_cap',
        'price',
      ]),
    );
  });

  it('validates its own files and can be read from a resources folder', () => {
    expect(() => validateLexicon(lex)).not.toThrow();
    const fromDisk = loadDefaultLexicon(fileURLToPath(new URL('../../../resources', import.meta.url)));
    expect(fromDisk.entities.length).toBe(lex.entities.length);
  });

  it('gives the compiled lexicon a content fingerprint', () => {
    const a = compileLexicon(lex);
    const changed: Lexicon = { ...lex, blockers: [...lex.blockers, '테스트'] };
    expect(a.fingerprint).toBe(compileLexicon(lex).fingerprint);
    expect(compileLexicon(changed).fingerprint).not.toBe(a.fingerprint);
  });
});

describe('validateLexicon names the bad entry', () => {
  const base = (): Record<string, unknown> => ({
    entities: [{ id: 'acme', name: 'Acme', kind: 'company', aliases: { en: ['Acme'] } }],
    metrics: [
      {
        id: 'investment',
        definition: 'x',
        roles: 'subject-object',
        units: ['money'],
        cues: { en: ['invest*'] },
      },
    ],
  });
  const issues = (json: unknown): string[] => {
    try {
      validateLexicon(json);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      return (e as LexiconError).issues;
    }
  };

  it('accepts a minimal file', () => {
    expect(issues(base())).toEqual([]);
  });
  it('rejects non-objects', () => {
    expect(issues(null)[0]).toMatch(/object/);
    expect(issues({ entities: 1, metrics: [] })[0]).toMatch(/"entities" must be a list/);
  });
  it('reports a bad kind with the entity index and id', () => {
    const j = base();
    (j.entities as Array<Record<string, unknown>>)[0]!.kind = 'bank';
    expect(issues(j)[0]).toMatch(/entities\[0\] "acme": kind must be one of/);
  });
  it('reports an empty alias with its language and position', () => {
    const j = base();
    (j.entities as Array<Record<string, unknown>>)[0]!.aliases = { en: ['Acme', ''] };
    expect(issues(j)[0]).toMatch(/entities\[0\] "acme": aliases\.en\[1\] must be a non-empty string/);
  });
  it('reports an unknown language', () => {
    const j = base();
    (j.entities as Array<Record<string, unknown>>)[0]!.aliases = { fr: ['Acmé'] };
    expect(issues(j)[0]).toMatch(/unknown language "fr"/);
  });
  it('reports an alias claimed by two entities', () => {
    const j = base();
    (j.entities as unknown[]).push({
      id: 'acme2',
      name: 'Acme Two',
      kind: 'company',
      aliases: { ko: ['ACME'] },
    });
    expect(issues(j)[0]).toMatch(/alias "acme" names both "acme" and "acme2"/);
  });
  it('reports an unknown parent and a duplicate id', () => {
    const j = base();
    (j.entities as unknown[]).push({
      id: 'acme',
      name: 'Other',
      kind: 'company',
      parent: 'nope',
      aliases: {},
    });
    const found = issues(j).join('\n');
    expect(found).toMatch(/id already used/);
    expect(found).toMatch(/parent "nope" is not an entity id/);
  });
  it('reports bad metric fields and a cue listed under two metrics', () => {
    const j = base();
    (j.metrics as unknown[]).push({ id: 'Bad Id', definition: 'x', roles: 'both', units: [], cues: {} });
    (j.metrics as unknown[]).push({
      id: 'other',
      definition: 'x',
      roles: 'subject',
      units: ['money'],
      cues: { en: ['invest*'] },
    });
    const found = issues(j).join('\n');
    expect(found).toMatch(/metrics\[1\].*id must be/);
    expect(found).toMatch(/roles must be/);
    expect(found).toMatch(/units must be/);
    const j2 = base();
    (j2.metrics as unknown[]).push({
      id: 'other',
      definition: 'x',
      roles: 'subject',
      units: ['money'],
      cues: { en: ['invest*'] },
    });
    expect(issues(j2)[0]).toMatch(/cue "invest\*" \(en\) is listed for both "investment" and "other"/);
  });
});

describe('compiled matcher', () => {
  it('maps aliases in every language to one canonical entity', () => {
    for (const a of ['Amazon', 'Amazon.com', '아마존', 'アマゾン', '亚马逊', '亞馬遜'])
      expect(names(a)).toEqual(['Amazon']);
    for (const a of ['Nvidia', 'NVIDIA', '엔비디아', 'エヌビディア', '英伟达', '輝達', '英偉達'])
      expect(names(a)).toEqual(['Nvidia']);
    for (const a of ['SoftBank', '소프트뱅크', 'ソフトバンク', '软银', '軟銀'])
      expect(names(a)).toEqual(['SoftBank Group']);
    for (const a of ['OpenAI', '오픈AI', '오픈에이아이', 'オープンAI']) expect(names(a)).toEqual(['OpenAI']);
    for (const a of ['Anthropic', '앤트로픽', 'アンソロピック', 'アンスロピック'])
      expect(names(a)).toEqual(['Anthropic']);
    for (const a of ['日本製鉄', '日鉄', '닛폰제철']) expect(names(a)).toEqual(['Nippon Steel']);
    for (const a of ['Reuters', '로이터', 'ロイター', '路透社']) expect(names(a)).toEqual(['Reuters']);
    for (const a of ['디인포메이션', 'The Information']) expect(names(a)).toEqual(['The Information']);
  });

  // The annotation rules count AWS figures as Amazon's: AWS is an alias of Amazon, not an entity.
  it('names AWS as Amazon (longest match wins over アマゾン)', () => {
    expect(names('AWS와 아마존')).toEqual(['Amazon', 'Amazon']);
    expect(names('アマゾン・ウェブ・サービス(AWS)')).toEqual(['Amazon', 'Amazon']);
    expect(lexicon().entity('aws')).toBeUndefined();
  });

  it('finds CJK aliases without word boundaries and Latin ones only at boundaries', () => {
    expect(names('오픈AI에 엔비디아가')).toEqual(['OpenAI', 'Nvidia']);
    expect(names('アマゾンがOpenAIに')).toEqual(['Amazon', 'OpenAI']);
    expect(names('The Metaverse and metadata')).toEqual([]);
    expect(names('Intelligence is not Intel')).toEqual(['Intel']);
    expect(names('MSFT and AMSL')).toEqual([]);
  });

  it('is case-insensitive for Latin unless the entity says matchCase', () => {
    expect(names('NVIDIA nvidia Nvidia')).toEqual(['Nvidia', 'Nvidia', 'Nvidia']);
    expect(names('an apple a day, a meta analysis')).toEqual([]);
    expect(names('Apple and Meta')).toEqual(['Apple', 'Meta']);
    expect(names('the information was leaked')).toEqual([]);
  });

  it('folds fullwidth Latin and middle dots', () => {
    expect(names('ＯｐｅｎＡＩ')).toEqual(['OpenAI']);
    expect(names('アマゾン·ウェブ·サービス')).toEqual(['Amazon']);
  });

  it('trusts MS for Microsoft only in Korean and Japanese articles', () => {
    expect(names('MS는 오픈AI에', 'ko')).toEqual(['Microsoft', 'OpenAI']);
    expect(names('MSがOpenAIに', 'ja')).toEqual(['Microsoft', 'OpenAI']);
    expect(names('MS said', 'en')).toEqual([]);
  });

  it('lets blockers swallow look-alikes', () => {
    expect(names('애플리케이션 시장과 메타버스')).toEqual([]);
    expect(names('日経平均株価が上昇')).toEqual([]);
    expect(names('금융위기 이후 금융위는')).toEqual(['Financial Services Commission (Korea)']);
  });

  it('finds metric cues, with prefixes for Latin cues ending in *', () => {
    expect(metrics('invested investment investors', 'en')).toEqual([
      'investment',
      'investment',
      'investment',
    ]);
    expect(metrics('기업가치와 시가총액', 'ko')).toEqual(['valuation', 'market_cap']);
    expect(metrics('評価額と時価総額', 'ja')).toEqual(['valuation', 'market_cap']);
    expect(metrics('估值和市值', 'zh')).toEqual(['valuation', 'market_cap']);
    expect(metrics('설비투자', 'ko')).toEqual(['spending']);
  });

  it('reads a cue shared across languages by the article language', () => {
    expect(metrics('融資', 'ja')).toEqual(['loan']);
    expect(metrics('融資', 'zh')).toEqual(['funding_round']);
  });

  it('marks weak cues', () => {
    const [m] = lexicon().scan('投じる', 'ja');
    expect(m).toMatchObject({ kind: 'metric', id: 'spending', weak: true });
  });

  // A sanity bound against pathological slowness, not a benchmark (printed for the report).
  it('scans entity-dense text in linear time', () => {
    const chunk =
      '아마존이 오픈AI에 최대 500억 달러를 투자한다. アマゾンはOpenAIに100億ドルを出資。英伟达向OpenAI投资。Nvidia invests in OpenAI. ';
    const text = chunk.repeat(2000);
    const lex = lexicon();
    lex.scan(text, 'ko');
    const t0 = performance.now();
    const found = lex.scan(text, 'ko');
    const ms = performance.now() - t0;
    expect(found.length).toBeGreaterThan(10000);
    const mbPerS = (text.length * 2) / 1e6 / (ms / 1000);
    console.log(
      `lexicon scan: ${mbPerS.toFixed(1)} MB/s (UTF-16) on entity-dense text, ${found.length} mentions`,
    );
    expect(mbPerS).toBeGreaterThan(2);
  });
});
