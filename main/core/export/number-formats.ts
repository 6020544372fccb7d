/**
 * Excel number formats per unit. Values are stored in base units and written as numbers; the
 * format only decorates them, so sorting and sums in the spreadsheet keep working.
 */
const CURRENCY_PREFIX: Readonly<Record<string, string>> = {
  USD: 'US$',
  KRW: '₩',
  JPY: '¥',
  CNY: 'CN¥',
  EUR: '€',
  GBP: '£',
  HKD: 'HK$',
  TWD: 'NT$',
  INR: '₹',
  SGD: 'S$',
  AUD: 'A$',
  CAD: 'C$',
  CHF: 'CHF ',
};

/** Quotes and backslashes would end or escape the literal inside the format string. */
function literal(text: string): string {
  return `"${text.replace(/["\\]/g, '')}"`;
}

/** `"US$"#,##0`, `"₩"#,##0`, `0.##"%"`, `#,##0" GW"` … decimals only when the value has them. */
export function numberFormatFor(unit: string | null, value: number): string {
  const digits = Number.isInteger(value) ? '#,##0' : '#,##0.########';
  if (unit === null || unit === '') return digits;
  if (unit === '%') return Number.isInteger(value) ? '0"%"' : '0.########"%"';
  const prefix = CURRENCY_PREFIX[unit];
  if (prefix !== undefined) return `${literal(prefix)}${digits}`;
  // Any other ISO code, or a unit like GW or chips: suffix it.
  return `${digits}${literal(` ${unit}`)}`;
}
