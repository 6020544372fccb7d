import { z } from 'zod';
import { batchSummarySchema, importProgressSchema } from './model-schemas';
import { projectInfoOutput } from './outputs';
import { API_ERROR_CODES } from './result';

/**
 * Events main pushes to the renderer (IPC in Electron, server-sent events in the browser host).
 * Same rule as methods: one entry here, everything else derived.
 */
export const EVENTS = {
  'import.progress': importProgressSchema.extend({ jobId: z.string() }),
  /** Exactly one per import job; `summary` is null only when the import could not run at all. */
  'import.done': z.object({
    jobId: z.string(),
    summary: batchSummarySchema.nullable(),
    error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }).nullable(),
  }),
  /** Progress of an export or re-extraction job (imports have their own, richer events). */
  'job.progress': z.object({
    jobId: z.string(),
    kind: z.enum(['export', 'extract']),
    done: z.number().int(),
    total: z.number().int().nullable(),
    message: z.string(),
  }),
  /** Exactly one per export/extract job; `error` is set when it failed (not when cancelled). */
  'job.done': z.object({
    jobId: z.string(),
    kind: z.enum(['export', 'extract']),
    state: z.enum(['done', 'cancelled', 'failed']),
    /** The written file (exports). */
    path: z.string().nullable(),
    message: z.string(),
    error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }).nullable(),
  }),
  /** Data changed outside the caller's view (undo/redo, re-extraction): views refetch. */
  'data.changed': z.object({ what: z.array(z.enum(['sources', 'claims', 'keys', 'lexicon', 'decisions'])) }),
  /** Another project was opened (menu, dialog, `project.open`). */
  'project.changed': projectInfoOutput,
  /** A native menu item the renderer handles itself (e.g. Edit → Find focuses the search box). */
  'app.command': z.object({ command: z.enum(['find']) }),
} as const;
