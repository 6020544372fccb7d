/**
 * Exchange-rate shapes shared by the reference table, article-implied rates and the RateBook.
 * Every rate is "units of `currency` per 1 USD", as in the fx_rates table (per_usd); cross rates
 * are always computed through USD so one stored number per currency and date is enough.
 */
export type RateOrigin = 'analyst' | 'article' | 'reference';

/** How a reference month was compiled (see resources/fx/reference-rates.json `note`). */
export type ReferenceStatus = 'approximate' | 'estimate' | 'projection';

export interface FxRate {
  /** ISO 4217 code of the non-USD currency. */
  readonly currency: string;
  /** Units of `currency` for one US dollar; always > 0. */
  readonly perUsd: number;
  /** 'YYYY-MM' (a monthly average) or 'YYYY-MM-DD…' (a rate of that day). */
  readonly date: string;
  readonly origin: RateOrigin;
  /** The source (s_…) an article rate comes from. */
  readonly sourceId: string | null;
  /** The claim (c_…) whose restatement implied it. */
  readonly claimId: string | null;
  /** True when the article only restated "about" an amount (약/約/约/about): a weaker witness. */
  readonly approximate: boolean;
  /** 0..1, how much to trust it among rates of the same origin: stated notes 1, exact 0.8, about 0.4. */
  readonly weight: number;
  /**
   * Human words for provenance: the restatement text ("약 70조원"), the rate note ("1ドル=153円"),
   * the reference table's label, or the analyst's comment.
   */
  readonly note: string | null;
  /** For article rates: 'stated' (an explicit "1ドル=153円") or 'restatement' (70조원 ÷ $50B). */
  readonly kind?: 'stated' | 'restatement';
  /** For reference rates: how the month's figure was compiled. */
  readonly referenceStatus?: ReferenceStatus;
}

export type RateFlag =
  /** No reference row for the requested month; the nearest month was used. */
  | 'nearest_month'
  /** The chosen rate comes from an "about" restatement. */
  | 'approximate'
  /** The reference month is an estimate or a projection, not a published average. */
  | 'unverified_reference'
  /** An article rate from another source (same month) was used. */
  | 'other_source';

/** The rate the RateBook chose, with enough provenance for the UI to say where it came from. */
export interface ChosenRate {
  readonly currency: string;
  readonly perUsd: number;
  readonly rate: FxRate;
  /** "reference 2026-02 (…)", "implied by s_12: 약 70조원", "entered by the analyst". */
  readonly provenance: string;
  readonly flags: ReadonlyArray<RateFlag>;
}

/** Narrows the RateBook's search, e.g. to the reference table only when checking restatements. */
export interface RateQuery {
  /** The source the amount comes from: its own article rates are preferred over others'. */
  readonly sourceId?: string | null;
  /** Origins allowed, default all three. */
  readonly origins?: ReadonlyArray<RateOrigin>;
}

export interface Conversion {
  readonly value: number;
  readonly from: string;
  readonly to: string;
  /** Units of `to` per unit of `from`. */
  readonly rate: number;
  /** The per-USD rates used: none for USD→USD, one for X↔USD, two for a cross rate. */
  readonly legs: ReadonlyArray<ChosenRate>;
  readonly provenance: string;
}

export class FxTableError extends Error {
  override readonly name = 'FxTableError';
}
