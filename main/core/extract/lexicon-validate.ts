/**
 * Validation of a lexicon file an analyst imports. Every problem names the entry it is in
 * (`entities[12] "openai": aliases.ko[1] …`) so the file can be fixed without guessing.
 */
import type { EntityEntry, Lexicon, LexiconLang, MetricEntry, WordsByLang } from './lexicon';

// Kept local (not imported as values from lexicon.ts) to avoid a runtime import cycle.
const LANGS: readonly LexiconLang[] = ['en', 'ko', 'ja', 'zh-Hans', 'zh-Hant'];
const KINDS = ['company', 'investor', 'government', 'agency', 'outlet', 'person', 'country', 'other'];
const UNIT_KINDS = ['money', 'percent', 'other'];
const ID_RE = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const MAX_WORD = 80;

export class LexiconError extends Error {
  constructor(readonly issues: string[]) {
    super(
      `invalid lexicon: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? `; … (${issues.length} problems)` : ''}`,
    );
    this.name = 'LexiconError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function words(v: unknown, where: string, issues: string[], required: boolean): WordsByLang {
  const out: WordsByLang = {};
  if (v === undefined && !required) return out;
  if (!isObj(v)) {
    issues.push(`${where} must be an object of language → list of words`);
    return out;
  }
  for (const [lang, list] of Object.entries(v)) {
    if (!(LANGS as readonly string[]).includes(lang)) {
      issues.push(`${where}: unknown language "${lang}" (use ${LANGS.join(', ')})`);
      continue;
    }
    if (!Array.isArray(list)) {
      issues.push(`${where}.${lang} must be a list of strings`);
      continue;
    }
    const ok: string[] = [];
    list.forEach((w, i) => {
      if (typeof w !== 'string' || w.trim() === '')
        issues.push(`${where}.${lang}[${i}] must be a non-empty string`);
      else if (w.length > MAX_WORD)
        issues.push(`${where}.${lang}[${i}] is longer than ${MAX_WORD} characters`);
      else if (w !== w.trim()) issues.push(`${where}.${lang}[${i}] "${w}" has leading/trailing spaces`);
      else ok.push(w);
    });
    out[lang as LexiconLang] = ok;
  }
  return out;
}

function entity(v: unknown, i: number, issues: string[]): EntityEntry | null {
  if (!isObj(v)) {
    issues.push(`entities[${i}] must be an object`);
    return null;
  }
  const label = `entities[${i}]${typeof v.id === 'string' ? ` "${v.id}"` : ''}`;
  const before = issues.length;
  if (typeof v.id !== 'string' || !ID_RE.test(v.id)) issues.push(`${label}: id must be a lowercase slug`);
  if (typeof v.name !== 'string' || v.name.trim() === '')
    issues.push(`${label}: name must be a non-empty string`);
  if (typeof v.kind !== 'string' || !KINDS.includes(v.kind))
    issues.push(`${label}: kind must be one of ${KINDS.join(', ')}`);
  if (v.parent !== undefined && typeof v.parent !== 'string')
    issues.push(`${label}: parent must be an entity id`);
  if (v.matchCase !== undefined && typeof v.matchCase !== 'boolean')
    issues.push(`${label}: matchCase must be true or false`);
  const aliases = words(v.aliases, `${label}: aliases`, issues, true);
  const localAliases = words(v.localAliases, `${label}: localAliases`, issues, false);
  if (issues.length > before) return null;
  const e: EntityEntry = {
    id: v.id as string,
    name: v.name as string,
    kind: v.kind as EntityEntry['kind'],
    aliases,
  };
  if (typeof v.parent === 'string') e.parent = v.parent;
  if (v.matchCase === true) e.matchCase = true;
  if (v.localAliases !== undefined) e.localAliases = localAliases;
  return e;
}

function metric(v: unknown, i: number, issues: string[]): MetricEntry | null {
  if (!isObj(v)) {
    issues.push(`metrics[${i}] must be an object`);
    return null;
  }
  const label = `metrics[${i}]${typeof v.id === 'string' ? ` "${v.id}"` : ''}`;
  const before = issues.length;
  if (typeof v.id !== 'string' || !ID_RE.test(v.id))
    issues.push(`${label}: id must be a lowercase id (investment, market_cap …)`);
  if (typeof v.definition !== 'string') issues.push(`${label}: definition must be a string`);
  if (v.roles !== 'subject' && v.roles !== 'subject-object')
    issues.push(`${label}: roles must be "subject" or "subject-object"`);
  if (
    !Array.isArray(v.units) ||
    v.units.length === 0 ||
    v.units.some((u) => !UNIT_KINDS.includes(u as string))
  )
    issues.push(`${label}: units must be a non-empty list of ${UNIT_KINDS.join(', ')}`);
  if (v.fallbackRole !== undefined && v.fallbackRole !== 'subject' && v.fallbackRole !== 'object')
    issues.push(`${label}: fallbackRole must be "subject" or "object"`);
  if (v.objectOptional !== undefined && typeof v.objectOptional !== 'boolean')
    issues.push(`${label}: objectOptional must be true or false`);
  const cues = words(v.cues, `${label}: cues`, issues, true);
  const weakCues = words(v.weakCues, `${label}: weakCues`, issues, false);
  const boundCues = words(v.boundCues, `${label}: boundCues`, issues, false);
  const changeCues = words(v.changeCues, `${label}: changeCues`, issues, false);
  if (v.change !== undefined && typeof v.change !== 'boolean')
    issues.push(`${label}: change must be true or false`);
  if (issues.length > before) return null;
  const m: MetricEntry = {
    id: v.id as string,
    definition: v.definition as string,
    roles: v.roles as MetricEntry['roles'],
    units: v.units as MetricEntry['units'],
    cues,
  };
  if (v.fallbackRole !== undefined) m.fallbackRole = v.fallbackRole as 'subject' | 'object';
  if (v.weakCues !== undefined) m.weakCues = weakCues;
  if (v.objectOptional === true) m.objectOptional = true;
  if (v.boundCues !== undefined) m.boundCues = boundCues;
  if (v.changeCues !== undefined) m.changeCues = changeCues;
  if (v.change === true) m.change = true;
  return m;
}

const fold = (s: string): string => s.toLowerCase();

/** Checks cross-entry rules: unique ids, known parents, one entity per alias, one metric per cue and language. */
function crossCheck(entities: EntityEntry[], metrics: MetricEntry[], issues: string[]): void {
  const ids = new Map<string, number>();
  entities.forEach((e, i) => {
    const prev = ids.get(e.id);
    if (prev !== undefined) issues.push(`entities[${i}] "${e.id}": id already used by entities[${prev}]`);
    ids.set(e.id, i);
  });
  entities.forEach((e, i) => {
    if (e.parent !== undefined && !ids.has(e.parent))
      issues.push(`entities[${i}] "${e.id}": parent "${e.parent}" is not an entity id`);
    if (e.parent === e.id) issues.push(`entities[${i}] "${e.id}": an entity cannot be its own parent`);
  });
  const owner = new Map<string, string>();
  for (const e of entities) {
    const all = [e.name, ...Object.values(e.aliases).flat(), ...Object.values(e.localAliases ?? {}).flat()];
    for (const a of new Set(all.map(fold))) {
      const other = owner.get(a);
      if (other !== undefined && other !== e.id)
        issues.push(`alias "${a}" names both "${other}" and "${e.id}"`);
      else owner.set(a, e.id);
    }
  }
  const metricIds = new Set<string>();
  const cueOwner = new Map<string, string>();
  metrics.forEach((m, i) => {
    if (metricIds.has(m.id)) issues.push(`metrics[${i}] "${m.id}": id already used`);
    metricIds.add(m.id);
    for (const src of [m.cues, m.weakCues ?? {}, m.boundCues ?? {}, m.changeCues ?? {}]) {
      for (const [lang, list] of Object.entries(src)) {
        for (const c of list ?? []) {
          const key = `${lang}\u0000${fold(c)}`;
          const other = cueOwner.get(key);
          if (other !== undefined && other !== m.id)
            issues.push(`cue "${c}" (${lang}) is listed for both "${other}" and "${m.id}"`);
          cueOwner.set(key, m.id);
        }
      }
    }
  });
}

/** Validates untrusted JSON ({entities, metrics, blockers?}) and returns a typed Lexicon, or throws LexiconError. */
export function validateLexicon(json: unknown): Lexicon {
  const issues: string[] = [];
  if (!isObj(json)) throw new LexiconError(['the lexicon must be an object with "entities" and "metrics"']);
  if (!Array.isArray(json.entities)) issues.push('"entities" must be a list');
  if (!Array.isArray(json.metrics)) issues.push('"metrics" must be a list');
  if (
    json.blockers !== undefined &&
    (!Array.isArray(json.blockers) || json.blockers.some((b) => typeof b !== 'string' || b === ''))
  )
    issues.push('"blockers" must be a list of non-empty strings');
  if (issues.length > 0) throw new LexiconError(issues);
  const entities = (json.entities as unknown[])
    .map((v, i) => entity(v, i, issues))
    .filter((e): e is EntityEntry => e !== null);
  const metrics = (json.metrics as unknown[])
    .map((v, i) => metric(v, i, issues))
    .filter((m): m is MetricEntry => m !== null);
  if (issues.length === 0) crossCheck(entities, metrics, issues);
  if (issues.length > 0) throw new LexiconError(issues);
  return { entities, metrics, blockers: ((json.blockers as string[] | undefined) ?? []).slice() };
}
