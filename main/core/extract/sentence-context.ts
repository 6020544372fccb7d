/**
 * Everything the claim builder needs to know about one sentence, computed once and only for
 * sentences that matter (they hold an amount, or a later amount falls back to them): clause
 * layout, parties with their grammatical markers, conditions, the cited outlet and the frame.
 */
import { clauseIndex, layoutSentence, parenAt, type SentenceLayout } from './clauses';
import { citedOutlet } from './citation';
import { findConditions, type Condition } from './conditions';
import { findDates } from './as-of';
import type { CompiledLexicon, Mention } from './lexicon-matcher';
import { markerOf } from './role-markers';
import { sentenceFrame, type RoleMention } from './roles';
import type { Sentence } from './sentences';
import type { LangFamily } from './text-scripts';

export interface SentenceContext {
  sentence: Sentence;
  lang: LangFamily;
  layout: SentenceLayout;
  /** Parties: entity mentions outside conditions and asides, with markers. */
  roles: RoleMention[];
  outlets: Mention[];
  cues: Mention[];
  conditions: Condition[];
  /** Entity id of the outlet the sentence cites, or null. */
  citation: string | null;
  /** Who does what to whom in this sentence, ignoring amounts: for later fallbacks. */
  frame: { subject: string | null; object: string | null };
  dates(): ReturnType<typeof findDates>;
}

// Between an organisation and a person who speaks for it ("엔비디아 CEO 젠슨 황은", "Nvidia CEO Jensen Huang").
const SPOKESPERSON_GAP =
  /^[\s·・,]*(?:의|の|的)?[\s·・]*(?:CEO|최고경영자|회장|대표|창업자|의장|社長|会長|最高経営責任者|董事长|董事長|首席执行官|執行長|创始人|創辦人|chief executive|chairman|founder|co-founder|president|boss)?[\s·・,]*$/i;

export function analyzeSentence(
  text: string,
  s: Sentence,
  mentions: readonly Mention[],
  lang: LangFamily,
  lex: CompiledLexicon,
): SentenceContext {
  const layout = layoutSentence(text, s, lang === 'ja' || lang === 'zh');
  const cues = mentions.filter((m) => m.kind === 'metric');
  const cuePositions = { starts: new Set(cues.map((c) => c.start)), ends: new Set(cues.map((c) => c.end)) };
  const outlets: Mention[] = [];
  let parties: RoleMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'entity') continue;
    const e = lex.entity(m.id);
    if (!e) continue;
    if (e.kind === 'outlet') {
      outlets.push(m);
      continue;
    }
    const marker = markerOf(text, m.start, m.end, s.start, s.end, lang, cuePositions);
    const party: RoleMention = {
      id: m.id,
      start: m.start,
      end: m.end,
      marker,
      clause: clauseIndex(layout, m.start),
    };
    if (e.kind === 'person') party.person = true;
    parties.push(party);
  }
  demoteNationalities(text, parties, lex);
  parties = mergeRestatements(text, parties, layout, lex);

  const subjectStarts = parties.filter((p) => p.marker === 'SUBJ').map((p) => p.start);
  const topicEnds = parties.filter((p) => p.marker === 'TOPIC').map((p) => p.end + 1);
  const conditions = findConditions(text, s, layout, lang, subjectStarts, topicEnds);
  // Parties inside a condition or an aside are not parties to the amount.
  const roles = parties.filter(
    (p) =>
      !conditions.some((c) => p.start >= c.start && p.start < c.end) && parenAt(layout, p.start) === null,
  );

  let dates: ReturnType<typeof findDates> | null = null;
  return {
    sentence: s,
    lang,
    layout,
    roles,
    outlets,
    cues,
    conditions,
    citation: citedOutlet(text, s.start, s.end, outlets, lang),
    frame: sentenceFrame(roles),
    dates: () => (dates ??= findDates(text.slice(s.start, s.end), lang)),
  };
}

/**
 * "アマゾン(Amazon)は", "마이크로소프트(MS)와": the parenthesised name restates the one before it;
 * keep the outer mention. "엔비디아 CEO 젠슨 황은": the person speaks for the company; the company
 * takes the person's marker.
 */
function mergeRestatements(
  text: string,
  parties: RoleMention[],
  layout: SentenceLayout,
  lex: CompiledLexicon,
): RoleMention[] {
  const out: RoleMention[] = [];
  for (const p of parties) {
    const prev = out[out.length - 1];
    if (prev) {
      const paren = parenAt(layout, p.start);
      if (paren && paren[0] - prev.end <= 1 && paren[0] >= prev.end) continue;
      const isPerson = lex.entity(p.id)?.kind === 'person';
      const prevKind = lex.entity(prev.id)?.kind;
      if (
        isPerson &&
        prevKind !== 'person' &&
        p.start - prev.end <= 14 &&
        SPOKESPERSON_GAP.test(text.slice(prev.end, p.start))
      ) {
        out[out.length - 1] = { ...prev, marker: p.marker, end: p.end };
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

// Between a country used as a nationality and the name it qualifies: "フランスの生成AI新興企業ミストラルAI",
// "美國總統川普", "French start-up Mistral AI" — descriptive words only, no punctuation or particle.
const NATIONALITY_GAP = /^(?:の|의|的|'s|’s)?[^\s,，、。.;；:：()（）「」]{0,14}$|^\s[A-Za-z -]{0,30}\s$/;
const LOOSE: ReadonlySet<string> = new Set(['GEN', 'MOD', 'BARE', 'CUEMOD']);

/** A country that only says where the next party is from is a modifier, not a party. */
function demoteNationalities(text: string, parties: RoleMention[], lex: CompiledLexicon): void {
  for (let i = 0; i + 1 < parties.length; i++) {
    const p = parties[i]!;
    const next = parties[i + 1]!;
    if (!LOOSE.has(p.marker) || next.clause !== p.clause || lex.entity(p.id)?.kind !== 'country') continue;
    if (lex.entity(next.id)?.kind === 'country') continue;
    if (NATIONALITY_GAP.test(text.slice(p.end, next.start))) parties[i] = { ...p, marker: 'MOD' };
  }
}
