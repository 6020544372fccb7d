/**
 * One streaming htmlparser2 pass over a page for its metadata and its shape (nesting depth,
 * element count). The shape decides whether Readability may see the page at all: deep
 * nesting makes DOM-based extractors recurse until the stack overflows.
 */
import { walkMarkup } from './markup-walker';

export interface HtmlMeta {
  readonly title: string | null;
  readonly h1: string | null;
  readonly lang: string | null;
  readonly canonical: string | null;
  /** <meta> values by lower-cased name/property/itemprop (first occurrence wins). */
  readonly metas: ReadonlyMap<string, string>;
  readonly timeDatetime: string | null;
  readonly jsonLd: ReadonlyArray<string>;
  readonly maxDepth: number;
  readonly elementCount: number;
}

export function scanHtml(html: string): HtmlMeta {
  let title: string | null = null;
  let h1: string | null = null;
  let lang: string | null = null;
  let canonical: string | null = null;
  let timeDatetime: string | null = null;
  const metas = new Map<string, string>();
  const jsonLd: string[] = [];
  let capture: 'title' | 'h1' | 'jsonld' | null = null;
  let buffer = '';

  const shape = walkMarkup(html, {
    onOpen(name, attribs) {
      switch (name) {
        case 'html':
          lang ??= attribs.lang || attribs['xml:lang'] || null;
          break;
        case 'meta': {
          const key = (
            attribs.property ||
            attribs.name ||
            attribs.itemprop ||
            attribs['http-equiv'] ||
            ''
          ).toLowerCase();
          const value = attribs.content ?? attribs.datetime;
          if (key && value && !metas.has(key)) metas.set(key, value);
          break;
        }
        case 'link':
          if (/(^|\s)canonical(\s|$)/i.test(attribs.rel ?? '') && attribs.href) canonical ??= attribs.href;
          break;
        case 'time':
          if (attribs.datetime) timeDatetime ??= attribs.datetime;
          break;
        case 'title':
          if (title === null && capture === null) capture = 'title';
          break;
        case 'h1':
          if (h1 === null && capture === null) capture = 'h1';
          break;
        case 'script':
          if (/ld\+json/i.test(attribs.type ?? '') && capture === null) capture = 'jsonld';
          break;
      }
    },
    onText(text) {
      if (capture) buffer += text;
    },
    onClose(name) {
      if (capture === 'title' && name === 'title') title = buffer.trim() || null;
      else if (capture === 'h1' && name === 'h1') h1 = buffer.replace(/\s+/g, ' ').trim() || null;
      else if (capture === 'jsonld' && name === 'script') jsonLd.push(buffer);
      else return;
      capture = null;
      buffer = '';
    },
  });
  const { maxDepth, elementCount } = shape;
  return { title, h1, lang, canonical, metas, timeDatetime, jsonLd, maxDepth, elementCount };
}

/** Charset declared in an HTML <meta> or an XML prolog, read from the raw bytes (ASCII-compatible part). */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = latin1Head(bytes, 4096);
  const prolog = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (prolog) return prolog[1] ?? null;
  const meta = /<meta\b[^>]*\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? (meta[1] ?? null) : null;
}

export function latin1Head(bytes: Uint8Array, length: number): string {
  const end = Math.min(bytes.length, length);
  let out = '';
  for (let i = 0; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}
