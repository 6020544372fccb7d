import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../../../main/core/ingest';
import {
  EN_BODY,
  EN_TITLE,
  JA_BODY,
  JA_TITLE,
  KO_BODY,
  KO_TITLE,
  only,
  utf8,
  ZH_HANT_BODY,
  ZH_HANT_TITLE,
} from './helpers';

const json = (value: unknown, name = 'batch.json') =>
  parseArticleBytes(utf8(JSON.stringify(value)), name, `/batch/${name}`);

describe('.json', () => {
  it('reads one article object with case-insensitive field names', () => {
    const article = only(
      json({
        Headline: KO_TITLE,
        Body: KO_BODY,
        URL: 'https://news.example.kr/1',
        Published_At: '2026-02-26T09:12:00+09:00',
        Publisher: '한빛경제',
        Author: '김하늘',
        section: '경제',
        wordCount: 412,
      }),
    );
    expect(article).toMatchObject({
      format: 'json',
      itemIndex: 0,
      title: KO_TITLE,
      text: KO_BODY,
      url: 'https://news.example.kr/1',
      publishedAt: '2026-02-26T09:12:00+09:00',
      outlet: '한빛경제',
      author: '김하늘',
      lang: 'ko',
      meta: { section: '경제', wordCount: '412' },
    });
  });

  it('reads an array of articles, reporting non-objects by index', () => {
    const result = json([
      { title: JA_TITLE, content: JA_BODY, date: '2025年12月17日', source: '経済新報', language: 'ja-JP' },
      'not an article',
      {
        title: ZH_HANT_TITLE,
        article: ZH_HANT_BODY,
        pubDate: 'Fri, 27 Feb 2026 09:15:00 +0800',
        site: '經濟日報',
      },
    ]);
    expect(result.articles.map((a) => [a.itemIndex, a.title, a.publishedAt, a.outlet, a.lang])).toEqual([
      [0, JA_TITLE, '2025-12-17', '経済新報', 'ja'],
      [2, ZH_HANT_TITLE, '2026-02-27T09:15:00+08:00', '經濟日報', 'zh'],
    ]);
    expect(result.errors).toEqual([
      { code: 'not-an-article-object', message: 'item 1 is a string, not an article object', itemIndex: 1 },
    ]);
  });

  it('reads a NewsAPI-style response (nested source name, content over description)', () => {
    const article = only(
      json({
        status: 'ok',
        totalResults: 1,
        articles: [
          {
            source: { id: null, name: 'Reuters' },
            author: 'Jane Doe',
            title: EN_TITLE,
            description: 'Teaser.',
            url: 'https://example.com/a',
            publishedAt: '2026-02-26T01:30:00Z',
            content: EN_BODY,
          },
        ],
      }),
    );
    expect(article).toMatchObject({
      outlet: 'Reuters',
      author: 'Jane Doe',
      text: EN_BODY,
      publishedAt: '2026-02-26T01:30:00Z',
      lang: 'en',
    });
    expect(article.meta.description).toBe('Teaser.');
  });

  it('accepts Unix timestamps as dates', () => {
    expect(only(json({ text: EN_BODY, timestamp: 1765974600 })).publishedAt).toBe('2025-12-17T12:30:00Z');
  });

  it('keeps an unparseable date in meta instead of guessing', () => {
    const article = only(json({ text: EN_BODY, date: 'last Tuesday' }));
    expect(article.publishedAt).toBeNull();
    expect(article.meta.unparsedDate).toBe('last Tuesday');
  });

  it('reports an item without text', () => {
    const result = json([{ title: 'x' }, { text: KO_BODY }]);
    expect(result.articles).toHaveLength(1);
    expect(result.errors).toEqual([{ code: 'no-text', message: 'item 0 has no article text', itemIndex: 0 }]);
  });

  it('reports truncated JSON with the parser message', () => {
    const result = parseArticleBytes(utf8('[{"title": "a", "text": "잘린 기사'), 'cut.json');
    expect(result.articles).toEqual([]);
    expect(result.errors[0]?.code).toBe('malformed-json');
    expect(result.errors[0]?.message).toMatch(/^the file is not valid JSON: .+/);
  });

  it('decodes JSON with invalid UTF-8 through detection instead of failing', () => {
    // A lone continuation byte inside a string: not UTF-8; decoded as a legacy charset.
    const bytes = new Uint8Array([
      ...utf8('{"text": "caf'),
      0xe9,
      ...utf8(' au lait, the deal was signed on Monday and the terms were not disclosed."}'),
    ]);
    const article = only(parseArticleBytes(bytes, 'latin.json'));
    expect(article.text).toContain('café au lait');
    expect(article.encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 with one corrupt byte as UTF-8, marking the damage', () => {
    const good = utf8(JSON.stringify({ title: KO_TITLE, text: KO_BODY }));
    const index = good.indexOf(0xeb, 40); // a lead byte inside the Korean text
    const bytes = new Uint8Array([...good.subarray(0, index), 0xff, ...good.subarray(index + 1)]);
    const article = only(parseArticleBytes(bytes, 'damaged.json'));
    expect(article.encoding).toBe('utf-8');
    expect(article.lang).toBe('ko');
    expect(`${article.title}${article.text}`).toContain('\ufffd');
    expect(article.meta.invalidUtf8Sequences).toBeDefined();
  });

  it('reports a JSON value that holds no article', () => {
    expect(json(42).errors[0]).toEqual({
      code: 'not-an-article-object',
      message: 'the JSON holds a number, not an article object or an array of them',
    });
  });
});

describe('.jsonl', () => {
  it('reads one article per line and reports the bad line by number', () => {
    const lines = [
      JSON.stringify({ title: KO_TITLE, text: KO_BODY, source: '한빛경제' }),
      '',
      '{"title": "broken", "text": ',
      JSON.stringify({ title: JA_TITLE, body: JA_BODY }),
      '[1, 2]',
    ].join('\n');
    const result = parseArticleBytes(utf8(lines), 'batch.jsonl');
    expect(result.articles.map((a) => [a.itemIndex, a.title, a.format])).toEqual([
      [0, KO_TITLE, 'jsonl'],
      [2, JA_TITLE, 'jsonl'],
    ]);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatchObject({ code: 'malformed-jsonl-line', itemIndex: 1 });
    expect(result.errors[0]?.message).toMatch(/^line 3 is not valid JSON: /);
    expect(result.errors[1]).toEqual({
      code: 'not-an-article-object',
      message: 'line 5 holds an array, not an article object',
      itemIndex: 3,
    });
  });

  it('sniffs JSON Lines in a file without extension', () => {
    const lines = [JSON.stringify({ text: KO_BODY }), JSON.stringify({ text: JA_BODY })].join('\r\n');
    const result = parseArticleBytes(utf8(lines), 'export');
    expect(result.articles.map((a) => [a.format, a.lang])).toEqual([
      ['jsonl', 'ko'],
      ['jsonl', 'ja'],
    ]);
  });
});
