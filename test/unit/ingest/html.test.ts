import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes, readArticleFile } from '../../../main/core/ingest';
import {
  encode,
  FIXTURES,
  JA_BODY,
  JA_TITLE,
  only,
  utf8,
  ZH_HANS_BODY,
  ZH_HANT_BODY,
  ZH_HANT_TITLE,
} from './helpers';

const page = (head: string, body: string, lang = '') =>
  `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`;
const paragraphs = (text: string) =>
  text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');

describe('HTML: Readability path', () => {
  it('extracts the article body and metadata from a realistic Korean page', async () => {
    const article = only(await readArticleFile(join(FIXTURES, 'ko-article.html')));
    expect(article).toMatchObject({
      format: 'html',
      encoding: 'utf-8',
      title: '아마존, 오픈AI에 최대 500억 달러 투자 협상',
      outlet: '한빛경제',
      author: '김하늘 기자',
      url: 'https://news.example.kr/articles/20260226-amazon',
      publishedAt: '2026-02-26T09:12:00+09:00',
      lang: 'ko',
    });
    expect(article.meta.extraction).toBe('readability');
    expect(article.meta.description).toContain('500억 달러');
    expect(article.text).toContain('최대 500억 달러(약 70조원)를 투자하는 방안');
    expect(article.text).toContain('최대 300억 달러(약 44조원)');
    for (const chrome of [
      '로그인',
      '많이 본 뉴스',
      '뉴스레터 구독',
      'Copyright',
      'window.__tracking',
      'injected by script',
      'font-size',
    ]) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('takes the title from <title> minus the site suffix, then h1', () => {
    const html = page(
      '<meta charset="utf-8"><title>亞馬遜洽談投資OpenAI - 經濟日報</title><meta property="og:site_name" content="經濟日報">',
      `<article><h1>標題</h1>${paragraphs(ZH_HANT_BODY)}</article>`,
    );
    expect(only(parseArticleBytes(utf8(html), 'a.html')).title).toBe('亞馬遜洽談投資OpenAI');
    const noTitle = page(
      '<meta charset="utf-8">',
      `<article><h1>${ZH_HANT_TITLE}</h1>${paragraphs(ZH_HANT_BODY)}</article>`,
    );
    expect(only(parseArticleBytes(utf8(noTitle), 'b.html')).title).toBe(ZH_HANT_TITLE);
  });

  it('reads JSON-LD NewsArticle metadata and <time datetime>', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite' },
        {
          '@type': 'NewsArticle',
          headline: JA_TITLE,
          datePublished: '2025-12-17T12:30:00+09:00',
          author: [{ '@type': 'Person', name: '山田太郎' }],
          publisher: { '@type': 'Organization', name: '経済新報' },
        },
      ],
    });
    const html = page(
      `<meta charset="utf-8"><script type="application/ld+json">${ld}</script>`,
      `<article>${paragraphs(JA_BODY)}</article>`,
      'ja',
    );
    const article = only(parseArticleBytes(utf8(html), 'ld.html'));
    expect(article).toMatchObject({
      title: JA_TITLE,
      publishedAt: '2025-12-17T12:30:00+09:00',
      author: '山田太郎',
      outlet: '経済新報',
      lang: 'ja',
    });
    const timed = page(
      '<meta charset="utf-8">',
      `<article><time datetime="2026-02-27">2月27日</time>${paragraphs(ZH_HANS_BODY)}</article>`,
    );
    expect(only(parseArticleBytes(utf8(timed), 't.html')).publishedAt).toBe('2026-02-27');
  });

  it('never executes scripts', () => {
    (globalThis as Record<string, unknown>).__ingestScriptRan = false;
    const html = page(
      '<meta charset="utf-8"><script>globalThis.__ingestScriptRan = true</script>',
      `<article>${paragraphs(JA_BODY)}<img src=x onerror="globalThis.__ingestScriptRan = true"></article>`,
    );
    only(parseArticleBytes(utf8(html), 's.html'));
    expect((globalThis as Record<string, unknown>).__ingestScriptRan).toBe(false);
  });
});

describe('HTML: charsets', () => {
  it('decodes a page by its meta charset (Shift_JIS)', () => {
    const html = page(
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>t</title>',
      `<article>${paragraphs(JA_BODY)}</article>`,
    );
    const article = only(parseArticleBytes(encode(html, 'shift_jis'), 'sjis.html'));
    expect(article.encoding).toBe('shift_jis');
    expect(article.text).toBe(JA_BODY);
    expect(article.meta.declaredCharset).toBeUndefined();
  });

  it('falls back to detection when meta says shift_jis but the bytes are UTF-8', () => {
    const html = page(
      '<meta charset="shift_jis"><title>t</title>',
      `<article>${paragraphs(JA_BODY)}</article>`,
    );
    const article = only(parseArticleBytes(utf8(html), 'wrong.html'));
    expect(article.encoding).toBe('utf-8');
    expect(article.text).toBe(JA_BODY);
    expect(article.meta.declaredCharset).toBe('shift_jis');
  });

  it('decodes an EUC-KR page without any declaration', () => {
    const html = page(
      '<title>정부 발표</title>',
      `<article>${paragraphs('정부는 올해 반도체 산업에 500억 달러(약 70조원)를 투자한다고 밝혔다.\n\n관계자는 투자 규모가 역대 최대라고 설명했다.')}</article>`,
    );
    const article = only(parseArticleBytes(encode(html, 'euc-kr'), 'kr.htm'));
    expect(article.encoding).toBe('euc-kr');
    expect(article.title).toBe('정부 발표');
  });
});

describe('HTML: fallback extraction', () => {
  it('handles 100k nested divs quickly with the text fallback', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${ZH_HANS_BODY}</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const result = parseArticleBytes(utf8(html), 'nested.html');
    const elapsed = performance.now() - started;
    const article = only(result);
    expect(article.meta.extraction).toBe('text-fallback');
    expect(article.meta.extractionReason).toMatch(/elements nest 1000\d\d deep/);
    expect(article.text).toContain('亚马逊正在洽谈向OpenAI投资最多500亿美元');
    expect(elapsed).toBeLessThan(3000);
  });

  it('handles 100k unclosed nested divs', () => {
    const html = `<div>`.repeat(100_000) + '本文です。アマゾンがOpenAIに出資する。';
    const article = only(parseArticleBytes(utf8(html), 'unclosed.html'));
    expect(article.text).toBe('本文です。アマゾンがOpenAIに出資する。');
  });

  it('uses the fallback when Readability finds too little, dropping nav/footer/forms', () => {
    const html = page(
      '<meta charset="utf-8"><title>短信</title>',
      '<nav>菜单 首页</nav><div>据报道，亚马逊拟投资OpenAI。</div><footer>版权所有</footer><form>搜索</form><noscript>请启用脚本</noscript>',
    );
    const article = only(parseArticleBytes(utf8(html), 'short.html'));
    expect(article.text).toBe('据报道，亚马逊拟投资OpenAI。');
  });

  it('reports a page with no text', () => {
    const result = parseArticleBytes(
      utf8(page('<title>empty</title>', '<script>var a = 1;</script>')),
      'empty.html',
    );
    expect(result.articles).toHaveLength(0);
    expect(result.errors[0]).toMatchObject({ code: 'no-text' });
  });
});
