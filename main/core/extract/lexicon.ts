/**
 * The lexicon: canonical entities (with aliases per language) and metrics (with cue words per
 * language). The default one ships in resources/lexicon/; an analyst can export it, edit it and
 * import it again, so every file goes through validateLexicon() before use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Bundled as JSON imports (not read from disk by default) so the default lexicon works the same
// under vitest, tsx and the esbuild CJS bundle, where import.meta.url is not available.
import defaultEntities from '../../../resources/lexicon/entities.json';
import defaultMetrics from '../../../resources/lexicon/metrics.json';
import { validateLexicon } from './lexicon-validate';

export { validateLexicon, LexiconError } from './lexicon-validate';

export const LEXICON_LANGS = ['en', 'ko', 'ja', 'zh-Hans', 'zh-Hant'] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

export const ENTITY_KINDS = [
  'company',
  'investor',
  'government',
  'agency',
  'outlet',
  'person',
  // A country acts through its government (parent); it is itself the party only as a place or a tariff target.
  'country',
  'other',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Words per language; a language may be absent. */
export type WordsByLang = Partial<Record<LexiconLang, string[]>>;

export interface EntityEntry {
  /** Stable slug, referenced by `parent`. */
  id: string;
  /** Canonical English name; this is what claims carry as subject/object. Also matched as an alias. */
  name: string;
  kind: EntityKind;
  /** id of the owning entity (AWS → amazon). */
  parent?: string;
  /** Latin aliases must match letter case exactly (Apple vs apple, Meta vs meta). */
  matchCase?: boolean;
  aliases: WordsByLang;
  /** Aliases trusted only in articles written in that language ('MS' = Microsoft in ko/ja news). */
  localAliases?: WordsByLang;
}

export const METRIC_UNIT_KINDS = ['money', 'percent', 'other'] as const;
export type MetricUnitKind = (typeof METRIC_UNIT_KINDS)[number];

export interface MetricEntry {
  /** Canonical metric id (investment, valuation, …). */
  id: string;
  definition: string;
  /** 'subject': one party (the company valued); 'subject-object': a flow from subject to object. */
  roles: 'subject' | 'subject-object';
  units: MetricUnitKind[];
  /**
   * When the subject has to be borrowed from a neighbouring two-party frame ("A invests in B"),
   * take the frame's 'object' (B: the company valued / raising) instead of its subject.
   */
  fallbackRole?: 'subject' | 'object';
  /** The object is optional ("OpenAI will spend $100B" names no payee): never borrowed from other sentences. */
  objectOptional?: boolean;
  /** Latin cue ending in '*' also matches longer words (invest* → invested, investment). */
  cues: WordsByLang;
  /** Cues that lose against ordinary cues (投じる, "cost"). */
  weakCues?: WordsByLang;
  /** Cues that describe only the amount right next to them ("주당 55달러", "$55 a share"), not the clause. */
  boundCues?: WordsByLang;
  /**
   * A change of another quantity (growth, decline): a percentage takes the metric of the quantity
   * that changed when the sentence names it ("営業益62％増" → operating_profit).
   */
  change?: boolean;
  /** Words naming this metric only as the thing that changed ("shares rose 9%", "上市首日涨16%" → price). */
  changeCues?: WordsByLang;
}

export interface Lexicon {
  entities: EntityEntry[];
  metrics: MetricEntry[];
  /** Strings that contain an alias but are not that entity (애플리케이션, メタバース). */
  blockers: string[];
}

/**
 * Loads the default lexicon. With `resourcesDir`, reads `<dir>/lexicon/entities.json` and
 * `<dir>/lexicon/metrics.json` from disk instead (a packaged app's resources folder).
 */
export function loadDefaultLexicon(resourcesDir?: string): Lexicon {
  if (resourcesDir === undefined) return lexiconFromFiles(defaultEntities, defaultMetrics);
  const read = (name: string): unknown => {
    const path = join(resourcesDir, 'lexicon', name);
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (err) {
      throw new Error(`lexicon file ${path}: ${(err as Error).message}`);
    }
  };
  return lexiconFromFiles(read('entities.json'), read('metrics.json'));
}

/** Combines the two resource files ({entities, blockers} and {metrics}) into one validated Lexicon. */
export function lexiconFromFiles(entitiesFile: unknown, metricsFile: unknown): Lexicon {
  const e = (entitiesFile ?? {}) as { entities?: unknown; blockers?: unknown };
  const m = (metricsFile ?? {}) as { metrics?: unknown };
  return validateLexicon({ entities: e.entities, metrics: m.metrics, blockers: e.blockers ?? [] });
}

/** One row per alias or cue, as a database stores them. */
export interface LexiconRowsShape {
  entities: Array<{
    name: string;
    kind: EntityKind;
    parent: string | null;
    aliases: Array<{ text: string; lang: string }>;
  }>;
  metrics: Array<{
    id: string;
    label: string;
    definition: string;
    cues: Array<{ text: string; lang: string }>;
  }>;
}

/**
 * Flattens a lexicon into alias/cue rows (parent by canonical name). Lossy on purpose: matchCase,
 * local aliases, weak cues, roles and units are matching metadata; keep the Lexicon JSON to round-trip.
 */
export function toLexiconRows(lex: Lexicon): LexiconRowsShape {
  const nameOf = new Map(lex.entities.map((e) => [e.id, e.name]));
  const rows = (w: WordsByLang): Array<{ text: string; lang: string }> =>
    Object.entries(w).flatMap(([lang, list]) => (list ?? []).map((text) => ({ text, lang })));
  return {
    entities: lex.entities.map((e) => ({
      name: e.name,
      kind: e.kind,
      parent: e.parent ? (nameOf.get(e.parent) ?? null) : null,
      aliases: [...rows(e.aliases), ...rows(e.localAliases ?? {})],
    })),
    metrics: lex.metrics.map((m) => ({
      id: m.id,
      label: m.id.replace(/_/g, ' '),
      definition: m.definition,
      cues: [...rows(m.cues), ...rows(m.weakCues ?? {})],
    })),
  };
}
