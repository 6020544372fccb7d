import type { Claim, Qualifier } from '../../shared/model';
import type { Quantity } from '../../shared/quantity';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
const full = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/** "USD 50B", "JPY 7.7T", "12.5 %": dense and unambiguous for the grid. */
export function formatAmount(value: number, unit: string): string {
  if (unit === '%') return `${full.format(value)} %`;
  const n = Math.abs(value) >= 10_000 ? compact.format(value) : full.format(value);
  return unit ? `${unit} ${n}` : n;
}

/** The mark the grids put before a value: ≤ up to, ≥ at least, ~ about … */
export function qualifierMark(q: Qualifier): string {
  switch (q) {
    case 'exact':
      return '';
    case 'about':
      return '~';
    case 'up_to':
      return '≤';
    case 'at_least':
      return '≥';
    case 'more_than':
      return '>';
    case 'less_than':
      return '<';
    case 'range':
      return '';
  }
}

type Amount = Pick<Claim, 'value' | 'unit' | 'qualifier' | 'low' | 'high'>;

export function formatClaimValue(c: Amount): string {
  if (c.qualifier === 'range' && c.low !== null && c.high !== null)
    return `${formatAmount(c.low, c.unit)} – ${formatAmount(c.high, '')}`;
  return `${qualifierMark(c.qualifier)}${formatAmount(c.value, c.unit)}`;
}

/** "Amazon → OpenAI : investment", with "?" for what the extractor could not tell. */
export function keyLabel(c: Pick<Claim, 'subject' | 'object' | 'metric'>): string {
  return `${c.subject ?? '?'}${c.object ? ` → ${c.object}` : ''} : ${c.metric ?? '?'}`;
}

/** How a parsed amount is echoed under a value field: "≤USD 50B (50,000,000,000 USD, up to)". */
export function describeQuantity(q: Quantity): string {
  return `${formatClaimValue(q)} (${full.format(q.value)} ${q.unit || 'no unit'}, ${q.qualifier.replace('_', ' ')})`;
}

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exact',
  about: 'about',
  up_to: 'up to',
  at_least: 'at least',
  more_than: 'more than',
  less_than: 'less than',
  range: 'range',
};
