/**
 * The reconciled table as the export writers take it: one row per claim key with the analyst's
 * decision, the reports that support it and the ones set aside (with why), plus the sources.
 * Built by the service from the decisions, claims and sources tables; the writers only format it.
 */
import type { DecisionStatus, Qualifier } from '../../../shared/model';

/** One report (a claim in a source) cited for a row. */
export interface CitedReport {
  readonly claimId: string;
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The amount as the article wrote it ("최대 500억 달러"). */
  readonly text: string;
  /** The sentence it stands in. */
  readonly quote: string;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly sourceId: string;
  /** The source's SHA-256, so a reader can check the cited text is the one that was reconciled. */
  readonly contentHash: string;
}

export interface ExcludedReport extends CitedReport {
  readonly reason: string;
}

export interface ReconciledRow {
  /** The claim key's public id ('k_…'). */
  readonly keyId: string;
  readonly subject: string | null;
  readonly object: string | null;
  readonly metric: string | null;
  /** The decided value in base units; null while open. low/high for a decided range. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string | null;
  readonly asOf: string | null;
  readonly status: DecisionStatus;
  readonly rationale: string;
  readonly supporting: ReadonlyArray<CitedReport>;
  readonly excluded: ReadonlyArray<ExcludedReport>;
}

export interface ExportSource {
  readonly id: string;
  readonly file: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly lang: string | null;
  readonly contentHash: string;
}

/**
 * The rows: an array, or a function opening a fresh (async) iterable over them, so a caller can
 * stream rows from SQLite without holding them. Writers that need two passes (XLSX links, Markdown
 * footnotes) call the function twice; it must yield the same rows each time.
 */
export type RowSource =
  ReadonlyArray<ReconciledRow> | (() => Iterable<ReconciledRow> | AsyncIterable<ReconciledRow>);

export interface ReconciledTable {
  readonly title: string | null;
  /** ISO date-time of the export. */
  readonly generatedAt: string;
  readonly rows: RowSource;
  readonly sources: ReadonlyArray<ExportSource>;
}

export interface ExportOptions {
  /** Cancels the export; the partial file is removed and the final path left untouched. */
  readonly signal?: AbortSignal;
  /** Called every few thousand rows with the count of reconciled rows written so far. */
  readonly onProgress?: (rowsDone: number) => void;
}

export interface ExportResult {
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'md';
