import { z } from 'zod';
import { claimSchema, QUALIFIERS } from './model-schemas';

/**
 * Contract of reconciliation: claim keys (Compare rows), one key in detail (Reconcile), the
 * analyst's decisions and exclusions, key merge/split/move, history (undo/redo, audit trail),
 * exchange rates, and exports. Inputs are strict like every other input of shared/api.ts.
 */

export const DECISION_STATUSES = ['confirmed', 'disputed', 'superseded', 'open'] as const;
/** Why a report is set aside on a key; 'other' needs a note saying what. */
export const EXCLUSION_REASONS = [
  'syndicated_copy',
  'different_definition',
  'stale',
  'typo',
  'other',
] as const;
/** How a report relates to the key's suggested value (engine's RelationKind plus bookkeeping). */
export const CELL_RELATIONS = [
  'supports',
  'agree',
  'update',
  'superseded',
  'different-definition',
  'component',
  'outlier',
  'conflict',
  'other-figure',
  'excluded',
] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'md', 'csl-json'] as const;
export const KEY_SORTS = [
  'label',
  'claims',
  'sources',
  'min',
  'max',
  'median',
  'spread',
  'latest',
  'decision',
] as const;

const offset = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const limit = z.number().int().positive().max(1000);
const dir = z.enum(['asc', 'desc']);
const path = z.string().min(1).max(4096);
/** Keys are addressed by their public id, 'k_' + row id, like claims by 'c_' + row id. */
export const keyIdSchema = z.string().regex(/^k_[1-9]\d{0,15}$/, 'a key id looks like k_123');
const claimId = z.string().regex(/^c_[1-9]\d{0,15}$/, 'a claim id looks like c_123');
/** ISO 4217 code the analyst normalises to. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO 4217 code');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like 2026-02-26');
const amount = z.number().finite();
const decisionStatus = z.enum(DECISION_STATUSES);

export const keyFilterSchema = z
  .object({
    /** Matches the key's subject, object, metric or label (any alias of the entities). */
    text: z.string().max(500).optional(),
    subject: z.string().max(200).optional(),
    object: z.string().max(200).optional(),
    metric: z.string().max(100).optional(),
    /** 'none': keys without a decision yet. */
    decision: z.union([decisionStatus, z.literal('none')]).optional(),
    /** Only keys whose reports conflict (intervals that cannot all hold at one as-of date). */
    conflicted: z.boolean().optional(),
    /** Only keys reported by at least this many sources (2 hides single-report keys). */
    minSources: z.number().int().nonnegative().max(1_000_000).optional(),
  })
  .strict();

/** Compare: a page of claim keys with their cells and summary columns, values in `currency`. */
export const keysListInput = z
  .object({
    offset,
    limit,
    currency: currencySchema,
    sort: z.enum(KEY_SORTS).optional(),
    dir: dir.optional(),
    filter: keyFilterSchema.optional(),
  })
  .strict();

/** Compare's columns: the sources with claims in the keys matching the filter, oldest first. */
export const keysColumnsInput = z
  .object({ filter: keyFilterSchema.optional(), limit: z.number().int().positive().max(2000).optional() })
  .strict();

export const keyGetInput = z
  .object({ id: keyIdSchema, currency: currencySchema, asOf: day.optional() })
  .strict();

export const decisionSaveInput = z
  .object({
    keyId: keyIdSchema,
    /** A point value, or low/high for a range (either may be null for an open end). */
    value: amount.nullable(),
    low: amount.nullable().optional(),
    high: amount.nullable().optional(),
    unit: z.string().trim().min(1).max(20),
    asOf: day.nullable(),
    status: decisionStatus,
    rationale: z.string().max(10_000),
    supporting: z.array(claimId).max(1000),
  })
  .strict();

export const keyExcludeInput = z
  .object({
    keyId: keyIdSchema,
    claimId,
    reason: z.enum(EXCLUSION_REASONS),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((i) => i.reason !== 'other' || (i.note ?? '').trim().length > 0, {
    message: "an exclusion for 'other' reasons needs a note saying what",
    path: ['note'],
  });

export const keyIncludeInput = z.object({ keyId: keyIdSchema, claimId }).strict();
export const keysMergeInput = z
  .object({ ids: z.array(keyIdSchema).min(2).max(100), label: z.string().trim().min(1).max(200).optional() })
  .strict();
export const keySplitInput = z
  .object({
    keyId: keyIdSchema,
    claimIds: z.array(claimId).min(1).max(1000),
    label: z.string().trim().min(1).max(200),
  })
  .strict();
export const claimsMoveInput = z
  .object({ claimIds: z.array(claimId).min(1).max(1000), keyId: keyIdSchema })
  .strict();
export const keyRenameInput = z
  .object({ id: keyIdSchema, label: z.string().trim().min(1).max(200).nullable() })
  .strict();

export const historyListInput = z
  .object({
    /** A key's audit trail: its decisions, exclusions, merges and the edits of its claims. */
    keyId: keyIdSchema.optional(),
    limit: limit.optional(),
  })
  .strict();

export const fxListInput = z.object({ currency: currencySchema.optional() }).strict();
export const fxSetInput = z
  .object({
    /** Units of `currency` per 1 USD in `month` ('2026-02'). */
    currency: currencySchema,
    month: z.string().regex(/^\d{4}-\d{2}$/, 'a month looks like 2026-02'),
    perUsd: z.number().positive().finite(),
    note: z.string().max(500).optional(),
  })
  .strict();
export const fxDeleteInput = z
  .object({ currency: currencySchema, month: z.string().regex(/^\d{4}-\d{2}$/) })
  .strict();

export const exportColumns = z.array(z.string().min(1).max(50)).max(50);
export const exportStartInput = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    path,
    currency: currencySchema.optional(),
    filter: keyFilterSchema.optional(),
    /** Column ids (exportPreview lists them); all when absent. */
    columns: exportColumns.optional(),
  })
  .strict();
export const exportPreviewInput = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    currency: currencySchema.optional(),
    filter: keyFilterSchema.optional(),
    columns: exportColumns.optional(),
    rows: z.number().int().positive().max(50).optional(),
  })
  .strict();

// ---- outputs ----

const decisionSchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  asOf: z.string().nullable(),
  status: decisionStatus,
  rationale: z.string(),
  supporting: z.array(z.string()),
  updatedAt: z.string(),
});

/** One report in a Compare row. `value` etc. are in the requested currency; null when unconvertible. */
export const compareCellSchema = z.object({
  claimId: z.string(),
  sourceId: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.enum(QUALIFIERS),
  /** As the article wrote it ("최대 500억 달러"), for the hover. */
  text: z.string(),
  /** The claim's own value and unit before conversion. */
  originalValue: z.number(),
  originalUnit: z.string(),
  /** 'same unit', or where the rate came from ('reference 2026-02', 'implied by s_3', 'analyst'). */
  conversion: z.string(),
  relation: z.enum(CELL_RELATIONS),
  /** One line an analyst reads ("superseded by c_12 (2026-02-26)", "excluded: typo — …"). */
  reason: z.string(),
  asOf: z.string().nullable(),
});

export const keyRowSchema = z.object({
  id: z.string(),
  subject: z.string().nullable(),
  object: z.string().nullable(),
  metric: z.string().nullable(),
  /** The analyst's label for a merged or split key; null for a plain subject → object : metric. */
  label: z.string().nullable(),
  /** Currency (or unit, for non-money keys) of the values and summary columns below. */
  unit: z.string(),
  claims: z.number().int(),
  sources: z.number().int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  median: z.number().nullable(),
  /** max / min of the included reports (1 = all agree); null with fewer than two values. */
  spread: z.number().nullable(),
  latest: z.string().nullable(),
  conflicts: z.number().int(),
  decision: decisionSchema.nullable(),
  cells: z.array(compareCellSchema),
});

export const keysPageOutput = z.object({ rows: z.array(keyRowSchema), total: z.number().int() });
export const keysColumnsOutput = z.object({
  columns: z.array(
    z.object({
      sourceId: z.string(),
      outlet: z.string().nullable(),
      title: z.string().nullable(),
      publishedAt: z.string().nullable(),
      lang: z.string().nullable(),
    }),
  ),
  /** Sources matching beyond the limit (the grid says "+N more sources"). */
  more: z.number().int(),
});

const verdictSchema = z.object({
  claimId: z.string(),
  outlet: z.string().nullable(),
  text: z.string(),
  kind: z.string(),
  reason: z.string(),
});

export const historyEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  /** One line an analyst reads ("Decision on Amazon → OpenAI : investment: confirmed USD 50B"). */
  summary: z.string(),
  undone: z.boolean(),
});

export const keyDetailOutput = z.object({
  key: keyRowSchema,
  /** Every claim of the key, oldest as-of first, with its cell (normalised value, relation). */
  claims: z.array(z.object({ claim: claimSchema, cell: compareCellSchema, excluded: z.string().nullable() })),
  suggestion: z.object({
    value: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z.string(),
    asOf: z.string().nullable(),
    status: decisionStatus,
    confidence: z.number(),
    rationale: z.string(),
    supporting: z.array(verdictSchema),
    contradicting: z.array(verdictSchema),
    other: z.array(verdictSchema),
  }),
  consensus: z.object({
    asOf: z.string(),
    unit: z.string(),
    n: z.number().int(),
    mean: z.number().nullable(),
    median: z.number().nullable(),
    high: z.number().nullable(),
    low: z.number().nullable(),
    spread: z.number().nullable(),
  }),
  decision: decisionSchema.nullable(),
  history: z.array(historyEntrySchema),
});

export const keyOutput = keyRowSchema.omit({ cells: true });
export const decisionOutput = z.object({ keyId: z.string(), decision: decisionSchema });
export const historyListOutput = z.object({
  entries: z.array(historyEntrySchema),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
/** What undo/redo did; `entry` is null when there was nothing to undo/redo. */
export const historyStepOutput = z.object({
  entry: historyEntrySchema.nullable(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export const fxListOutput = z.object({
  rates: z.array(
    z.object({
      currency: z.string(),
      month: z.string(),
      perUsd: z.number(),
      origin: z.enum(['reference', 'analyst', 'implied']),
      /** Where it came from: the reference table's source, the analyst's note, the article. */
      provenance: z.string(),
    }),
  ),
});
export const exportPreviewOutput = z.object({
  /** Every column the format can carry, with a label; `selected` as the input chose. */
  columns: z.array(z.object({ id: z.string(), label: z.string(), selected: z.boolean() })),
  /** The first rows as the file would hold them (XLSX: the main sheet as CSV text). */
  text: z.string(),
  rows: z.number().int(),
});
