/**
 * Picks subject and object for one amount from the entity mentions of its sentence, scoring each
 * mention by its grammatical marker (role-markers.ts) and its distance from the amount. Same rules
 * for every sentence: no sentence-specific patterns.
 */
import type { Marker } from './role-markers';

export interface RoleMention {
  id: string;
  start: number;
  end: number;
  marker: Marker;
  clause: number;
  /** A person speaks or acts for an organisation; it is a party only when no organisation is. */
  person?: boolean;
}

export interface RoleTarget {
  /** Position of the amount and its clause. */
  start: number;
  end: number;
  clause: number;
  /** Position of the chosen metric cue, if any (a possessor right before it is the subject). */
  cueStart: number | null;
  /** 'subject-object' metrics take an object; 'subject' metrics do not. */
  twoPlace: boolean;
  /** The clause says the subject receives (raised, 투자받다, 獲得): recipient = object. */
  inverted: boolean;
  /** One-party metrics owned by the company invested in (valuation, funding round): "a round in X". */
  ownerIsRecipient?: boolean;
}

export interface RoleChoice {
  mention: RoleMention;
  score: number;
  /** 'marked' = a particle/preposition says so; 'plain' = word order; 'weak' = a guess. */
  quality: 'marked' | 'plain' | 'weak';
}

export interface RolePick {
  subject: RoleChoice | null;
  object: RoleChoice | null;
}

type Scores = Partial<Record<Marker, number>>;

// Base evidence per marker. Higher = more certain the mention plays that role.
// prettier-ignore
const SUBJECT_TWO: Scores = { FROM: 5, AGENT: 5, BACKER: 5, SUBJ: 4.5, TOPIC: 4.5, GEN: 3.5, BARE: 3, COORD: 1, MOD: 1, AT: 1, CUEMOD: 1 };
// prettier-ignore
const SUBJECT_TWO_INVERTED: Scores = { FROM: 5, AGENT: 5, BACKER: 5, AT: 3.5, GEN: 3, MOD: 1 };
// prettier-ignore
const SUBJECT_ONE: Scores = {
  GEN: 5, CUEMOD: 5, SUBJ: 4.5, TOPIC: 4.5, OF: 4, BARE: 3, POSTVERB: 2, AGENT: 2, MOD: 1.5, AT: 1.5, COORD: 1, FROM: 1, ACC: 1,
  OBJ: 0.5, WITH: 0.5, FOR: 0.5,
};
// "ASML leads a €1.7bn round in Mistral AI", "미스트랄AI에 대한 투자": the recipient owns the round.
const SUBJECT_ONE_RECIPIENT: Scores = { ...SUBJECT_ONE, OBJ: 5 };
// prettier-ignore
const OBJECT_TWO: Scores = { OBJ: 5, POSTVERB: 4.5, CUEMOD: 4.5, ACC: 4, OF: 3, FOR: 3, COORD: 2.5, WITH: 2.5, GEN: 2, BARE: 1.5, MOD: 1, AT: 1 };
// prettier-ignore
const OBJECT_TWO_INVERTED: Scores = { SUBJ: 5, TOPIC: 5, BARE: 4, OBJ: 3, ACC: 2, POSTVERB: 2, COORD: 2, CUEMOD: 2, GEN: 1.5, MOD: 1 };

function positionPenalty(m: RoleMention, t: RoleTarget): number {
  const d = t.clause - m.clause;
  let p = d === 0 ? 0 : d > 0 ? 0.4 * Math.min(d, 3) : 1 + 0.4 * Math.min(-d, 3);
  const dist = m.end <= t.start ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0;
  p += Math.min(dist, 300) / 300;
  return p;
}

function quality(base: number): RoleChoice['quality'] {
  return base >= 4 ? 'marked' : base >= 2.5 ? 'plain' : 'weak';
}

function best(
  ms: readonly RoleMention[],
  t: RoleTarget,
  table: Scores,
  adjust: (m: RoleMention, base: number) => number,
  skipId: string | null,
): RoleChoice | null {
  let top: RoleChoice | null = null;
  for (const m of ms) {
    if (m.id === skipId) continue;
    const raw = table[m.marker];
    if (raw === undefined) continue;
    const base = adjust(m, raw);
    const score = base - positionPenalty(m, t);
    if (score <= 0) continue;
    if (!top || score > top.score) top = { mention: m, score, quality: quality(base) };
  }
  return top;
}

export function pickRoles(ms: readonly RoleMention[], t: RoleTarget): RolePick {
  const before = (m: RoleMention): boolean => m.end <= t.start;
  const governsCue = (m: RoleMention): boolean =>
    m.marker === 'GEN' && t.cueStart !== null && m.end <= t.cueStart && t.cueStart - m.end <= 3;
  const subjectAdjust = (m: RoleMention, base: number): number => {
    // "오픈AI의 기업가치", "OpenAI's valuation": the possessor right before the cue owns the metric;
    // for a flow ("OpenAIの株式27%を保有") it is rather the object.
    if (!t.twoPlace && governsCue(m)) return base + 1;
    if ((m.marker === 'BARE' || m.marker === 'GEN') && !before(m)) return base - 1.5;
    return m.person ? base - 1.5 : base;
  };
  const table = !t.twoPlace
    ? t.ownerIsRecipient
      ? SUBJECT_ONE_RECIPIENT
      : SUBJECT_ONE
    : t.inverted
      ? SUBJECT_TWO_INVERTED
      : SUBJECT_TWO;
  const subject = best(ms, t, table, subjectAdjust, null);
  if (!t.twoPlace) return { subject, object: null };
  const objectAdjust = (m: RoleMention, base: number): number => {
    // Money flows between organisations; a person next to one ("与美国总统特朗普") is not the counterparty.
    if (m.person) return 0;
    if (m.marker === 'BARE' && t.inverted && !before(m)) return 1.5;
    if (!t.inverted && governsCue(m)) return base + 2;
    return base;
  };
  const object = best(
    ms,
    t,
    t.inverted ? OBJECT_TWO_INVERTED : OBJECT_TWO,
    objectAdjust,
    subject?.mention.id ?? null,
  );
  return { subject, object };
}

/**
 * The sentence's own "who does what to whom", independent of any amount: used when a later
 * sentence has an amount but names nobody ("이는 … 1000억 달러 규모의 …").
 */
export function sentenceFrame(ms: readonly RoleMention[]): { subject: string | null; object: string | null } {
  let subject: RoleMention | null = null;
  let sScore = 0;
  for (const m of ms) {
    const s = SUBJECT_TWO[m.marker] ?? 0;
    if (s > sScore) {
      subject = m;
      sScore = s;
    }
  }
  let object: RoleMention | null = null;
  let oScore = 0;
  for (const m of ms) {
    if (m.id === subject?.id) continue;
    const s = OBJECT_TWO[m.marker] ?? 0;
    if (s > oScore) {
      object = m;
      oScore = s;
    }
  }
  return { subject: subject?.id ?? null, object: object?.id ?? null };
}
