import { z } from 'zod';
import {
  batchSummarySchema,
  claimSchema,
  importProgressSchema,
  searchHitSchema,
  sourceSummarySchema,
} from './model-schemas';

/** Output validators: the host does not run them on every call, the tests check every method. */

export const projectInfoOutput = z.object({
  file: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  counts: z.object({ sources: z.number().int(), claims: z.number().int() }),
});

export const hostInfoOutput = z.object({
  host: z.enum(['electron', 'browser']),
  /** false in the browser host: the UI asks for typed paths instead of opening a dialog. */
  nativeDialogs: z.boolean(),
  version: z.string(),
});

export const sourcePageOutput = z.object({ rows: z.array(sourceSummarySchema), total: z.number().int() });
export const claimPageOutput = z.object({ rows: z.array(claimSchema), total: z.number().int() });
export const searchOutput = z.array(searchHitSchema);
export const sourceDetailOutput = z.object({
  source: sourceSummarySchema,
  title: z.string().nullable(),
  text: z.string(),
  claims: z.array(claimSchema),
});

/** import: files into the project; export: the reconciled table to a file; extract: re-extraction. */
export const JOB_KINDS = ['import', 'export', 'extract'] as const;
export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export const jobOutput = z.object({
  jobId: z.string(),
  kind: z.enum(JOB_KINDS),
  state: z.enum(JOB_STATES),
  progress: importProgressSchema.nullable(),
  summary: batchSummarySchema.nullable(),
  error: z.string().nullable(),
});

export const jobStartedOutput = z.object({ jobId: z.string() });
export const cancelOutput = z.object({ cancelled: z.boolean() });
export const pathsOutput = z.object({ paths: z.array(z.string()) });
export const maybePathOutput = z.object({ path: z.string().nullable() });

export const claimOutput = claimSchema;
export const claimsOutput = z.object({ claims: z.array(claimSchema) });
export const entitiesOutput = z.object({
  entities: z.array(z.object({ name: z.string(), kind: z.string() })),
});
export const metricsOutput = z.object({
  metrics: z.array(z.object({ id: z.string(), label: z.string(), definition: z.string() })),
});
