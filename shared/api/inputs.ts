import { z } from 'zod';
import { CLAIM_STATUSES, QUALIFIERS } from './model-schemas';

/** Input validators. Objects are strict: an unknown key is a caller bug worth reporting. */

export const MAX_PAGE = 1000;

const offset = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const limit = z.number().int().positive().max(MAX_PAGE);
const dir = z.enum(['asc', 'desc']);
const shortText = z.string().max(500);
const id = z.string().min(1).max(200);
const path = z.string().min(1).max(4096);

export const emptyInput = z.object({}).strict();

export const SOURCE_SORTS = ['publishedAt', 'outlet', 'title', 'lang', 'claims'] as const;
export const sourcesListInput = z
  .object({
    offset,
    limit,
    sort: z.enum(SOURCE_SORTS).optional(),
    dir: dir.optional(),
    filter: z
      .object({ text: shortText.optional(), lang: z.string().max(20).optional() })
      .strict()
      .optional(),
  })
  .strict();

export const sourcesSearchInput = z
  .object({ query: z.string().trim().min(1).max(500), limit: limit.optional() })
  .strict();

export const byIdInput = z.object({ id }).strict();

/** 'source' (import order, then position in the article) is the indexed default. */
export const CLAIM_SORTS = ['source', 'value', 'unit', 'metric', 'status', 'subject', 'confidence'] as const;
export const claimsListInput = z
  .object({
    offset,
    limit,
    sort: z.enum(CLAIM_SORTS).optional(),
    dir: dir.optional(),
    filter: z
      .object({
        status: z.enum(CLAIM_STATUSES).optional(),
        qualifier: z.enum(QUALIFIERS).optional(),
        metric: z.string().max(100).optional(),
        lang: z.string().max(20).optional(),
        unit: z.string().max(20).optional(),
        text: shortText.optional(),
        /** Canonical entity names (lexicon.entities) and the outlet as the Sources view shows it. */
        subject: z.string().max(200).optional(),
        object: z.string().max(200).optional(),
        outlet: z.string().max(200).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const importStartInput = z.object({ paths: z.array(path).min(1).max(10_000) }).strict();
export const jobInput = z.object({ jobId: id }).strict();
export const projectOpenInput = z.object({ path, create: z.boolean().optional() }).strict();
export const pickImportInput = z.object({ mode: z.enum(['files', 'folder']) }).strict();
export const pickExportInput = z
  .object({
    format: z.enum(['csv', 'xlsx', 'json', 'md', 'csl-json']),
    suggestedName: z.string().max(255).optional(),
  })
  .strict();
export const pickProjectInput = z.object({ mode: z.enum(['open', 'create']) }).strict();

/** Claims are addressed by their public id, 'c_' + row id. */
const claimId = z.string().regex(/^c_[1-9]\d{0,15}$/, 'a claim id looks like c_123');
const entityName = z.string().trim().min(1).max(200).nullable();
const metricId = z.string().trim().min(1).max(100).nullable();
const amount = z.number().finite();

export const claimsSetStatusInput = z
  .object({ ids: z.array(claimId).min(1).max(MAX_PAGE), status: z.enum(CLAIM_STATUSES) })
  .strict();

export const claimPatchSchema = z
  .object({
    subject: entityName.optional(),
    object: entityName.optional(),
    metric: metricId.optional(),
    value: amount.optional(),
    unit: z.string().trim().min(1).max(20).optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    low: amount.nullable().optional(),
    high: amount.nullable().optional(),
    asOf: z.string().max(40).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'the patch changes nothing');

export const claimsUpdateInput = z.object({ id: claimId, patch: claimPatchSchema }).strict();

export const claimsCreateInput = z
  .object({
    sourceId: id,
    span: z
      .tuple([z.number().int().nonnegative(), z.number().int().positive()])
      .refine(([a, b]) => b > a, 'span end must follow its start'),
    text: z.string().min(1).max(500),
    value: amount,
    unit: z.string().trim().min(1).max(20),
    qualifier: z.enum(QUALIFIERS),
    subject: entityName.optional(),
    object: entityName.optional(),
    metric: metricId.optional(),
  })
  .strict();
