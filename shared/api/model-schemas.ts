import { z } from 'zod';
import type {
  BatchSummary,
  Claim,
  ClaimEquivalent,
  FileError,
  ImportProgress,
  SearchHit,
  SourceRef,
  SourceSummary,
} from '../model';

/**
 * Runtime validators for the shapes in shared/model.ts. Each is pinned to its model type by
 * `modelSchema<T>()`, so the schema and the interface cannot drift apart silently: a field added
 * to one and not the other is a compile error.
 */
type SameKeys<T, O> = [keyof T] extends [keyof O] ? ([keyof O] extends [keyof T] ? unknown : never) : never;

export function modelSchema<T>() {
  return <S extends z.ZodType<T>>(schema: S & SameKeys<T, z.output<S>>): S => schema;
}

export const QUALIFIERS = ['exact', 'about', 'up_to', 'at_least', 'more_than', 'less_than', 'range'] as const;
export const CLAIM_STATUSES = ['candidate', 'accepted', 'rejected', 'edited'] as const;

const qualifier = z.enum(QUALIFIERS);
const span = z.tuple([z.number().int(), z.number().int()]);

export const sourceRefSchema = modelSchema<SourceRef>()(
  z.object({
    id: z.string(),
    file: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    lang: z.string().nullable(),
  }),
);

export const sourceSummarySchema = modelSchema<SourceSummary>()(
  sourceRefSchema.extend({
    format: z.string(),
    encoding: z.string().nullable(),
    contentHash: z.string(),
    nearDuplicateOf: z.string().nullable(),
    claims: z.number().int().nonnegative(),
    importedAt: z.string(),
  }),
);

export const claimEquivalentSchema = modelSchema<ClaimEquivalent>()(
  z.object({
    value: z.number(),
    unit: z.string(),
    qualifier,
    low: z.number().nullable(),
    high: z.number().nullable(),
    text: z.string(),
    span,
  }),
);

export const claimSchema = modelSchema<Claim>()(
  z.object({
    id: z.string(),
    source: sourceRefSchema,
    subject: z.string().nullable(),
    object: z.string().nullable(),
    metric: z.string().nullable(),
    value: z.number(),
    unit: z.string(),
    qualifier,
    low: z.number().nullable(),
    high: z.number().nullable(),
    asOf: z.string().nullable(),
    text: z.string(),
    quote: z.string(),
    span,
    inTitle: z.boolean(),
    equivalents: z.array(claimEquivalentSchema),
    alternativeUnits: z.array(z.string()).nullable(),
    citedSource: z.string().nullable(),
    note: z.string().nullable(),
    part: z.string().nullable(),
    confidence: z.number().nullable(),
    flags: z.array(z.string()),
    origin: z.enum(['auto', 'manual']),
    status: z.enum(CLAIM_STATUSES),
  }),
);

export const fileErrorSchema = modelSchema<FileError>()(
  z.object({ file: z.string(), code: z.string(), message: z.string() }),
);

export const batchSummarySchema = modelSchema<BatchSummary>()(
  z.object({
    batchId: z.number().int(),
    status: z.enum(['done', 'cancelled', 'failed']),
    filesRead: z.number().int(),
    articlesRead: z.number().int(),
    sourcesAdded: z.number().int(),
    duplicatesSkipped: z.number().int(),
    nearDuplicates: z.number().int(),
    claimsFound: z.number().int(),
    errors: z.array(fileErrorSchema),
    seconds: z.number(),
  }),
);

export const importProgressSchema = modelSchema<ImportProgress>()(
  z.object({
    phase: z.enum(['listing', 'reading', 'finishing']),
    filesDone: z.number().int(),
    filesTotal: z.number().int(),
    sourcesAdded: z.number().int(),
    claimsFound: z.number().int(),
    currentFile: z.string().nullable(),
  }),
);

export const searchHitSchema = modelSchema<SearchHit>()(
  z.object({ source: sourceRefSchema, snippet: z.string() }),
);
