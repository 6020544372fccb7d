import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes, parseArticleBytesAsync, readArticleFile } from '../../../main/core/ingest';
import { encode, FIXTURES, KO_BODY, KO_TITLE, utf8 } from './helpers';

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

describe('.eml', () => {
  it('reads a multipart newsletter: quoted-printable text/plain, RFC 2047 subject and sender', async () => {
    const result = await readArticleFile(join(FIXTURES, 'ja-newsletter.eml'));
    expect(result.errors).toEqual([]);
    const article = result.articles[0];
    expect(article).toMatchObject({
      format: 'eml',
      encoding: 'utf-8',
      title: 'アマゾン、OpenAIに100億ドル投資を検討',
      publishedAt: '2025-12-17T12:30:00+09:00',
      outlet: '経済新報',
      lang: 'ja',
    });
    expect(article?.meta.fromAddress).toBe('news@keizai.example.jp');
    expect(article?.text).toBe(
      '米アマゾン・ドット・コムが米OpenAIに対し、少なくとも100億ドル(約1.4兆円)を出資する方向で交渉していることが分かった。\n\n両社は11月に380億ドル規模のクラウド契約を結んだばかりだ。関係者によると、出資条件にはアマゾンの半導体「トレイニウム」の採用が含まれる。',
    );
  });

  it('uses the HTML part when there is no text/plain part', async () => {
    const html = Buffer.from(
      `<html><body><nav>구독 해지</nav><p>${KO_BODY.split('\n\n')[0]}</p></body></html>`,
    ).toString('base64');
    const eml = crlf(
      `From: 한빛경제 <news@hanbit.example.kr>\nSubject: ${KO_TITLE}\nDate: Thu, 26 Feb 2026 09:12:00 +0900\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${html}\n`,
    );
    const article = (await parseArticleBytesAsync(utf8(eml), 'html-only.eml')).articles[0];
    expect(article).toMatchObject({
      outlet: '한빛경제',
      lang: 'ko',
      publishedAt: '2026-02-26T09:12:00+09:00',
    });
    expect(article?.text).toBe(KO_BODY.split('\n\n')[0]);
  });

  it('repairs a body declared iso-8859-1 that is really EUC-KR', async () => {
    const head = utf8(
      crlf(
        'From: news@hanbit.example.kr\nSubject: Korean news\nDate: Thu, 26 Feb 2026 09:12:00 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n',
      ),
    );
    const body = encode(crlf(KO_BODY), 'euc-kr');
    const result = await parseArticleBytesAsync(new Uint8Array([...head, ...body]), 'mislabelled.eml');
    const article = result.articles[0];
    expect(article?.text).toBe(KO_BODY);
    expect(['euc-kr', 'cp949']).toContain(article?.encoding);
    expect(article?.meta.declaredCharset).toBe('windows-1252');
    expect(article?.lang).toBe('ko');
    expect(article?.outlet).toBe('hanbit.example.kr');
  });

  it('keeps a genuine Latin-1 body as it is', async () => {
    const head = utf8(
      crlf(
        'From: Le Monde <news@lemonde.example.fr>\nSubject: Amazon et OpenAI\nMIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n\n',
      ),
    );
    const body = encode(
      'Amazon investirait 50 milliards de dollars dans OpenAI, selon des sources proches du dossier. Le marché réagit déjà.',
      'latin1',
    );
    const article = (await parseArticleBytesAsync(new Uint8Array([...head, ...body]), 'fr.eml')).articles[0];
    expect(article?.text).toContain('Le marché réagit déjà.');
    expect(article?.encoding).toBe('windows-1252');
    expect(article?.meta.declaredCharset).toBeUndefined();
  });

  it('reports a file that is not an email', async () => {
    const result = await parseArticleBytesAsync(utf8('just some words\nand more words\n'), 'not-mail.eml');
    expect(result.errors[0]?.code).toBe('malformed-email');
  });

  it('tells sync callers to use the async parser for email', () => {
    const result = parseArticleBytes(utf8('From: a@b.c\nSubject: x\n\nbody'), 'mail.eml');
    expect(result.errors[0]?.code).toBe('async-format');
  });
});
