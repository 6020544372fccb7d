/** Ingest: article files → clean text + metadata. See ./types for the output shapes. */
export type { ArticleFormat, FileResult, IngestError, ItemError, RawArticle } from './types';
export { isIngestError } from './types';
export { ErrorCode } from './errors';
export { listInputFiles, type ListError } from './list-files';
export { readArticleFile, DEFAULT_MAX_BYTES } from './read-file';
export { parseArticleBytes, parseArticleBytesAsync } from './parse-bytes';
export { decodeText, type DecodeResult } from './decode-text';
export { findPublishedDate, findPublishedDateMatch, parseDateValue, type DateMatch } from './published-date';
export { detectLanguage, normalizeLanguageTag } from './language';
export { guessOutlet } from './outlet';
export {
  contentHash,
  hammingDistance,
  isNearDuplicate,
  NEAR_DUPLICATE_MAX_DISTANCE,
  normalizeForHash,
  simhash64,
} from './fingerprint';
