import type Database from 'better-sqlite3';
import { prepared } from './prepared';

/**
 * The analyst's history: every change to claims, keys, exclusions, decisions and the lexicon is a
 * row with its before/after state (JSON of stored columns, never display strings), written in the
 * same transaction as the change. Undo/redo replay those rows through the applier registered for
 * the action, so they work across restarts. Rows are never deleted: the audit trail keeps undone
 * steps too.
 *
 * `undone`: 0 = in effect; 1 = undone and redoable; 2 = undone and abandoned (a new change was
 * made after it was undone, so redo no longer reaches it — the usual editor rule).
 * `group_id`: one analyst action (accepting 50 claims at once, a merge touching many claims) is
 * one group; undo and redo take whole groups. The group id is the first row's id.
 */

export interface HistoryChange {
  /** 'claim.status', 'claim.update', 'decision.save', 'key.merge', 'lexicon.entity', … */
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  /** null when the change created the target. */
  readonly before: unknown;
  /** null when the change deleted the target. */
  readonly after: unknown;
}

export interface HistoryRow {
  readonly id: number;
  readonly groupId: number;
  readonly at: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly undone: 0 | 1 | 2;
}

/**
 * How one action is undone and redone: `apply` writes STATE (the row's before for undo, its after
 * for redo; null = the target must not exist) to the target. It runs inside the undo transaction
 * and throws HistoryConflict when the target has changed in a way that makes replay unsafe.
 */
export interface HistoryApplier {
  apply(db: Database.Database, targetId: string, state: unknown, row: HistoryRow): void;
}

export class HistoryConflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryConflict';
  }
}

const appliers = new Map<string, HistoryApplier>();

/** Registers how ACTION is replayed; each module that records an action registers it once. */
export function registerHistoryApplier(action: string, applier: HistoryApplier): void {
  appliers.set(action, applier);
}

export function historyApplierFor(action: string): HistoryApplier | undefined {
  return appliers.get(action);
}

/**
 * Records changes as one group, and abandons whatever was undone before (redo cannot reach past a
 * new change). Call inside the transaction that makes the changes.
 */
export function recordChanges(
  db: Database.Database,
  changes: ReadonlyArray<HistoryChange>,
  at: string,
): number | null {
  if (changes.length === 0) return null;
  prepared(db, 'UPDATE history SET undone = 2 WHERE undone = 1').run();
  const insert = prepared(
    db,
    `INSERT INTO history (at, action, target_type, target_id, before, after, group_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let groupId: number | null = null;
  for (const c of changes) {
    const info = insert.run(at, c.action, c.targetType, c.targetId, json(c.before), json(c.after), groupId);
    if (groupId === null) {
      groupId = Number(info.lastInsertRowid);
      prepared(db, 'UPDATE history SET group_id = ? WHERE id = ?').run(groupId, groupId);
    }
  }
  return groupId;
}

/** One change as its own group. */
export function recordChange(db: Database.Database, change: HistoryChange, at: string): number {
  return recordChanges(db, [change], at)!;
}

function json(state: unknown): string | null {
  return state === null || state === undefined ? null : JSON.stringify(state);
}

interface StoredRow {
  id: number;
  groupId: number | null;
  at: string;
  action: string;
  targetType: string;
  targetId: string;
  before: string | null;
  after: string | null;
  undone: 0 | 1 | 2;
}

const ROW_SELECT = `SELECT id, coalesce(group_id, id) AS groupId, at, action, target_type AS targetType,
  target_id AS targetId, before, after, undone FROM history`;

function toRow(r: StoredRow): HistoryRow {
  return {
    id: r.id,
    groupId: r.groupId ?? r.id,
    at: r.at,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    undone: r.undone,
  };
}

function groupRows(db: Database.Database, groupId: number): HistoryRow[] {
  return (
    prepared(db, `${ROW_SELECT} WHERE coalesce(group_id, id) = ? ORDER BY id`).all(groupId) as StoredRow[]
  ).map(toRow);
}

/** The newest group still in effect, or null. */
export function undoableGroup(db: Database.Database): number | null {
  const r = prepared(
    db,
    'SELECT coalesce(group_id, id) AS g FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1',
  ).get() as { g: number } | undefined;
  return r?.g ?? null;
}

/** The oldest undone-and-redoable group, or null. */
export function redoableGroup(db: Database.Database): number | null {
  const r = prepared(
    db,
    'SELECT coalesce(group_id, id) AS g FROM history WHERE undone = 1 ORDER BY id ASC LIMIT 1',
  ).get() as { g: number } | undefined;
  return r?.g ?? null;
}

/**
 * Undoes the newest group: applies each row's `before`, newest row first, in one transaction.
 * Returns the group's rows, or null when there is nothing to undo.
 */
export function undoLast(db: Database.Database): HistoryRow[] | null {
  return db.transaction(() => {
    const g = undoableGroup(db);
    if (g === null) return null;
    const rows = groupRows(db, g);
    for (const row of [...rows].reverse()) applierOf(row).apply(db, row.targetId, row.before, row);
    prepared(db, 'UPDATE history SET undone = 1 WHERE coalesce(group_id, id) = ?').run(g);
    return rows;
  })();
}

/** Redoes the oldest undone group: applies each row's `after`, oldest first. */
export function redoNext(db: Database.Database): HistoryRow[] | null {
  return db.transaction(() => {
    const g = redoableGroup(db);
    if (g === null) return null;
    const rows = groupRows(db, g);
    for (const row of rows) applierOf(row).apply(db, row.targetId, row.after, row);
    prepared(db, 'UPDATE history SET undone = 0 WHERE coalesce(group_id, id) = ?').run(g);
    return rows;
  })();
}

function applierOf(row: HistoryRow): HistoryApplier {
  const applier = appliers.get(row.action);
  if (!applier)
    throw new HistoryConflict(
      `This build cannot replay "${row.action}" (history row ${row.id}); nothing was changed.`,
    );
  return applier;
}

/** Newest first; for the audit trail of one target (or a set of targets), or the whole project. */
export function historyRows(
  db: Database.Database,
  options: { readonly targets?: ReadonlyArray<{ type: string; id: string }>; readonly limit?: number } = {},
): HistoryRow[] {
  const limit = options.limit ?? 100;
  if (!options.targets) {
    return (prepared(db, `${ROW_SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as StoredRow[]).map(toRow);
  }
  if (options.targets.length === 0) return [];
  const where = options.targets.map(() => '(target_type = ? AND target_id = ?)').join(' OR ');
  const params = options.targets.flatMap((t) => [t.type, t.id]);
  return (
    db.prepare(`${ROW_SELECT} WHERE ${where} ORDER BY id DESC LIMIT ?`).all(...params, limit) as StoredRow[]
  ).map(toRow);
}
