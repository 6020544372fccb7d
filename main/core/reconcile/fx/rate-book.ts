/**
 * RateBook: for a currency and a date, the one rate to use and why. Precedence follows how much an
 * analyst should trust each witness: what the analyst entered, then what the article itself (or
 * another article that month) used, then the reference table for that month, else its nearest month.
 */
import { monthDistance, monthOf } from './month';
import type { ReferenceTable } from './reference';
import { referenceRates } from './reference';
import type { ChosenRate, FxRate, RateFlag, RateOrigin, RateQuery } from './types';

interface CurrencyRates {
  readonly analyst: FxRate[];
  readonly article: FxRate[];
  readonly reference: Map<string, FxRate>;
  /** Reference months, ascending; for the nearest-month search. */
  referenceMonths: string[];
}

const ALL_ORIGINS: ReadonlyArray<RateOrigin> = ['analyst', 'article', 'reference'];

const USD_RATE: FxRate = {
  currency: 'USD',
  perUsd: 1,
  date: '',
  origin: 'reference',
  sourceId: null,
  claimId: null,
  approximate: false,
  weight: 1,
  note: 'base currency',
};

export class RateBook {
  private readonly byCurrency = new Map<string, CurrencyRates>();

  constructor(rates: Iterable<FxRate> = []) {
    for (const r of rates) this.add(r);
  }

  /** The reference table plus any article or analyst rates. */
  static withReference(table: ReferenceTable, extra: Iterable<FxRate> = []): RateBook {
    const book = new RateBook(referenceRates(table));
    for (const r of extra) book.add(r);
    return book;
  }

  /** Adds a rate; a later analyst or reference rate for the same month replaces an earlier one. */
  add(rate: FxRate): void {
    if (!(rate.perUsd > 0) || !Number.isFinite(rate.perUsd))
      throw new RangeError(`rate for ${rate.currency} must be > 0`);
    const month = monthOf(rate.date);
    if (month === null)
      throw new RangeError(`rate for ${rate.currency}: date ${JSON.stringify(rate.date)} is not YYYY-MM…`);
    let entry = this.byCurrency.get(rate.currency);
    if (!entry) {
      entry = { analyst: [], article: [], reference: new Map(), referenceMonths: [] };
      this.byCurrency.set(rate.currency, entry);
    }
    if (rate.origin === 'reference') {
      if (!entry.reference.has(month)) entry.referenceMonths = [...entry.referenceMonths, month].sort();
      entry.reference.set(month, rate);
    } else {
      entry[rate.origin].push(rate);
    }
  }

  currencies(): string[] {
    return ['USD', ...[...this.byCurrency.keys()].sort()];
  }

  /** The best rate for `currency` on `date` (units per USD), or null when nothing is known. */
  rateFor(currency: string, date: string, query: RateQuery = {}): ChosenRate | null {
    if (currency === 'USD')
      return { currency, perUsd: 1, rate: USD_RATE, provenance: 'USD (base)', flags: [] };
    const month = monthOf(date);
    const entry = this.byCurrency.get(currency);
    if (month === null || !entry) return null;
    const origins = query.origins ?? ALL_ORIGINS;
    if (origins.includes('analyst')) {
      const r = pickAnalyst(entry.analyst, month, date);
      if (r) return chosen(r, `entered by the analyst for ${month}${r.note ? `: ${r.note}` : ''}`, []);
    }
    if (origins.includes('article')) {
      const r = pickArticle(entry.article, month, date, query.sourceId ?? null);
      if (r) {
        const flags: RateFlag[] = [];
        if (r.approximate) flags.push('approximate');
        if (r.sourceId !== (query.sourceId ?? null)) flags.push('other_source');
        const verb = r.kind === 'stated' ? 'stated by' : 'implied by';
        return chosen(r, `${verb} ${r.sourceId ?? 'an article'}: ${r.note ?? r.perUsd}`, flags);
      }
    }
    if (origins.includes('reference')) return pickReference(entry, month);
    return null;
  }
}

function chosen(rate: FxRate, provenance: string, flags: RateFlag[]): ChosenRate {
  return { currency: rate.currency, perUsd: rate.perUsd, rate, provenance, flags };
}

/** Same month; a rate entered for the very day wins, else the last one entered. */
function pickAnalyst(rates: ReadonlyArray<FxRate>, month: string, date: string): FxRate | null {
  let best: FxRate | null = null;
  for (const r of rates) {
    if (monthOf(r.date) !== month) continue;
    if (!best || r.date === date.slice(0, 10) || best.date !== date.slice(0, 10)) best = r;
  }
  return best;
}

/** The source's own rates (any date) first, then other sources' in the same month; heavier first. */
function pickArticle(
  rates: ReadonlyArray<FxRate>,
  month: string,
  date: string,
  sourceId: string | null,
): FxRate | null {
  const own = sourceId === null ? [] : rates.filter((r) => r.sourceId === sourceId);
  const pool = own.length > 0 ? own : rates.filter((r) => monthOf(r.date) === month);
  let best: FxRate | null = null;
  for (const r of pool) if (!best || better(r, best, date)) best = r;
  return best;
}

function better(a: FxRate, b: FxRate, date: string): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  const da = dayDistance(a.date, date);
  const db = dayDistance(b.date, date);
  if (da !== db) return da < db;
  // Deterministic among equals, so the same project always shows the same provenance.
  return `${a.sourceId}${a.claimId}` < `${b.sourceId}${b.claimId}`;
}

function dayDistance(a: string, b: string): number {
  const ta = Date.parse(a.slice(0, 10));
  const tb = Date.parse(b.slice(0, 10));
  return Number.isNaN(ta) || Number.isNaN(tb) ? Number.MAX_SAFE_INTEGER : Math.abs(ta - tb);
}

function pickReference(entry: CurrencyRates, month: string): ChosenRate | null {
  let used = month;
  let rate = entry.reference.get(month);
  if (!rate) {
    // Nearest month; on a tie the earlier one, since it was known at the time.
    let bestDist = Infinity;
    for (const m of entry.referenceMonths) {
      const d = monthDistance(m, month);
      if (d < bestDist) {
        bestDist = d;
        used = m;
      }
    }
    rate = entry.reference.get(used);
  }
  if (!rate) return null;
  const flags: RateFlag[] = [];
  const parts: string[] = [];
  if (used !== month) {
    flags.push('nearest_month');
    parts.push(`nearest to ${month}`);
  }
  if (rate.referenceStatus === 'estimate' || rate.referenceStatus === 'projection') {
    flags.push('unverified_reference');
    parts.push(rate.referenceStatus);
  }
  if (rate.note) parts.push(rate.note);
  return chosen(rate, `reference ${used}${parts.length ? ` (${parts.join('; ')})` : ''}`, flags);
}
