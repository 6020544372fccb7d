/**
 * Flags for amounts that cannot be what they claim: a company valuation of $7,300 (a dropped
 * 亿/억 scale word), or one amount 1000× smaller than another of the same claim key in the same
 * article ("7,300美元" beside "7,300亿美元"). Flags do not drop the claim: the analyst decides.
 */

// Rough units per USD, only to judge orders of magnitude (not for conversion).
const PER_USD: Record<string, number> = {
  USD: 1,
  EUR: 0.9,
  GBP: 0.8,
  CHF: 0.9,
  JPY: 150,
  KRW: 1400,
  CNY: 7.2,
  TWD: 32,
  HKD: 7.8,
  INR: 85,
  SGD: 1.35,
  AUD: 1.5,
  CAD: 1.4,
  AED: 3.7,
  SAR: 3.75,
};

// Below these (in USD) the metric is implausible for an organisation.
const MIN_USD: Record<string, number> = {
  valuation: 1e6,
  market_cap: 1e6,
  funding_round: 1e4,
  acquisition: 1e4,
  revenue: 100,
  budget: 1e4,
  contract_value: 100,
};

export const RATIO_LIMIT = 1000;

export function toUsd(value: number, unit: string): number | null {
  const r = PER_USD[unit];
  return r === undefined ? null : value / r;
}

/** Reasons an amount is implausible on its own for its metric, or []. */
export function scaleFlags(metric: string | null, value: number, unit: string): string[] {
  if (metric === null) return [];
  if (unit === '%') {
    if ((metric === 'stake' || metric === 'market_share') && value > 100)
      return [`implausible: ${metric} of ${value}% is over 100%`];
    return [];
  }
  const min = MIN_USD[metric];
  const usd = toUsd(value, unit);
  if (min === undefined || usd === null || usd >= min) return [];
  return [
    `implausible: ${metric} of ${value} ${unit} is below ${min.toLocaleString('en-US')} USD (missing scale word?)`,
  ];
}

export interface KeyedAmount {
  key: string;
  value: number;
  unit: string;
  flags: string[];
}

/** Flags the small one of two amounts of one key when they differ by ≥ RATIO_LIMIT×. */
export function ratioFlags(items: readonly KeyedAmount[]): void {
  const byKey = new Map<string, KeyedAmount[]>();
  for (const it of items) {
    if (it.value <= 0) continue;
    const list = byKey.get(it.key);
    if (list) list.push(it);
    else byKey.set(it.key, [it]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // The largest amount per unit and in USD terms; each amount is compared with those (linear).
    const maxByUnit = new Map<string, KeyedAmount>();
    let maxUsd: KeyedAmount | null = null;
    for (const it of list) {
      const m = maxByUnit.get(it.unit);
      if (!m || it.value > m.value) maxByUnit.set(it.unit, it);
      const usd = toUsd(it.value, it.unit);
      if (usd !== null && (!maxUsd || usd > toUsd(maxUsd.value, maxUsd.unit)!)) maxUsd = it;
    }
    for (const it of list) {
      let worst: { ratio: number; other: KeyedAmount } | null = null;
      for (const other of [maxByUnit.get(it.unit)!, maxUsd]) {
        if (!other || other === it) continue;
        const ratio = comparableRatio(other, it);
        if (ratio !== null && ratio >= RATIO_LIMIT && (!worst || ratio > worst.ratio))
          worst = { ratio, other };
      }
      if (worst)
        it.flags.push(
          `implausible: ${Math.round(worst.ratio).toLocaleString('en-US')}× smaller than ${worst.other.value} ${worst.other.unit} for the same claim in this article (missing scale word?)`,
        );
    }
  }
}

/** big / small when both can be compared (same unit, or both convertible to USD), else null. */
function comparableRatio(big: KeyedAmount, small: KeyedAmount): number | null {
  if (big.unit === small.unit) return big.value / small.value;
  const b = toUsd(big.value, big.unit);
  const s = toUsd(small.value, small.unit);
  return b === null || s === null ? null : b / s;
}
