import type { Equivalent, Qualifier, Span } from '../../../shared/quantity/types';
import type { FileResult, RawArticle } from '../ingest/types';

/** A claim as the extractor proposes it, before it has database ids. */
export interface ClaimDraft {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
  readonly text: string;
  readonly span: Span;
  readonly quote: string;
  readonly quoteSpan: Span;
  readonly equivalents: ReadonlyArray<Equivalent>;
  readonly alternativeUnits?: ReadonlyArray<string>;
  readonly subject: string | null;
  readonly object: string | null;
  readonly metric: string | null;
  readonly confidence: number;
  readonly asOf: string | null;
  readonly citedSource: string | null;
  readonly note: string | null;
  readonly part: 'tranche' | 'total' | null;
  readonly inTitle: boolean;
  readonly flags: ReadonlyArray<string>;
}

/** One article after the CPU-bound work (decode, parse, fingerprint, extract) is done. */
export interface ProcessedArticle {
  readonly article: RawArticle;
  readonly contentHash: string;
  /** Unsigned 64-bit simhash as a decimal string, so it crosses worker boundaries intact. */
  readonly simhash: string;
  readonly claims: ReadonlyArray<ClaimDraft>;
}

export interface ProcessedFile {
  readonly result: Omit<FileResult, 'articles'>;
  readonly articles: ReadonlyArray<ProcessedArticle>;
}
