/**
 * Claim building for one article, given the quantities already found in it. Order of evidence for
 * each amount: its own sentence (local-claim.ts) → the same amount stated earlier in the article
 * (a repeated "350억 달러" is the same money) → the previous sentences of the paragraph → the
 * headline; each step away lowers the confidence.
 *
 * Title: amounts in the title are claims with inTitle = true and spans into the title. When the
 * title is also the first lines of the text, it is not analysed twice: those claims come from the
 * text and are re-based onto the title.
 */
import type { Quantity } from '../../../shared/quantity/types';
import { parseArticleDate, type DateParts } from './as-of';
import { findCandidates, type CandidateEntity } from './candidates';
import { articlePass } from './article-pass';
import type { ArticleInput, ClaimDraft, ExtractionResult } from './claim-types';
import { Doc, frameNames, type Frame } from './article-doc';
import { Earlier, fallBack } from './fallbacks';
import type { CompiledLexicon } from './lexicon-matcher';
import { confidenceOf, localClaim, type LocalClaim } from './local-claim';
import { tariffTarget } from './parties';
import { scaleFlags } from './plausibility';
import { sentenceAt } from './sentences';
import { detectLang, langFamily } from './text-scripts';

/** Bump when claim building changes, so stored candidates can be recognised as stale and re-extracted. */
export const CLAIM_BUILDER_VERSION = 2;

function toDraft(
  c: LocalClaim,
  doc: Doc,
  citation: string | null,
  lex: CompiledLexicon,
  inTitle: boolean,
): ClaimDraft {
  const s = doc.sentences[c.sentenceIndex]!;
  const q = c.q;
  const metric = c.metric?.id ?? null;
  const draft: ClaimDraft = {
    value: q.value,
    unit: q.unit,
    qualifier: q.qualifier,
    low: q.low,
    high: q.high,
    text: q.text,
    span: [q.span[0], q.span[1]],
    quote: doc.text.slice(s.start, s.end),
    quoteSpan: [s.start, s.end],
    equivalents: q.equivalents.map((e) => ({ ...e })),
    subject: c.subject,
    object:
      c.metric && c.metric.roles === 'subject' && !c.holding
        ? null
        : metric === 'tariff'
          ? tariffTarget(lex, c.object)
          : c.object,
    metric,
    confidence: confidenceOf(c),
    asOf: c.asOf,
    citedSource: citation ? (lex.entity(citation)?.name ?? null) : null,
    note: c.notes.length > 0 ? [...new Set(c.notes)].join('; ') : null,
    part: c.part,
    inTitle,
    flags: scaleFlags(metric, q.value, q.unit),
  };
  if (q.alternativeUnits) draft.alternativeUnits = [...q.alternativeUnits];
  return draft;
}

function localClaims(
  doc: Doc,
  quantities: readonly Quantity[],
  lex: CompiledLexicon,
  article: DateParts | null,
  headline: Frame | null,
  earlier: Earlier,
): LocalClaim[] {
  const out: LocalClaim[] = [];
  const sorted = [...quantities].sort((a, b) => a.span[0] - b.span[0]);
  for (const q of sorted) {
    const si = sentenceAt(doc.sentences, q.span[0]);
    if (si < 0) continue;
    const c = localClaim(doc.text, q, si, doc.ctx(si), lex, article);
    fallBack(c, doc, earlier, headline, lex);
    earlier.add(c);
    out.push(c);
  }
  return out;
}

function draftsOf(
  doc: Doc,
  claims: readonly LocalClaim[],
  lex: CompiledLexicon,
  inTitle: boolean,
): ClaimDraft[] {
  return claims.map((c) => toDraft(c, doc, c.citation ?? doc.citation(c.sentenceIndex), lex, inTitle));
}

/**
 * A title amount and its first statement in the text are one claim (a headline compresses the
 * lead: "삼성 보조금은 47억 달러" / "삼성전자가 받기로 한 보조금은 47억 달러"): both take the parties and
 * metric of whichever of the two is better founded (the text's on a tie: it has the full grammar).
 */
function unifyWithTitle(title: readonly LocalClaim[], body: readonly LocalClaim[]): void {
  for (const t of title) {
    const b = body.find((x) => x.q.unit === t.q.unit && x.q.value === t.q.value);
    if (!b) continue;
    const [from, to] = confidenceOf(b) >= confidenceOf(t) ? [b, t] : [t, b];
    to.metric = from.metric;
    to.metricSource = from.metricSource;
    to.subject = from.subject;
    to.subjectSource = from.subjectSource;
    to.object = from.object;
    to.objectSource = from.objectSource;
    to.holding = from.holding;
  }
}

/** Offset of the title inside the first lines of the text, or -1. */
export function titleOffset(text: string, title: string | null): number {
  const t = title?.trim();
  if (!t) return -1;
  const at = text.indexOf(t);
  return at >= 0 && at <= 1000 ? at : -1;
}

export interface BuildInput {
  article: ArticleInput;
  /** Quantities found in article.text. */
  quantities: readonly Quantity[];
  /** Quantities found in article.title (ignored when the title is the text's first line). */
  titleQuantities?: readonly Quantity[];
}

export function buildClaims(input: BuildInput, lex: CompiledLexicon): ExtractionResult {
  const { article } = input;
  const lang = langFamily(article.lang) ?? detectLang(article.text, 0, article.text.length, null);
  const date = parseArticleDate(article.publishedAt);
  const body = new Doc(article.text, lang, lex);
  const offset = titleOffset(article.text, article.title);
  const earlier = new Earlier();
  const claims: ClaimDraft[] = [];
  let headline: Frame | null = null;
  let titleDoc: Doc | null = null;
  let titleClaims: LocalClaim[] = [];

  if (article.title && offset < 0) {
    const title = new Doc(
      article.title,
      langFamily(article.lang) ?? detectLang(article.title, 0, article.title.length, lang),
      lex,
    );
    titleDoc = title;
    titleClaims = localClaims(title, input.titleQuantities ?? [], lex, date, null, earlier);
    for (let i = 0; i < title.sentences.length && !headline?.subject; i++)
      headline = frameNames(title, i, lex);
  } else {
    // The headline is the title line inside the text, or else the lead: first sentence naming someone.
    const first = offset >= 0 ? sentenceAt(body.sentences, offset) : 0;
    for (
      let i = Math.max(0, first);
      i < Math.min(body.sentences.length, first + 5) && !headline?.subject;
      i++
    )
      if (body.hasParties(i)) headline = frameNames(body, i, lex);
  }
  const bodyLocal = localClaims(body, input.quantities, lex, date, headline, earlier);
  unifyWithTitle(titleClaims, bodyLocal);
  if (titleDoc) claims.push(...draftsOf(titleDoc, titleClaims, lex, true));
  const bodyClaims = draftsOf(body, bodyLocal, lex, false);
  if (offset >= 0 && article.title) rebaseTitleClaims(bodyClaims, offset, article.title.trim().length);
  claims.push(...bodyClaims);
  articlePass(claims);
  return { claims, candidates: candidatesOf(body, claims), lang };
}

function rebaseTitleClaims(claims: ClaimDraft[], offset: number, length: number): void {
  for (const c of claims) {
    if (c.span[0] < offset || c.span[1] > offset + length) continue;
    const [qs0, qe0] = c.quoteSpan;
    const qs = Math.max(qs0, offset);
    const qe = Math.min(qe0, offset + length);
    c.inTitle = true;
    c.span = [c.span[0] - offset, c.span[1] - offset];
    c.quote = c.quote.slice(qs - qs0, qe - qs0);
    c.quoteSpan = [qs - offset, qe - offset];
  }
}

function candidatesOf(doc: Doc, claims: readonly ClaimDraft[]): CandidateEntity[] {
  const seen = new Set<number>();
  const out: CandidateEntity[] = [];
  for (const c of claims) {
    if (c.inTitle) continue;
    const si = sentenceAt(doc.sentences, c.span[0]);
    if (si < 0 || seen.has(si)) continue;
    seen.add(si);
    const s = doc.sentences[si]!;
    for (const cand of findCandidates(doc.text, s.start, s.end, doc.lang, doc.mentions(si)))
      if (!out.some((o) => o.name === cand.name)) out.push(cand);
  }
  return out;
}
