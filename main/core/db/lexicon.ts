import type Database from 'better-sqlite3';
import type { EntityEntry, EntityKind, Lexicon, LexiconLang, MetricEntry, WordsByLang } from '../extract';
import { prepared } from './prepared';

const BLOCKERS_KEY = 'lexicon.blockers';

export function lexiconIsEmpty(db: Database.Database): boolean {
  return (prepared(db, 'SELECT count(*) AS n FROM entities').get() as { n: number }).n === 0;
}

function aliasRows(words: WordsByLang): Array<[string, string]> {
  return Object.entries(words).flatMap(([lang, list]) =>
    (list ?? []).map((w): [string, string] => [w, lang]),
  );
}

/**
 * Adds lexicon entries the project lacks; never overwrites what the analyst changed. Attributes
 * the tables have no column for (match case, local aliases, metric roles…) travel in `props`.
 */
export function mergeLexicon(db: Database.Database, lex: Lexicon): void {
  const insertEntity = prepared(
    db,
    `INSERT INTO entities (name, kind, origin, props) VALUES (?, ?, 'lexicon', ?) ON CONFLICT(name) DO NOTHING`,
  );
  const entityId = prepared(db, 'SELECT id FROM entities WHERE name = ?');
  const setParent = prepared(db, 'UPDATE entities SET parent_id = ? WHERE id = ? AND parent_id IS NULL');
  const insertAlias = prepared(
    db,
    'INSERT INTO entity_aliases (entity_id, alias, lang) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const insertMetric = prepared(
    db,
    'INSERT INTO metrics (id, label, definition, props) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
  );
  const insertCue = prepared(
    db,
    'INSERT INTO metric_cues (metric_id, cue, lang) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const nameOfSlug = new Map(lex.entities.map((e) => [e.id, e.name]));
  db.transaction(() => {
    for (const e of lex.entities) {
      const props = { slug: e.id, matchCase: e.matchCase ?? false, localAliases: e.localAliases ?? {} };
      insertEntity.run(e.name, e.kind, JSON.stringify(props));
      const { id } = entityId.get(e.name) as { id: number };
      for (const [alias, lang] of aliasRows(e.aliases)) insertAlias.run(id, alias, lang);
    }
    for (const e of lex.entities) {
      const parentName = e.parent ? nameOfSlug.get(e.parent) : undefined;
      const parent = parentName ? (entityId.get(parentName) as { id: number } | undefined) : undefined;
      if (parent) setParent.run(parent.id, (entityId.get(e.name) as { id: number }).id);
    }
    for (const m of lex.metrics) {
      const { id, definition, cues, ...rest } = m;
      insertMetric.run(id, id.replace(/_/g, ' '), definition, JSON.stringify(rest));
      for (const [cue, lang] of aliasRows(cues)) insertCue.run(id, cue, lang);
    }
    prepared(db, 'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run(
      BLOCKERS_KEY,
      JSON.stringify(lex.blockers),
    );
  })();
}

function groupWords(
  rows: ReadonlyArray<{ owner: string | number; word: string; lang: string }>,
): Map<string | number, WordsByLang> {
  const out = new Map<string | number, WordsByLang>();
  for (const r of rows) {
    const words = out.get(r.owner) ?? {};
    (words[r.lang as LexiconLang] ??= []).push(r.word);
    out.set(r.owner, words);
  }
  return out;
}

/** The project's lexicon, analyst edits included, in the shape the extractor compiles. */
export function readLexicon(db: Database.Database): Lexicon {
  const entities = prepared(
    db,
    `SELECT e.id, e.name, e.kind, e.props, p.props AS parentProps, p.name AS parentName
     FROM entities e LEFT JOIN entities p ON p.id = e.parent_id WHERE e.confirmed = 1 ORDER BY e.id`,
  ).all() as Array<{
    id: number;
    name: string;
    kind: EntityKind;
    props: string;
    parentProps: string | null;
    parentName: string | null;
  }>;
  const aliases = groupWords(
    prepared(db, 'SELECT entity_id AS owner, alias AS word, lang FROM entity_aliases').all() as Array<{
      owner: number;
      word: string;
      lang: string;
    }>,
  );
  const slugOf = (props: string | null, name: string | null) =>
    (props ? (JSON.parse(props) as { slug?: string }).slug : undefined) ?? name ?? '';
  const metrics = prepared(db, 'SELECT id, definition, props FROM metrics ORDER BY id').all() as Array<{
    id: string;
    definition: string;
    props: string;
  }>;
  const cues = groupWords(
    prepared(db, 'SELECT metric_id AS owner, cue AS word, lang FROM metric_cues').all() as Array<{
      owner: string;
      word: string;
      lang: string;
    }>,
  );
  const blockers = prepared(db, 'SELECT value FROM project_meta WHERE key = ?').get(BLOCKERS_KEY) as
    { value: string } | undefined;
  return {
    entities: entities.map((e): EntityEntry => {
      const props = JSON.parse(e.props) as { matchCase?: boolean; localAliases?: WordsByLang };
      return {
        id: slugOf(e.props, e.name),
        name: e.name,
        kind: e.kind,
        ...(e.parentName ? { parent: slugOf(e.parentProps, e.parentName) } : {}),
        ...(props.matchCase ? { matchCase: true } : {}),
        ...(props.localAliases ? { localAliases: props.localAliases } : {}),
        aliases: aliases.get(e.id) ?? {},
      };
    }),
    metrics: metrics.map((m): MetricEntry => ({
      ...(JSON.parse(m.props) as Omit<MetricEntry, 'id' | 'definition' | 'cues'>),
      id: m.id,
      definition: m.definition,
      cues: cues.get(m.id) ?? {},
    })),
    blockers: blockers ? (JSON.parse(blockers.value) as string[]) : [],
  };
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
