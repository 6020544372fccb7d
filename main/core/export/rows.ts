/** Shared plumbing for the writers: row iteration with progress and cancel, safe links, labels. */
import type { CitedReport, ExportOptions, ReconciledRow, RowSource } from './types';

const TICK = 2000;

/**
 * Iterates the rows, checking for cancellation and reporting progress every TICK rows. `report`
 * is false for a writer's preparatory pass so progress counts each row once.
 */
export async function* eachRow(
  source: RowSource,
  opts: ExportOptions = {},
  report = true,
): AsyncGenerator<ReconciledRow> {
  opts.signal?.throwIfAborted();
  const rows = typeof source === 'function' ? source() : source;
  let n = 0;
  for await (const row of rows) {
    yield row;
    n += 1;
    if (n % TICK === 0) {
      opts.signal?.throwIfAborted();
      if (report) opts.onProgress?.(n);
    }
  }
  opts.signal?.throwIfAborted();
  if (report) opts.onProgress?.(n);
}

/** The URL when it is http(s), else null: exports must not carry javascript:, file: or data: links. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** 'YYYY-MM-DD' of an ISO date-time as written, or the input when it is not one. */
export function dateOnly(date: string | null): string | null {
  if (date === null) return null;
  return /^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date;
}

/** "Seoul Business Daily, 2025-12-17" — the outlet, else the source id, and the date when known. */
export function citationLabel(c: CitedReport): string {
  const date = dateOnly(c.publishedAt);
  return `${c.outlet ?? c.sourceId}${date ? `, ${date}` : ''}`;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** "50,000,000,000", or "10,000,000,000–50,000,000,000" for a range, for human-read formats. */
export function formatDecision(row: Pick<ReconciledRow, 'value' | 'low' | 'high'>): string {
  if (row.low !== null && row.high !== null) return `${GROUPED.format(row.low)}–${GROUPED.format(row.high)}`;
  return row.value === null ? '' : GROUPED.format(row.value);
}

export function formatAmount(value: number): string {
  return GROUPED.format(value);
}
