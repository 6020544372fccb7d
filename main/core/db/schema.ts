/**
 * The project schema, as numbered migrations. A migration is never edited once released: its SQL
 * hash is stored when applied and checked on every open (see migrate.ts). Add a new one instead.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const V1_INITIAL = `
CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE batches (
  id                 INTEGER PRIMARY KEY,
  started_at         TEXT NOT NULL,
  finished_at        TEXT,
  inputs             TEXT NOT NULL,            -- JSON array of the paths the analyst gave
  status             TEXT NOT NULL DEFAULT 'running'
                     CHECK (status IN ('running','done','cancelled','failed')),
  files_read         INTEGER NOT NULL DEFAULT 0,
  sources_added      INTEGER NOT NULL DEFAULT 0,
  duplicates_skipped INTEGER NOT NULL DEFAULT 0,
  near_duplicates    INTEGER NOT NULL DEFAULT 0,
  claims_found       INTEGER NOT NULL DEFAULT 0,
  errors             TEXT NOT NULL DEFAULT '[]' -- JSON array of {file, code, message}
);

CREATE TABLE sources (
  id                INTEGER PRIMARY KEY,
  public_id         TEXT NOT NULL UNIQUE,
  batch_id          INTEGER REFERENCES batches(id) ON DELETE SET NULL,
  file              TEXT NOT NULL,
  path              TEXT,
  item_index        INTEGER NOT NULL DEFAULT 0,
  format            TEXT NOT NULL,
  encoding          TEXT,
  title             TEXT,
  outlet            TEXT,
  author            TEXT,
  url               TEXT,
  published_at      TEXT,
  lang              TEXT,
  text              TEXT NOT NULL,
  meta              TEXT NOT NULL DEFAULT '{}',
  content_hash      TEXT NOT NULL UNIQUE,
  simhash           INTEGER NOT NULL,
  near_keys         TEXT NOT NULL DEFAULT '',  -- MinHash band keys, comma-separated (fingerprint.ts)
  near_duplicate_of INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  imported_at       TEXT NOT NULL
);
CREATE INDEX sources_published ON sources(published_at, id);
CREATE INDEX sources_batch ON sources(batch_id);

CREATE VIRTUAL TABLE sources_fts USING fts5(
  title, text, content='sources', content_rowid='id', tokenize='trigram'
);
-- Merge fewer, larger segments during bulk imports: about a fifth less indexing work per article.
INSERT INTO sources_fts(sources_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
  INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, title, text)
  VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, title, text)
  VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
  INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;

CREATE TABLE entities (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE,
  kind      TEXT NOT NULL DEFAULT 'other',
  parent_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  origin    TEXT NOT NULL DEFAULT 'lexicon' CHECK (origin IN ('lexicon','analyst','proposed')),
  confirmed INTEGER NOT NULL DEFAULT 1,
  props     TEXT NOT NULL DEFAULT '{}'  -- the lexicon entry's other attributes (JSON)
);
CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  lang      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (alias, entity_id)
) WITHOUT ROWID;

CREATE TABLE metrics (
  id         TEXT PRIMARY KEY,
  label      TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  props      TEXT NOT NULL DEFAULT '{}'  -- the lexicon entry's other attributes (JSON)
) WITHOUT ROWID;
CREATE TABLE metric_cues (
  metric_id TEXT NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
  cue       TEXT NOT NULL,
  lang      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (cue, metric_id)
) WITHOUT ROWID;

-- One row per "subject -> object : metric"; claims point here so the analyst can merge, split
-- and move claims between keys without rewriting the claims themselves.
CREATE TABLE claim_keys (
  id         INTEGER PRIMARY KEY,
  subject_id INTEGER REFERENCES entities(id),
  object_id  INTEGER REFERENCES entities(id),
  metric_id  TEXT REFERENCES metrics(id),
  label      TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX claim_keys_natural ON claim_keys(
  coalesce(subject_id, 0), coalesce(object_id, 0), coalesce(metric_id, '')
) WHERE label IS NULL;

-- A claim's public id is 'c_' || id: stable for the life of the project, and no second index.
CREATE TABLE claims (
  id                INTEGER PRIMARY KEY,
  source_id         INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  key_id            INTEGER REFERENCES claim_keys(id),
  subject_id        INTEGER REFERENCES entities(id),
  object_id         INTEGER REFERENCES entities(id),
  metric_id         TEXT REFERENCES metrics(id),
  value             REAL NOT NULL,
  value_low         REAL,
  value_high        REAL,
  unit              TEXT NOT NULL,
  alt_units         TEXT,
  qualifier         TEXT NOT NULL CHECK (qualifier IN
                    ('exact','about','up_to','at_least','more_than','less_than','range')),
  as_of             TEXT,
  text              TEXT NOT NULL,
  quote             TEXT NOT NULL,
  span_start        INTEGER NOT NULL,
  span_end          INTEGER NOT NULL,
  in_title          INTEGER NOT NULL DEFAULT 0,
  cited_source      TEXT,
  note              TEXT,
  part              TEXT,
  confidence        REAL,
  flags             TEXT,
  origin            TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto','manual')),
  status            TEXT NOT NULL DEFAULT 'candidate'
                    CHECK (status IN ('candidate','accepted','rejected','edited')),
  extractor_version INTEGER,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX claims_source ON claims(source_id, span_start);
CREATE INDEX claims_key ON claims(key_id, as_of);
CREATE INDEX claims_status ON claims(status);

CREATE TABLE claim_equivalents (
  id         INTEGER PRIMARY KEY,
  claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  value      REAL NOT NULL,
  value_low  REAL,
  value_high REAL,
  unit       TEXT NOT NULL,
  qualifier  TEXT NOT NULL,
  text       TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL
);
CREATE INDEX claim_equivalents_claim ON claim_equivalents(claim_id);

CREATE TABLE fx_rates (
  id        INTEGER PRIMARY KEY,
  date      TEXT NOT NULL,
  currency  TEXT NOT NULL,
  per_usd   REAL NOT NULL CHECK (per_usd > 0),   -- units of currency for one US dollar
  origin    TEXT NOT NULL CHECK (origin IN ('reference','analyst','article')),
  source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
  claim_id  INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  note      TEXT
);
CREATE INDEX fx_rates_lookup ON fx_rates(currency, date);

CREATE TABLE decisions (
  id            INTEGER PRIMARY KEY,
  key_id        INTEGER NOT NULL UNIQUE REFERENCES claim_keys(id) ON DELETE CASCADE,
  value         REAL,
  value_low     REAL,
  value_high    REAL,
  unit          TEXT,
  as_of         TEXT,
  status        TEXT NOT NULL CHECK (status IN ('confirmed','disputed','superseded','open')),
  rationale     TEXT NOT NULL DEFAULT '',
  chosen_claims TEXT NOT NULL DEFAULT '[]',
  updated_at    TEXT NOT NULL
);

CREATE TABLE history (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  action      TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id   TEXT NOT NULL,
  before      TEXT,
  after       TEXT,
  undone      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX history_target ON history(target_type, target_id);
`;

/**
 * v2: the analyst's exclusions of a report from a key (with the reason Compare and exports show),
 * history groups (one analyst action = one undo step) and indexes for undo/redo, which walk
 * history newest-first by undone state.
 */
const V2_EXCLUSIONS = `
CREATE TABLE claim_exclusions (
  key_id   INTEGER NOT NULL REFERENCES claim_keys(id) ON DELETE CASCADE,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  reason   TEXT NOT NULL CHECK (reason IN ('syndicated_copy','different_definition','stale','typo','other')),
  note     TEXT,
  at       TEXT NOT NULL,
  PRIMARY KEY (key_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_exclusions_claim ON claim_exclusions(claim_id);
ALTER TABLE history ADD COLUMN group_id INTEGER;
CREATE INDEX history_undo ON history(undone, id);
CREATE INDEX history_group ON history(group_id);
`;

export const MIGRATIONS: ReadonlyArray<Migration> = [
  { version: 1, name: 'initial schema', sql: V1_INITIAL },
  { version: 2, name: 'exclusions and undo index', sql: V2_EXCLUSIONS },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
