import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes, readArticleFile } from '../../../main/core/ingest';
import { encode, FIXTURES, utf8 } from './helpers';

describe('RSS 2.0', () => {
  it('reads one article per item with channel title as outlet', async () => {
    const result = await readArticleFile(join(FIXTURES, 'zh-feed.rss'));
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(2);
    const [first, second] = result.articles;
    expect(first).toMatchObject({
      format: 'rss',
      itemIndex: 0,
      title: '亚马逊洽谈向OpenAI投资最多500亿美元',
      url: 'https://finance.example.cn/2026/02/27/amazon-openai.html',
      publishedAt: '2026-02-27T09:15:00+08:00',
      author: '王小明',
      outlet: '新华财经',
      lang: 'zh',
    });
    expect(first?.meta).toMatchObject({ guid: 'xinhua-20260227-0001', categories: '科技, 投资' });
    // content:encoded wins over description; HTML stripped, scripts dropped.
    expect(first?.text).toBe(
      '据知情人士透露，亚马逊正在洽谈向OpenAI投资最多500亿美元，首期投资150亿美元，其余资金将与OpenAI上市或实现通用人工智能挂钩。\n\n双方上月刚刚签署了一份价值380亿美元的云服务协议。',
    );
    expect(second).toMatchObject({
      itemIndex: 1,
      publishedAt: '2026-02-28T11:28:00+08:00',
      outlet: '新华财经',
    });
    expect(second?.text).toBe(
      '据报道，英伟达正在讨论向OpenAI投资最多300亿美元（约合2160亿元人民币）。\n\n此前双方曾宣布1000亿美元的基础设施合作。',
    );
  });

  it('sniffs an RSS feed saved as .xml and decodes its declared GB2312 encoding', () => {
    const xml =
      '<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>财经日报</title><item><title>亚马逊投资OpenAI</title><description>亚马逊正在洽谈向OpenAI投资最多500亿美元，此举将加深两家公司的合作关系。</description></item></channel></rss>';
    const result = parseArticleBytes(encode(xml, 'gb2312'), 'feed.xml');
    expect(result.articles[0]).toMatchObject({
      format: 'rss',
      encoding: 'gb18030',
      outlet: '财经日报',
      title: '亚马逊投资OpenAI',
    });
  });

  it('reads RSS 1.0 (RDF)', () => {
    const xml =
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tech Wire</title></channel><item><title>Amazon weighs OpenAI stake</title><link>https://example.com/a</link><dc:date>2025-12-17T03:30:00Z</dc:date><description>Amazon is in talks to invest at least $10 billion in OpenAI, people familiar with the matter said.</description></item></rdf:RDF>';
    const article = parseArticleBytes(utf8(xml), 'wire.rdf').articles[0];
    expect(article).toMatchObject({
      format: 'rss',
      outlet: 'Tech Wire',
      publishedAt: '2025-12-17T03:30:00Z',
      lang: 'en',
    });
  });

  it('reports items without text and keeps the others', () => {
    const xml =
      '<rss><channel><title>T</title><item><title>only a title</title></item><item><title>ok</title><description>The deal is worth $38 billion over seven years, the companies said.</description></item></channel></rss>';
    const result = parseArticleBytes(utf8(xml), 'partial.rss');
    expect(result.articles.map((a) => a.itemIndex)).toEqual([1]);
    expect(result.errors).toEqual([{ code: 'no-text', message: 'item 0 has no article text', itemIndex: 0 }]);
  });
});

describe('Atom', () => {
  it('reads entries with html and xhtml content', async () => {
    const result = await readArticleFile(join(FIXTURES, 'ja-feed.atom'));
    expect(result.errors).toEqual([]);
    const [first, second] = result.articles;
    expect(first).toMatchObject({
      format: 'atom',
      title: 'アマゾン、OpenAIに100億ドル投資を検討',
      url: 'https://keizai.example.jp/articles/2025121701',
      publishedAt: '2025-12-17T12:30:00+09:00',
      author: '山田太郎',
      outlet: '経済新報 テクノロジー',
      lang: 'ja',
    });
    expect(first?.text).toBe(
      '米アマゾン・ドット・コムが米OpenAIに対し、少なくとも100億ドル(約1.4兆円)を出資する方向で交渉していることが分かった。\n\n両社は11月に380億ドル規模のクラウド契約を結んだばかりだ。',
    );
    // no <published>: <updated> is the best date there is
    expect(second).toMatchObject({
      url: 'https://keizai.example.jp/articles/2025121702',
      publishedAt: '2025-12-18T08:05:00+09:00',
    });
    expect(second?.text).toBe(
      'エヌビディアがOpenAIに最大1000億ドルを投資する意向を示したと報じられた。\n\n計算資源の確保が狙いとみられる。',
    );
  });
});

describe('malformed feeds', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'unclosed item',
      '<rss><channel><title>T</title><item><title>a</title><description>text</description></channel></rss>',
      /<item> is never closed/,
    ],
    ['truncated', '<?xml version="1.0"?><rss><channel><title>T</title><item><title>a</tit', /never closed/],
    [
      'stray closing tag',
      '<rss><channel><title>T</title></item></channel></rss>',
      /closing tag\(s\) match no open element/,
    ],
    ['no elements', '<?xml version="1.0"?>', /no elements/],
  ];
  for (const [name, xml, message] of cases) {
    it(`reports ${name}`, () => {
      const result = parseArticleBytes(utf8(xml), 'bad.xml');
      expect(result.articles).toEqual([]);
      expect(result.errors[0]?.code).toBe('malformed-xml');
      expect(result.errors[0]?.message).toMatch(/^the feed is not well-formed XML: /);
      expect(result.errors[0]?.message).toMatch(message);
    });
  }

  it('refuses deeply nested XML quickly', () => {
    const xml = `<rss><channel>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`;
    const started = performance.now();
    const result = parseArticleBytes(utf8(xml), 'deep.rss');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.errors[0]?.message).toMatch(/nest \d+ deep/);
  });

  it('names an XML file that is not a feed', () => {
    const result = parseArticleBytes(
      utf8('<?xml version="1.0"?><catalog><book>x</book></catalog>'),
      'books.xml',
    );
    expect(result.errors[0]).toEqual({
      code: 'unknown-format',
      message: 'the XML root element is <catalog>, not an RSS or Atom feed',
    });
  });
});
