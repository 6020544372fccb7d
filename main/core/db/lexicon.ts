import type Database from 'better-sqlite3';
import { prepared } from './prepared';

/** The shape the DB needs of a lexicon; main/core/extract owns the full type and its validation. */
export interface LexiconRows {
  readonly entities: ReadonlyArray<{
    readonly name: string;
    readonly kind: string;
    readonly parent?: string | null;
    readonly aliases: ReadonlyArray<{ readonly text: string; readonly lang: string }>;
  }>;
  readonly metrics: ReadonlyArray<{
    readonly id: string;
    readonly label: string;
    readonly definition?: string;
    readonly cues: ReadonlyArray<{ readonly text: string; readonly lang: string }>;
  }>;
}

export function lexiconIsEmpty(db: Database.Database): boolean {
  return (prepared(db, 'SELECT count(*) AS n FROM entities').get() as { n: number }).n === 0;
}

/** Adds lexicon entries the project lacks; never overwrites what the analyst changed. */
export function mergeLexicon(db: Database.Database, lex: LexiconRows): void {
  const insertEntity = prepared(
    db,
    `INSERT INTO entities (name, kind, origin) VALUES (?, ?, 'lexicon') ON CONFLICT(name) DO NOTHING`,
  );
  const entityId = prepared(db, 'SELECT id FROM entities WHERE name = ?');
  const setParent = prepared(db, 'UPDATE entities SET parent_id = ? WHERE id = ? AND parent_id IS NULL');
  const insertAlias = prepared(
    db,
    'INSERT INTO entity_aliases (entity_id, alias, lang) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const insertMetric = prepared(
    db,
    'INSERT INTO metrics (id, label, definition) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING',
  );
  const insertCue = prepared(
    db,
    'INSERT INTO metric_cues (metric_id, cue, lang) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  db.transaction(() => {
    for (const e of lex.entities) {
      insertEntity.run(e.name, e.kind);
      const { id } = entityId.get(e.name) as { id: number };
      for (const a of e.aliases) insertAlias.run(id, a.text, a.lang);
    }
    for (const e of lex.entities) {
      if (!e.parent) continue;
      const parent = entityId.get(e.parent) as { id: number } | undefined;
      const child = entityId.get(e.name) as { id: number };
      if (parent) setParent.run(parent.id, child.id);
    }
    for (const m of lex.metrics) {
      insertMetric.run(m.id, m.label, m.definition ?? '');
      for (const c of m.cues) insertCue.run(m.id, c.text, c.lang);
    }
  })();
}

/** Canonical entity name → id, for turning extracted names into foreign keys. */
export function entityIdsByName(db: Database.Database): Map<string, number> {
  const rows = prepared(db, 'SELECT id, name FROM entities').all() as Array<{ id: number; name: string }>;
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** Adds an entity the extractor proposed (unconfirmed) and returns its id. */
export function ensureEntity(db: Database.Database, name: string, origin: 'proposed' | 'analyst'): number {
  prepared(
    db,
    `INSERT INTO entities (name, kind, origin, confirmed) VALUES (?, 'other', ?, ?) ON CONFLICT(name) DO NOTHING`,
  ).run(name, origin, origin === 'analyst' ? 1 : 0);
  return (prepared(db, 'SELECT id FROM entities WHERE name = ?').get(name) as { id: number }).id;
}

export function metricIds(db: Database.Database): Set<string> {
  const rows = prepared(db, 'SELECT id FROM metrics').all() as Array<{ id: string }>;
  return new Set(rows.map((r) => r.id));
}

/** The natural key row for subject → object : metric, created on first use. */
export function ensureClaimKey(
  db: Database.Database,
  subjectId: number | null,
  objectId: number | null,
  metricId: string | null,
  at: string,
): number {
  const find = prepared(
    db,
    `SELECT id FROM claim_keys WHERE label IS NULL AND coalesce(subject_id, 0) = coalesce(?, 0)
       AND coalesce(object_id, 0) = coalesce(?, 0) AND coalesce(metric_id, '') = coalesce(?, '')`,
  );
  const found = find.get(subjectId, objectId, metricId) as { id: number } | undefined;
  if (found) return found.id;
  const info = prepared(
    db,
    'INSERT INTO claim_keys (subject_id, object_id, metric_id, created_at) VALUES (?, ?, ?, ?)',
  ).run(subjectId, objectId, metricId, at);
  return Number(info.lastInsertRowid);
}
