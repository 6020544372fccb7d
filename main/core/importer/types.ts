import type { ClaimDraft } from '../extract';
import type { FileResult, RawArticle } from '../ingest/types';

export type { ClaimDraft } from '../extract';

/** One article after the CPU-bound work (decode, parse, fingerprint, extract) is done. */
export interface ProcessedArticle {
  readonly article: RawArticle;
  readonly contentHash: string;
  /** Unsigned 64-bit simhash as a decimal string, so it crosses worker boundaries intact. */
  readonly simhash: string;
  /** MinHash band keys (fingerprint.ts) for finding near-duplicate candidates. */
  readonly nearKeys: ReadonlyArray<number>;
  readonly claims: ReadonlyArray<ClaimDraft>;
}

export interface ProcessedFile {
  readonly result: Omit<FileResult, 'articles'>;
  readonly articles: ReadonlyArray<ProcessedArticle>;
}
