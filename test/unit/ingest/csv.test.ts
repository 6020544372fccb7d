import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../../../main/core/ingest';
import {
  encode,
  EN_BODY,
  JA_BODY,
  JA_TITLE,
  KO_BODY,
  KO_TITLE,
  utf8,
  ZH_HANS_BODY,
  ZH_HANS_TITLE,
} from './helpers';

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

describe('.csv', () => {
  it('reads articles with a header, quoted multi-line text and extra columns as meta', () => {
    const csv = [
      'id,title,outlet,published,url,text,section',
      `1,${quote(KO_TITLE)},한빛경제,2026-02-26,https://news.example.kr/1,${quote(KO_BODY)},경제`,
      `2,${quote(JA_TITLE)},経済新報,2025年12月17日,https://keizai.example.jp/2,${quote(JA_BODY)},テック`,
    ].join('\r\n');
    const result = parseArticleBytes(utf8(csv), 'batch.csv');
    expect(result.errors).toEqual([]);
    expect(
      result.articles.map((a) => [a.itemIndex, a.title, a.outlet, a.publishedAt, a.lang, a.meta]),
    ).toEqual([
      [0, KO_TITLE, '한빛경제', '2026-02-26', 'ko', { id: '1', section: '경제' }],
      [1, JA_TITLE, '経済新報', '2025-12-17', 'ja', { id: '2', section: 'テック' }],
    ]);
    expect(result.articles[0]?.text).toBe(KO_BODY);
  });

  it('detects ; and tab delimiters and strips a BOM', () => {
    const semicolon = `\ufeffHeadline;Content;Source\n${quote(ZH_HANS_TITLE)};${quote(ZH_HANS_BODY)};新华财经\n`;
    const a = parseArticleBytes(utf8(semicolon), 'semi.csv').articles[0];
    expect(a).toMatchObject({ title: ZH_HANS_TITLE, outlet: '新华财经', lang: 'zh' });
    const tsv = `title\tbody\nAmazon deal\t${EN_BODY.replace(/\n\n/g, ' ')}\n`;
    expect(parseArticleBytes(utf8(tsv), 'batch.tsv').articles[0]).toMatchObject({
      title: 'Amazon deal',
      lang: 'en',
    });
  });

  it('decodes a CP949 CSV exported by Korean Excel', () => {
    const csv = `제목,본문\n${quote('똠방각하 투자')},${quote('똠방각하 사건 이후 500억 원 규모의 펀드가 조성됐다. 관계자는 투자 규모가 역대 최대라고 설명했다.')}\n`;
    const result = parseArticleBytes(encode(csv, 'cp949'), 'excel.csv');
    // Korean column names are not recognised: the header is not an article header.
    expect(result.errors[0]?.code).toBe('csv-no-header');
    const english = `title,text\n${quote('똠방각하 투자')},${quote('똠방각하 사건 이후 500억 원 규모의 펀드가 조성됐다.')}\n`;
    const article = parseArticleBytes(encode(english, 'cp949'), 'excel.csv').articles[0];
    expect(article).toMatchObject({ encoding: 'cp949', title: '똠방각하 투자', lang: 'ko' });
  });

  it('reports rows without text and keeps the others', () => {
    const csv = `title,text\nfirst,${quote(EN_BODY)}\nsecond,\nthird,${quote(KO_BODY)}\n`;
    const result = parseArticleBytes(utf8(csv), 'gaps.csv');
    expect(result.articles.map((a) => a.itemIndex)).toEqual([0, 2]);
    expect(result.errors).toEqual([
      { code: 'no-text', message: 'row 3 has an empty "text" column', itemIndex: 1 },
    ]);
  });

  it('reports a CSV without a header row', () => {
    const result = parseArticleBytes(utf8(`${quote(KO_TITLE)},${quote(KO_BODY)}\n`), 'noheader.csv');
    expect(result.articles).toEqual([]);
    expect(result.errors[0]?.code).toBe('csv-no-header');
    expect(result.errors[0]?.message).toMatch(/^the first row is not a header/);
  });

  it('reports a CSV without a text column', () => {
    const result = parseArticleBytes(utf8('title,url,date\nA,https://x,2026-01-01\n'), 'notext.csv');
    expect(result.errors[0]?.code).toBe('csv-no-text-column');
    expect(result.errors[0]?.message).toMatch(/no column holds the article text.*found title, url, date/);
  });

  it('reports malformed CSV with the parser message', () => {
    const result = parseArticleBytes(utf8('title,text\n"unclosed,quote\n'), 'bad.csv');
    expect(result.errors[0]?.code).toBe('malformed-csv');
    expect(result.errors[0]?.message).toMatch(/^the CSV cannot be parsed: .*quote/i);
  });
});
