import type { Qualifier } from './quantity/types';

export type { Qualifier } from './quantity/types';

export type ClaimStatus = 'candidate' | 'accepted' | 'rejected' | 'edited';
export type ClaimOrigin = 'auto' | 'manual';
export type DecisionStatus = 'confirmed' | 'disputed' | 'superseded' | 'open';

/** A source as the outside world sees it (CLI output, API results). */
export interface SourceRef {
  readonly id: string;
  readonly file: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly lang: string | null;
}

export interface SourceSummary extends SourceRef {
  readonly format: string;
  readonly encoding: string | null;
  readonly contentHash: string;
  readonly nearDuplicateOf: string | null;
  readonly claims: number;
  readonly importedAt: string;
}

export interface ClaimEquivalent {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
  readonly text: string;
  readonly span: readonly [number, number];
}

/** A claim in the shape of `concord claims` (docs/CLI.md). */
export interface Claim {
  readonly id: string;
  readonly source: SourceRef;
  readonly subject: string | null;
  readonly object: string | null;
  readonly metric: string | null;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
  readonly asOf: string | null;
  readonly text: string;
  readonly quote: string;
  readonly span: readonly [number, number];
  readonly inTitle: boolean;
  readonly equivalents: ReadonlyArray<ClaimEquivalent>;
  readonly alternativeUnits: ReadonlyArray<string> | null;
  readonly citedSource: string | null;
  readonly note: string | null;
  readonly part: string | null;
  readonly confidence: number | null;
  readonly flags: ReadonlyArray<string>;
  readonly origin: ClaimOrigin;
  readonly status: ClaimStatus;
}

export interface FileError {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

/** What one import did; printed by `concord import`, shown by the Sources view. */
export interface BatchSummary {
  readonly batchId: number;
  readonly status: 'done' | 'cancelled' | 'failed';
  readonly filesRead: number;
  readonly articlesRead: number;
  readonly sourcesAdded: number;
  readonly duplicatesSkipped: number;
  readonly nearDuplicates: number;
  readonly claimsFound: number;
  readonly errors: ReadonlyArray<FileError>;
  readonly seconds: number;
}

export interface ImportProgress {
  readonly phase: 'listing' | 'reading' | 'finishing';
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly sourcesAdded: number;
  readonly claimsFound: number;
  readonly currentFile: string | null;
}

export interface SearchHit {
  readonly source: SourceRef;
  readonly snippet: string;
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${String(value)}`);
}
