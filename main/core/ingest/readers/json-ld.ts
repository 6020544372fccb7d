/** The article object of a page's JSON-LD (schema.org NewsArticle & co.), if any. */
import { valueToString } from '../value-string';

export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report/;

export function findJsonLdArticle(blocks: ReadonlyArray<string>): JsonLdArticle | null {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block.trim());
    } catch {
      continue; // broken JSON-LD is common and never fatal
    }
    const found = findArticleNode(data, 0);
    if (found) {
      return {
        headline: valueToString(found.headline),
        datePublished: valueToString(found.datePublished) ?? valueToString(found.dateCreated),
        author: valueToString(found.author),
        publisher: valueToString(found.publisher),
        url: valueToString(found.url) ?? valueToString(found.mainEntityOfPage),
      };
    }
  }
  return null;
}

function findArticleNode(node: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findArticleNode(child, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const type = valueToString(record['@type']) ?? '';
  if (ARTICLE_TYPE.test(type)) return record;
  return findArticleNode(record['@graph'], depth + 1);
}
