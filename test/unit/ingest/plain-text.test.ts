import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes, readArticleFile } from '../../../main/core/ingest';
import {
  EN_BODY,
  EN_TITLE,
  FIXTURES,
  JA_BODY,
  JA_TITLE,
  KO_BODY,
  KO_TITLE,
  only,
  SEEDS,
  utf8,
  ZH_HANS_BODY,
  ZH_HANS_TITLE,
} from './helpers';

const parse = (text: string, name = 'article.txt') =>
  only(parseArticleBytes(utf8(text), name, `/batch/${name}`));

describe('seed articles', () => {
  it('reads the Korean seed: date prefix on the first line, no title line', async () => {
    const article = only(await readArticleFile(join(SEEDS, 'ko-amazon-openai-2026-02-26.txt')));
    expect(article.publishedAt).toBe('2026-02-26');
    expect(article.lang).toBe('ko');
    expect(article.encoding).toBe('utf-8');
    expect(article.format).toBe('txt');
    expect(article.file).toBe('ko-amazon-openai-2026-02-26.txt');
    expect(article.text.startsWith('아마존이 오픈AI에 최대 500억 달러(약 70조원)를')).toBe(true);
    expect(article.text).not.toContain('date 2026');
    expect(article.text).not.toMatch(/\n{3,}/);
    expect(article.text.split('\n\n').length).toBeGreaterThan(5);
  });

  it('reads the Japanese seed: logo labels dropped, title and byline recognised', async () => {
    const article = only(await readArticleFile(join(SEEDS, 'ja-tradingkey-2025-12-17.txt')));
    expect(article.title).toBe(
      '提携拡大!アマゾンがOpenAIに100億ドルの巨額投資を検討 この「大博打」は両者に勝利をもたらすか',
    );
    expect(article.publishedAt).toBe('2025-12-17');
    expect(article.meta.publishedLocalTime).toBe('12:30');
    expect(article.outlet).toBe('TradingKey');
    expect(article.lang).toBe('ja');
    expect(article.text).not.toContain('tradingkey.logo');
    expect(article.text).not.toContain('Dec 17, 2025');
    expect(article.text.startsWith('TradingKey - 12月16日')).toBe(true);
    expect(article.text).toContain('少なくとも100億ドル(約1.4兆円)');
  });
});

describe('.txt', () => {
  it('takes a short first line as the title', () => {
    const article = parse(`${KO_TITLE}\n\n${KO_BODY}`);
    expect(article.title).toBe(KO_TITLE);
    expect(article.text).toBe(KO_BODY);
    expect(article.lang).toBe('ko');
  });

  it('does not take a sentence or a long paragraph as the title', () => {
    expect(parse(KO_BODY).title).toBeNull();
    expect(
      parse('The deal was signed on Monday.\n\nMore details followed later in the week.').title,
    ).toBeNull();
  });

  it('reads "key: value" header lines and a date line', () => {
    const article = parse(
      `title: ${EN_TITLE}\nsource: Reuters\nurl: https://example.com/amazon-openai\ndate: 2026-02-26\n\n${EN_BODY}`,
    );
    expect(article).toMatchObject({
      title: EN_TITLE,
      outlet: 'Reuters',
      url: 'https://example.com/amazon-openai',
      publishedAt: '2026-02-26',
      lang: 'en',
    });
    expect(article.text).toBe(EN_BODY);
  });

  it('reads YAML front matter, keeping unknown keys in meta', () => {
    const text = `---\ntitle: "${ZH_HANS_TITLE}"\npublisher: 新华网\ndate: 2026-02-27T09:15:00+08:00\ntags: [AI, 投资]\nregion: 北京\n---\n${ZH_HANS_BODY}`;
    const article = parse(text, 'zh.md');
    expect(article).toMatchObject({
      title: ZH_HANS_TITLE,
      outlet: '新华网',
      publishedAt: '2026-02-27T09:15:00+08:00',
      lang: 'zh',
      format: 'md',
    });
    expect(article.meta).toMatchObject({ tags: 'AI, 投资', region: '北京' });
    expect(article.text).toBe(ZH_HANS_BODY);
  });

  it('keeps going when front matter is not valid YAML', () => {
    const article = parse(`---\ntitle: [unclosed\n---\n${EN_BODY}`);
    expect(article.meta.frontMatterError).toMatch(/front matter is not valid YAML/);
    expect(article.text).toContain('Amazon is in talks');
  });

  it('recognises a byline line with a label and removes it from the text', () => {
    const article = parse(`${KO_TITLE}\n입력 2026-01-31 21:39\n\n${KO_BODY}`);
    expect(article.title).toBe(KO_TITLE);
    expect(article.publishedAt).toBe('2026-01-31');
    expect(article.outlet).toBeNull();
    expect(article.text).toBe(KO_BODY);
  });

  it('finds a date in the text when no field gives one', () => {
    const article = parse(`${JA_TITLE}\n\n2025年12月17日 10時30分配信 ${JA_BODY}`);
    expect(article.publishedAt).toBe('2025-12-17');
  });

  it('normalises to NFC, collapses blank lines and strips invisible characters', () => {
    const decomposed = '\u1100\u1161\u11a8'; // 각 as conjoining jamo
    const article = parse(
      `제목 없는 기사\r\n\r\n\r\n\r\n본문 ${decomposed}\u200b 입니다.\r\n\r\n\r\n둘째 문단.\u00a0\u00a0끝.`,
    );
    expect(article.text).toBe('본문 각 입니다.\n\n둘째 문단. 끝.');
  });

  it('drops image/logo label lines by a general rule', () => {
    const article = parse(`site-logo.png\nreuters.logo\n${EN_TITLE}\n\n${EN_BODY}\n\nicon_share`);
    expect(article.title).toBe(EN_TITLE);
    expect(article.text).toBe(EN_BODY);
  });

  it('reports a text file with only metadata as having no text', () => {
    const result = parseArticleBytes(utf8('title: nothing here\n'), 'empty-body.txt');
    expect(result.articles).toHaveLength(0);
    expect(result.errors[0]?.code).toBe('no-text');
  });
});

describe('.md', () => {
  it('strips Markdown lightly and uses the first heading as title', () => {
    const md = [
      `# ${JA_TITLE}`,
      '',
      '![ロゴ](https://example.com/logo.png)',
      '',
      `**米アマゾン**が[OpenAI](https://openai.com)に*少なくとも*100億ドルを出資する方向で交渉していることが分かった。`,
      '',
      '## 背景',
      '',
      '> 両社は11月に380億ドル規模の契約を結んだ。',
      '',
      '- `Trainium` を採用',
    ].join('\n');
    const article = parse(md, 'ja.md');
    expect(article.title).toBe(JA_TITLE);
    expect(article.text).toBe(
      '米アマゾンがOpenAIに少なくとも100億ドルを出資する方向で交渉していることが分かった。\n\n背景\n\n両社は11月に380億ドル規模の契約を結んだ。\n\n- Trainium を採用',
    );
    expect(article.lang).toBe('ja');
  });

  it('leaves snake_case identifiers and arithmetic alone', () => {
    const article = parse('# Note\n\nThe field total_amount_usd is 5 * 10 = 50 billion.', 'note.md');
    expect(article.text).toBe('The field total_amount_usd is 5 * 10 = 50 billion.');
  });
});

describe('committed fixtures', () => {
  it('reads a Big5 text fixture without any declaration', async () => {
    const article = only(await readArticleFile(join(FIXTURES, 'zh-hant-big5.txt')));
    expect(article.encoding).toBe('big5');
    expect(article.lang).toBe('zh');
    expect(article.title).toBe('亞馬遜洽談向OpenAI投資最多500億美元');
    expect(article.publishedAt).toBe('2026-02-27');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(article.path))).toThrow(); // really not UTF-8
  });
});
