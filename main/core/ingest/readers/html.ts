/**
 * HTML pages: Readability over linkedom for the article body, htmlparser2 text extraction
 * when Readability is not safe to run (huge or deeply nested input), fails, or finds too
 * little. Scripts are never executed: linkedom builds a DOM without running anything.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText, decodingMeta } from '../decode-text';
import { guessOutlet } from '../outlet';
import { cleanInline } from '../text-clean';
import { type ArticleDraft, type IngestError, isIngestError, type ReaderOutput } from '../types';
import { type HtmlMeta, scanHtml, sniffDeclaredCharset } from './html-meta';
import { htmlToText } from './html-text';
import { findJsonLdArticle } from './json-ld';

/** Readability is ~50 pages/s on real pages; beyond these sizes it is slow or crashes. */
export const READABILITY_MAX_CHARS = 5 * 1024 * 1024;
export const READABILITY_MAX_DEPTH = 400;
export const READABILITY_MAX_ELEMENTS = 50_000;
/** Readability output shorter than this (and much shorter than the page text) is distrusted. */
const MIN_ARTICLE_CHARS = 80;

export function readHtml(bytes: Uint8Array): ReaderOutput | IngestError {
  const declared = sniffDeclaredCharset(bytes);
  const decoded = decodeText(bytes, declared);
  if (isIngestError(decoded)) return decoded;
  const fileMeta = decodingMeta(decoded, declared);
  const draft = htmlToDraft(decoded.text);
  return {
    format: 'html',
    encoding: decoded.encoding,
    errors: [],
    fileMeta,
    drafts: [{ itemIndex: 0, draft }],
  };
}

export function htmlToDraft(html: string): ArticleDraft {
  const page = scanHtml(html);
  const meta: Record<string, string> = {};
  const unsafe = unsafeReason(html, page);
  let article: ReturnType<Readability['parse']> = null;
  if (unsafe) {
    meta.extraction = 'text-fallback';
    meta.extractionReason = unsafe;
  } else {
    try {
      const { document } = parseHTML(html);
      article = new Readability(document as unknown as Document, {
        maxElemsToParse: READABILITY_MAX_ELEMENTS,
      }).parse();
    } catch (error) {
      meta.extractionReason = `Readability failed: ${(error as Error).message}`;
    }
  }
  let text = article?.content ? htmlToText(article.content, { dropChrome: false }) : '';
  if (text.length < MIN_ARTICLE_CHARS) {
    const fallback = htmlToText(html, { dropChrome: true });
    // Both short: the fallback, which drops page chrome, is the safer of the two.
    if (fallback.length > 0) {
      if (!unsafe && !meta.extractionReason) meta.extractionReason = 'Readability found too little text';
      meta.extraction = 'text-fallback';
      text = fallback;
    }
  }
  meta.extraction ??= 'readability';

  const ld = findJsonLdArticle(page.jsonLd);
  const m = (key: string): string | null => page.metas.get(key) ?? null;
  const outlet = guessOutlet({
    'og:site_name': m('og:site_name'),
    publisher: ld?.publisher,
    'application-name': m('application-name'),
    site: article?.siteName,
  });
  const description = m('description') ?? m('og:description');
  if (description) meta.description = description;
  const keywords = m('keywords') ?? m('news_keywords');
  if (keywords) meta.keywords = keywords;

  return {
    title:
      m('og:title') ??
      m('twitter:title') ??
      ld?.headline ??
      stripSiteSuffix(page.title, outlet) ??
      page.h1 ??
      article?.title ??
      null,
    outlet,
    author:
      authorName(m('author')) ?? authorName(m('article:author')) ?? ld?.author ?? article?.byline ?? null,
    url: page.canonical ?? m('og:url') ?? ld?.url ?? null,
    publishedAt:
      m('article:published_time') ??
      m('og:published_time') ??
      m('datepublished') ??
      m('pubdate') ??
      m('publishdate') ??
      m('publish-date') ??
      m('date') ??
      m('dc.date.issued') ??
      m('dcterms.created') ??
      m('dc.date') ??
      m('sailthru.date') ??
      m('parsely-pub-date') ??
      ld?.datePublished ??
      page.timeDatetime ??
      article?.publishedTime ??
      null,
    lang: page.lang ?? m('og:locale') ?? m('content-language') ?? null,
    text,
    meta,
  };
}

function unsafeReason(html: string, page: HtmlMeta): string | null {
  if (html.length > READABILITY_MAX_CHARS)
    return `page is larger than ${READABILITY_MAX_CHARS / 1024 / 1024} MB`;
  if (page.maxDepth > READABILITY_MAX_DEPTH)
    return `elements nest ${page.maxDepth} deep (limit ${READABILITY_MAX_DEPTH})`;
  if (page.elementCount > READABILITY_MAX_ELEMENTS)
    return `page has ${page.elementCount} elements (limit ${READABILITY_MAX_ELEMENTS})`;
  return null;
}

/** "Headline | Outlet" → "Headline" when the suffix is the outlet's name. */
function stripSiteSuffix(title: string | null, outlet: string | null): string | null {
  const clean = cleanInline(title);
  if (!clean || !outlet) return clean;
  const m = /^(.*\S)\s*[|\-–—:·]\s*([^|\-–—:·]+)$/.exec(clean);
  return m && m[2]?.trim().toLowerCase() === outlet.trim().toLowerCase() ? (m[1] ?? clean) : clean;
}

/** article:author is often a profile URL, not a name. */
function authorName(value: string | null): string | null {
  if (!value || /^https?:\/\//i.test(value)) return null;
  return value;
}
