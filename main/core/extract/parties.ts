/**
 * Which name a party carries in a claim. Claims are reconciled by (subject, object, metric), so
 * every way of naming the same actor must end at one name:
 *  - a ministry, agency or office of a government acts for it (경제산업성, Commerce Department,
 *    White House → that government), except when it fines someone: a fine is the regulator's own
 *    decision and is reported under its name (공정위, European Commission);
 *  - a country acts through its government ("Japan commits …", "한국이 … 투자") except where the
 *    country itself is meant: the target of a tariff ("tariffs on South Korea") keeps the country,
 *    and a country that only says where a company spends ("TSMC, 美에 투자") is a place, not a party;
 *  - "the government" / 정부 / 政府 without a country is the government the article is about
 *    (resolveGenericGovernment, run once per text before any sentence is analysed).
 */
import type { EntityEntry } from './lexicon';
import type { CompiledLexicon, Mention } from './lexicon-matcher';
import type { LangFamily } from './text-scripts';

/** Lexicon id of the generic "government" entity. */
export const GENERIC_GOVERNMENT = 'government';

// Whose government a bare 정부/政府 means when the article names none: the home country of the
// language (Korean and Japanese news). Chinese and English are written in too many places.
const HOME_GOVERNMENT: Partial<Record<LangFamily, string>> = {
  ko: 'korea-government',
  ja: 'japan-government',
};

const ACTOR_KINDS = new Set(['government', 'agency', 'country']);

/** The government an agency, office or country acts for, or null. */
function governmentOf(lex: CompiledLexicon, e: EntityEntry): EntityEntry | null {
  if (!ACTOR_KINDS.has(e.kind) || !e.parent) return null;
  const p = lex.entity(e.parent);
  return p && p.kind === 'government' ? p : null;
}

/** The name a party carries, for its role in a claim (see the file comment). */
export function partyName(
  lex: CompiledLexicon,
  id: string,
  role: 'subject' | 'object',
  metric: string | null,
  subjectId: string | null,
): string | null {
  const e = lex.entity(id);
  if (!e) return null;
  if (e.kind === 'country' && role === 'object') {
    if (metric === 'tariff') return e.name;
    const s = subjectId ? lex.entity(subjectId) : undefined;
    if (s && !ACTOR_KINDS.has(s.kind)) return null;
  }
  if (metric === 'fine' && e.kind === 'agency') return e.name;
  return (governmentOf(lex, e) ?? e).name;
}

const countryByGovernment = new WeakMap<CompiledLexicon, Map<string, string>>();

/** A tariff falls on a country's goods: "Korean government" as a tariff's object is "South Korea". */
export function tariffTarget(lex: CompiledLexicon, name: string | null): string | null {
  if (name === null) return null;
  let map = countryByGovernment.get(lex);
  if (!map) {
    map = new Map();
    for (const e of lex.lexicon.entities) {
      const g = governmentOf(lex, e);
      if (e.kind === 'country' && g && !map.has(g.name)) map.set(g.name, e.name);
    }
    countryByGovernment.set(lex, map);
  }
  return map.get(name) ?? name;
}

/**
 * Rewrites the generic "government" mentions of one text to the government it means: the last
 * government or agency named before it, else the language's home government, else the first one
 * named after it, else the country named last before it. Unresolved mentions are dropped.
 */
export function resolveGenericGovernment(
  mentions: Mention[],
  lang: LangFamily,
  lex: CompiledLexicon,
): Mention[] {
  if (!mentions.some((m) => m.kind === 'entity' && m.id === GENERIC_GOVERNMENT)) return mentions;
  const actorOf = (m: Mention): { gov: string; country: boolean } | null => {
    if (m.kind !== 'entity' || m.id === GENERIC_GOVERNMENT) return null;
    const e = lex.entity(m.id);
    if (!e) return null;
    const g = governmentOf(lex, e);
    if (e.kind === 'country') return g ? { gov: g.id, country: true } : null;
    if (e.kind === 'government') return { gov: g?.id ?? e.id, country: false };
    return g ? { gov: g.id, country: false } : null;
  };
  let lastGov: string | null = null;
  let lastCountry: string | null = null;
  const firstGov = mentions.map(actorOf).find((a) => a !== null && !a.country)?.gov ?? null;
  const out: Mention[] = [];
  for (const m of mentions) {
    const a = actorOf(m);
    if (a) {
      if (a.country) lastCountry = a.gov;
      else lastGov = a.gov;
    }
    if (m.kind !== 'entity' || m.id !== GENERIC_GOVERNMENT) {
      out.push(m);
      continue;
    }
    const id = lastGov ?? HOME_GOVERNMENT[lang] ?? firstGov ?? lastCountry;
    if (id) out.push({ ...m, id });
  }
  return out;
}
