/**
 * The claim one amount makes judging only by its own sentence: metric from the nearest cue,
 * subject/object from grammar, conditions and other notes, as-of, tranche/total, citation.
 * Fallbacks to other sentences happen in build-claims.ts.
 */
import type { Quantity } from '../../../shared/quantity/types';
import { resolveAsOf, type DateParts } from './as-of';
import { clauseEnd, clauseIndex, parenAt } from './clauses';
import { conditionApplies } from './conditions';
import type { MetricEntry } from './lexicon';
import type { CompiledLexicon, Mention } from './lexicon-matcher';
import { changedQuantity, chooseMetric, holdingValue, unitKind } from './metric-choice';
import { extraNotes } from './notes';
import { leadPart, partOf, type Part } from './parts';
import { partyName } from './parties';
import { clauseIsInverted } from './role-markers';
import { pickRoles, type RoleChoice } from './roles';
import type { SentenceContext } from './sentence-context';

/** Where a field's value came from; drives the confidence. */
export type Source = 'marked' | 'plain' | 'weak' | 'coref' | 'previous' | 'headline' | 'none';
export type MetricSource = 'clause' | 'sentence' | 'weak' | 'coref' | 'inherited' | 'none';

export interface LocalClaim {
  q: Quantity;
  sentenceIndex: number;
  metric: MetricEntry | null;
  metricSource: MetricSource;
  subject: string | null;
  subjectSource: Source;
  object: string | null;
  objectSource: Source;
  asOf: string | null;
  notes: string[];
  part: Part | null;
  citation: string | null;
  /** The value of a holding: a valuation that keeps its object (the company held). */
  holding: boolean;
}

// Topic particles after a cue word: "契約では", "매출은".
const TOPIC_AFTER_CUE: Partial<Record<SentenceContext['lang'], readonly string[]>> = {
  ko: ['은 ', '는 ', '에서는', '에는'],
  ja: ['では', 'には', 'は'],
};

/** End of the amount including parenthesised restatements right after it ("500억 달러(약 70조원)"). */
function amountEnd(text: string, q: Quantity): number {
  let end = q.span[1];
  for (const e of q.equivalents) end = Math.max(end, e.span[1]);
  const c = text[end];
  if (end > q.span[1] && (c === ')' || c === '）')) end++;
  return end;
}

function roleSource(c: RoleChoice | null): Source {
  return c === null ? 'none' : c.quality;
}

export function localClaim(
  text: string,
  q: Quantity,
  sentenceIndex: number,
  ctx: SentenceContext,
  lex: CompiledLexicon,
  article: DateParts | null,
): LocalClaim {
  const { layout, sentence: s, lang } = ctx;
  const start = q.span[0];
  const end = amountEnd(text, q);
  const clause = clauseIndex(layout, start);
  const cStart = layout.clauseStarts[clause]!;
  const cEnd = clauseEnd(layout, clause, s.end);
  const amountParen = parenAt(layout, start);
  const ownConditions = ctx.conditions.filter((c) => start >= c.start && start < c.end);
  // Cues inside a condition or an aside describe that, not this amount (unless the amount is there too).
  const excluded = (pos: number): boolean => {
    const p = parenAt(layout, pos);
    if (p !== null && p !== amountParen) return true;
    return ctx.conditions.some((c) => pos >= c.start && pos < c.end && !ownConditions.includes(c));
  };
  const isTopic = (cue: Mention): boolean => {
    const after = text.slice(cue.end, cue.end + 3);
    return (TOPIC_AFTER_CUE[lang] ?? []).some((t) => after.startsWith(t));
  };
  const choice = chooseMetric(
    ctx.cues,
    { start, end, clause },
    (pos) => clauseIndex(layout, pos),
    unitKind(q.unit),
    lex.metric,
    excluded,
    isTopic,
  );
  let metric = choice ? (lex.metric(choice.id) ?? null) : null;
  // "営業益62％増", "revenue of $57bn, up 62%": a growth rate takes the metric of what grew.
  if (choice && metric?.change) {
    const grown = changedQuantity(
      ctx.cues,
      choice.cue,
      (pos) => clauseIndex(layout, pos),
      lex.metric,
      excluded,
    );
    if (grown) metric = lex.metric(grown.id) ?? metric;
  }
  let inverted = clauseIsInverted(text, cStart, cEnd, lang);
  // A named source ("from A", "A로부터", "Aから") makes the grammatical subject the recipient, and
  // turns a funding round into A's investment in B ("B raised $X from A"). Not for a purchase:
  // "OpenAI buys $38bn of capacity from AWS" names the seller, the counterparty of the contract.
  const purchase = metric?.id === 'contract_value';
  const roles = purchase
    ? ctx.roles.map((r) => (r.marker === 'FROM' ? { ...r, marker: 'OBJ' as const } : r))
    : ctx.roles;
  const source = roles.some((r) => (r.marker === 'FROM' || r.marker === 'BACKER') && r.clause <= clause);
  if (source) inverted = true;
  if (source && metric?.id === 'funding_round') metric = lex.metric('investment') ?? metric;
  // "its stake valued at $135bn", "OpenAI株…保有へ 評価額1350億ドル": the value of a holding is a
  // valuation between the holder and the company held.
  const holding = holdingValue(metric, choice?.cue ?? null, ctx.cues, unitKind(q.unit), lex);
  if (holding) metric = holding;
  const pick = pickRoles(roles, {
    start,
    end,
    clause,
    cueStart: choice ? choice.cue.start : null,
    twoPlace: holding !== null || (metric ? metric.roles === 'subject-object' : true),
    inverted,
    ownerIsRecipient: metric?.fallbackRole === 'object',
  });

  const notes = ctx.conditions.filter((c) => conditionApplies(c, start, clause, lang)).map((c) => c.text);
  // Period phrases qualify their clause, or the next one when they stand alone as a short opening
  // clause ("Over the next four years, Hyundai will …").
  const prevStart = clause > 0 ? layout.clauseStarts[clause - 1]! : cStart;
  const pStart = cStart - prevStart <= 40 ? prevStart : cStart;
  notes.push(...extraNotes(text.slice(pStart, cEnd), text.slice(s.start, s.end), lang, metric?.id ?? null));
  const asOf = resolveAsOf(
    ctx.dates(),
    start - s.start,
    (pos) => clauseIndex(layout, s.start + pos) === clause,
    article,
  );
  notes.push(...asOf.notes);

  const lead = /^[^0-9０-９]*/.exec(q.text)?.[0] ?? '';
  const before = text.slice(Math.max(cStart, start - 16), start) + lead;
  const after = text.slice(end, Math.min(cEnd, end + 12));

  const metricSource: MetricSource = !choice
    ? 'none'
    : choice.cue.weak
      ? 'weak'
      : choice.sameClause
        ? 'clause'
        : 'sentence';
  const subjectId = pick.subject?.mention.id ?? null;
  const subject = subjectId ? partyName(lex, subjectId, 'subject', metric?.id ?? null, null) : null;
  let object = pick.object
    ? partyName(lex, pick.object.mention.id, 'object', metric?.id ?? null, subjectId)
    : null;
  // A ministry and its government are one party once named alike ("中國國防部…中國").
  if (object === subject) object = null;
  return {
    q,
    sentenceIndex,
    metric,
    metricSource,
    subject,
    subjectSource: roleSource(pick.subject),
    object,
    objectSource: object === null ? 'none' : roleSource(pick.object),
    holding: holding !== null,
    asOf: asOf.asOf,
    notes,
    part:
      partOf(before, after, lang) ??
      (clause > 0 ? leadPart(text.slice(s.start, layout.clauseStarts[1]! - 1), lang) : null),
    citation: ctx.citation,
  };
}

const SUBJECT_WEIGHT: Record<Source, number> = {
  marked: 1,
  plain: 0.9,
  weak: 0.75,
  coref: 0.85,
  previous: 0.7,
  headline: 0.6,
  none: 0.5,
};
const OBJECT_WEIGHT: Record<Source, number> = {
  marked: 1,
  plain: 0.92,
  weak: 0.8,
  coref: 0.9,
  previous: 0.8,
  headline: 0.75,
  none: 0.7,
};
const METRIC_WEIGHT: Record<MetricSource, number> = {
  clause: 1,
  sentence: 0.9,
  weak: 0.85,
  coref: 0.85,
  inherited: 0.6,
  none: 0.4,
};
/** How much a metric source can be trusted, for deciding whether another mention's metric is better. */
export const METRIC_STRENGTH = METRIC_WEIGHT;

export function confidenceOf(c: LocalClaim): number {
  let v = SUBJECT_WEIGHT[c.subjectSource] * METRIC_WEIGHT[c.metricSource];
  if (!c.metric || (c.metric.roles === 'subject-object' && !c.metric.objectOptional))
    v *= OBJECT_WEIGHT[c.objectSource];
  return Math.round(v * 100) / 100;
}
