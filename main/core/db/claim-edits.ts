import type Database from 'better-sqlite3';
import type { Claim, ClaimStatus, Qualifier } from '../../../shared/model';
import { CLAIM_SELECT, insertClaim, toClaim, type ClaimRow } from './claims';
import { ensureClaimKey } from './lexicon';
import { recordChanges, type HistoryChange } from './history';
import { prepared } from './prepared';

/**
 * The analyst's edits to claims. Each one writes its `history` row (action, target, before/after
 * as JSON of the stored columns) in the same transaction as the change, so undo/redo can replay
 * them exactly; `before`/`after` hold column values, never display strings.
 */

/** The stored columns an edit can change, as history records them. */
interface ClaimColumns {
  subjectId: number | null;
  objectId: number | null;
  metricId: string | null;
  keyId: number | null;
  value: number;
  low: number | null;
  high: number | null;
  unit: string;
  qualifier: Qualifier;
  asOf: string | null;
  note: string | null;
  status: ClaimStatus;
}

export interface ClaimPatch {
  readonly subject?: string | null;
  readonly object?: string | null;
  readonly metric?: string | null;
  readonly value?: number;
  readonly unit?: string;
  readonly qualifier?: Qualifier;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly asOf?: string | null;
  readonly note?: string | null;
}

export interface ManualClaim {
  readonly sourcePublicId: string;
  readonly span: readonly [number, number];
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly subject?: string | null;
  readonly object?: string | null;
  readonly metric?: string | null;
}

/** A caller mistake the service reports as invalid input or not found. */
export class ClaimEditError extends Error {
  constructor(
    readonly kind: 'not_found' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'ClaimEditError';
  }
}

const COLUMNS_SQL = `SELECT subject_id AS subjectId, object_id AS objectId, metric_id AS metricId, key_id AS keyId,
  value, value_low AS low, value_high AS high, unit, qualifier, as_of AS asOf, note, status, origin
  FROM claims WHERE id = ?`;

function rowIdOf(publicId: string): number {
  const n = Number(publicId.slice(2));
  if (!publicId.startsWith('c_') || !Number.isSafeInteger(n) || n <= 0)
    throw new ClaimEditError('invalid', `${publicId} is not a claim id`);
  return n;
}

function columnsOf(
  db: Database.Database,
  id: number,
): (ClaimColumns & { origin: Claim['origin'] }) | undefined {
  return prepared(db, COLUMNS_SQL).get(id) as (ClaimColumns & { origin: Claim['origin'] }) | undefined;
}

function claimChange(action: string, id: number, before: unknown, after: unknown): HistoryChange {
  return { action, targetType: 'claim', targetId: `c_${id}`, before, after };
}

export function claimById(db: Database.Database, id: number): Claim {
  const row = prepared(db, `${CLAIM_SELECT} WHERE c.id = ?`).get(id) as ClaimRow | undefined;
  if (!row) throw new ClaimEditError('not_found', `No claim c_${id} in this project.`);
  return toClaim(row);
}

function entityId(db: Database.Database, name: string | null): number | null {
  if (name === null) return null;
  const row = prepared(db, 'SELECT id FROM entities WHERE name = ?').get(name) as { id: number } | undefined;
  if (!row) throw new ClaimEditError('invalid', `No entity "${name}" in the lexicon.`);
  return row.id;
}

function metricId(db: Database.Database, id: string | null): string | null {
  if (id === null) return null;
  if (!prepared(db, 'SELECT 1 FROM metrics WHERE id = ?').get(id))
    throw new ClaimEditError('invalid', `No metric "${id}" in the lexicon.`);
  return id;
}

/** Sets the status of every listed claim; unknown ids fail the whole call (nothing is written). */
export function setClaimStatus(
  db: Database.Database,
  publicIds: ReadonlyArray<string>,
  status: ClaimStatus,
  at: string,
): Claim[] {
  const ids = [...new Set(publicIds.map(rowIdOf))];
  const update = prepared(db, 'UPDATE claims SET status = ?, updated_at = ? WHERE id = ?');
  return db.transaction(() => {
    const changes: HistoryChange[] = [];
    const claims = ids.map((id) => {
      const before = columnsOf(db, id);
      if (!before) throw new ClaimEditError('not_found', `No claim c_${id} in this project.`);
      if (before.status !== status) {
        update.run(status, at, id);
        changes.push(claimChange('claim.status', id, { status: before.status }, { status }));
      }
      return claimById(db, id);
    });
    recordChanges(db, changes, at);
    return claims;
  })();
}

/** Applies PATCH to one claim; an extracted claim the analyst changes becomes 'edited'. */
export function updateClaim(db: Database.Database, publicId: string, patch: ClaimPatch, at: string): Claim {
  const id = rowIdOf(publicId);
  return db.transaction(() => {
    const current = columnsOf(db, id);
    if (!current) throw new ClaimEditError('not_found', `No claim ${publicId} in this project.`);
    const { origin, ...before } = current;
    const next: ClaimColumns = {
      ...before,
      ...(patch.subject !== undefined ? { subjectId: entityId(db, patch.subject) } : {}),
      ...(patch.object !== undefined ? { objectId: entityId(db, patch.object) } : {}),
      ...(patch.metric !== undefined ? { metricId: metricId(db, patch.metric) } : {}),
      ...(patch.value !== undefined ? { value: patch.value } : {}),
      ...(patch.unit !== undefined ? { unit: patch.unit } : {}),
      ...(patch.qualifier !== undefined ? { qualifier: patch.qualifier } : {}),
      ...(patch.low !== undefined ? { low: patch.low } : {}),
      ...(patch.high !== undefined ? { high: patch.high } : {}),
      ...(patch.asOf !== undefined ? { asOf: patch.asOf } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
    };
    next.keyId = ensureClaimKey(db, next.subjectId, next.objectId, next.metricId, at);
    if (origin === 'auto') next.status = 'edited';
    prepared(
      db,
      `UPDATE claims SET subject_id = @subjectId, object_id = @objectId, metric_id = @metricId, key_id = @keyId,
         value = @value, value_low = @low, value_high = @high, unit = @unit, qualifier = @qualifier,
         as_of = @asOf, note = @note, status = @status, updated_at = @at WHERE id = @id`,
    ).run({ ...next, at, id });
    recordChanges(db, [claimChange('claim.update', id, before, next)], at);
    return claimById(db, id);
  })();
}

const SENTENCE_END = /[.!?。！？\n]/;

/** The sentence around [start, end): from after the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
  if (to < text.length && text.charAt(to) !== '\n') to++;
  return text.slice(from, to).trim();
}

/** Adds the analyst's own claim at a span of the article text (origin 'manual', 'accepted'). */
export function createManualClaim(db: Database.Database, c: ManualClaim, at: string): Claim {
  const source = prepared(
    db,
    'SELECT id, text, published_at AS publishedAt FROM sources WHERE public_id = ?',
  ).get(c.sourcePublicId) as { id: number; text: string; publishedAt: string | null } | undefined;
  if (!source) throw new ClaimEditError('not_found', `No source ${c.sourcePublicId} in this project.`);
  const [start, end] = c.span;
  if (end > source.text.length || source.text.slice(start, end) !== c.text)
    throw new ClaimEditError(
      'invalid',
      `The span [${start}, ${end}) does not hold "${c.text}" in the article text.`,
    );
  return db.transaction(() => {
    const subjectId = entityId(db, c.subject ?? null);
    const objectId = entityId(db, c.object ?? null);
    const metric = metricId(db, c.metric ?? null);
    const id = insertClaim(db, {
      sourceId: source.id,
      keyId: ensureClaimKey(db, subjectId, objectId, metric, at),
      subjectId,
      objectId,
      metricId: metric,
      value: c.value,
      low: null,
      high: c.qualifier === 'up_to' ? c.value : null,
      unit: c.unit,
      altUnits: null,
      qualifier: c.qualifier,
      asOf: source.publishedAt ? source.publishedAt.slice(0, 10) : null,
      text: c.text,
      quote: sentenceAround(source.text, start, end),
      spanStart: start,
      spanEnd: end,
      inTitle: false,
      citedSource: null,
      note: null,
      part: null,
      confidence: null,
      flags: [],
      origin: 'manual',
      extractorVersion: null,
      at,
      equivalents: [],
    });
    prepared(db, `UPDATE claims SET status = 'accepted' WHERE id = ?`).run(id);
    recordChanges(
      db,
      [
        claimChange('claim.create', id, null, {
          ...columnsOf(db, id),
          sourceId: source.id,
          span: [start, end],
          text: c.text,
        }),
      ],
      at,
    );
    return claimById(db, id);
  })();
}
