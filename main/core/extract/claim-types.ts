/** Input and output shapes of claim extraction. */
import type { Equivalent, Qualifier, Span } from '../../../shared/quantity/types';
import type { CandidateEntity } from './candidates';
import type { LangFamily } from './text-scripts';

export interface ArticleInput {
  text: string;
  title: string | null;
  /** 'YYYY-MM-DD…' (ISO date or date-time); relative dates resolve against it. */
  publishedAt: string | null;
  /** BCP 47-ish ('ko', 'ja', 'zh-Hant', 'en-US'); null = guessed from the script. */
  lang: string | null;
}

export interface ClaimDraft {
  value: number;
  unit: string;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  /**
   * The amount's text and span. Spans are into article.text, except when inTitle is true: then
   * they are into article.title (also when the title was found as the first line of the text).
   */
  text: string;
  span: Span;
  /** The sentence containing the amount, and its span (same base as `span`). */
  quote: string;
  quoteSpan: Span;
  equivalents: Equivalent[];
  alternativeUnits?: string[];
  /** Canonical entity names (EntityEntry.name) or null. */
  subject: string | null;
  object: string | null;
  /** Canonical metric id or null. */
  metric: string | null;
  /** 0..1: how sure the subject/object/metric assignment is (not the amount itself). */
  confidence: number;
  /** 'YYYY-MM-DD' or 'YYYY-MM'. */
  asOf: string | null;
  /** Canonical outlet name. */
  citedSource: string | null;
  /** Conditions, pre/post-money, period ("오픈AI가 상장하거나 AGI에 도달할 경우; target: 2027"). */
  note: string | null;
  part: 'tranche' | 'total' | null;
  inTitle: boolean;
  /** 'implausible: …' reasons, 'inferred: …' provenance of guessed fields. */
  flags: string[];
}

export interface ExtractionResult {
  claims: ClaimDraft[];
  /** Organisations not in the lexicon, proposed for the analyst to confirm. */
  candidates: CandidateEntity[];
  /** The grammar used for the article. */
  lang: LangFamily;
}
