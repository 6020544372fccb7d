import { readArticleFile } from '../ingest';
import { fingerprintNormalized, hashNormalized, normalizeForHash } from '../ingest/fingerprint';
import { extractClaims, type CompiledLexicon } from '../extract';
import type { ProcessedFile } from './types';

/**
 * The CPU-bound part of importing one file: read, decode, parse, fingerprint and extract claims.
 * Pure with respect to the project (no database), so it can run on a worker thread.
 */
export async function processFile(
  path: string,
  lexicon: CompiledLexicon,
  maxBytes?: number,
): Promise<ProcessedFile> {
  const { articles, ...result } = await readArticleFile(path, maxBytes ? { maxBytes } : {});
  return {
    result,
    articles: articles.map((article) => {
      const normalized = normalizeForHash(article.text);
      const fingerprint = fingerprintNormalized(normalized);
      return {
        article,
        contentHash: hashNormalized(normalized),
        simhash: fingerprint.simhash.toString(),
        nearKeys: fingerprint.bandKeys,
        claims: extractClaims(
          { text: article.text, title: article.title, publishedAt: article.publishedAt, lang: article.lang },
          lexicon,
        ),
      };
    }),
  };
}
