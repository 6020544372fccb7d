/**
 * The reference table (resources/fx/reference-rates.json): monthly average rates per USD. Loaded
 * with validation because an analyst may swap in the official series, and a mistyped or inverted
 * figure would silently skew every conversion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Imported rather than read from disk so it works under vitest, tsx and the esbuild bundles alike
// (the same reason as the default lexicon).
import defaultTable from '../../../../resources/fx/reference-rates.json';
import { FxTableError, type FxRate, type ReferenceStatus } from './types';
import { monthIndex } from './month';

export const REFERENCE_FORMAT = 'concord-fx-reference/1';
const STATUSES: ReadonlyArray<ReferenceStatus> = ['approximate', 'estimate', 'projection'];
/** A month-on-month move beyond this is far more likely a typo or an inverted quote than a market. */
const MAX_MONTHLY_MOVE = 0.2;

export interface ReferenceMonth {
  readonly month: string;
  readonly status: ReferenceStatus;
  readonly rates: Readonly<Record<string, number>>;
}

export interface ReferenceTable {
  readonly source: string;
  /** Short form for provenance strings ("approx. IMF IFS / central-bank monthly average"). */
  readonly sourceLabel: string;
  readonly note: string;
  readonly currencies: ReadonlyArray<string>;
  /** Ascending, consecutive or not. */
  readonly months: ReadonlyArray<ReferenceMonth>;
}

function fail(message: string): never {
  throw new FxTableError(`FX reference table: ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(doc: Record<string, unknown>, field: string): string {
  const v = doc[field];
  if (typeof v !== 'string' || v.trim() === '') fail(`"${field}" must be a non-empty string`);
  return v;
}

function parseCurrencies(v: unknown): string[] {
  if (!Array.isArray(v) || v.length === 0) fail('"currencies" must be a non-empty array');
  const seen = new Set<string>();
  for (const c of v) {
    if (typeof c !== 'string' || !/^[A-Z]{3}$/.test(c))
      fail(`currency ${JSON.stringify(c)} is not an ISO 4217 code`);
    if (c === 'USD') fail('USD is the base and cannot be listed as a currency');
    if (seen.has(c)) fail(`currency ${c} is listed twice`);
    seen.add(c);
  }
  return [...seen];
}

function parseMonth(v: unknown, currencies: ReadonlyArray<string>, at: number): ReferenceMonth {
  if (!isRecord(v)) fail(`months[${at}] must be an object`);
  const month = v.month;
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    fail(`months[${at}].month ${JSON.stringify(month)} is not YYYY-MM`);
  }
  const status = v.status;
  if (!STATUSES.includes(status as ReferenceStatus))
    fail(`${month}: status ${JSON.stringify(status)} is unknown`);
  if (!isRecord(v.rates)) fail(`${month}: "rates" must be an object`);
  const rates: Record<string, number> = {};
  for (const c of currencies) {
    const r = v.rates[c];
    if (typeof r !== 'number' || !Number.isFinite(r) || r <= 0)
      fail(`${month}: ${c} must be a positive number`);
    rates[c] = r;
  }
  for (const c of Object.keys(v.rates))
    if (!currencies.includes(c)) fail(`${month}: ${c} is not in "currencies"`);
  return { month, status: status as ReferenceStatus, rates };
}

/** Validates a parsed reference document; throws FxTableError naming the first problem. */
export function parseReferenceTable(doc: unknown): ReferenceTable {
  if (!isRecord(doc)) fail('not a JSON object');
  if (doc.format !== REFERENCE_FORMAT) fail(`"format" must be "${REFERENCE_FORMAT}"`);
  if (doc.base !== 'USD') fail('"base" must be "USD" (rates are units per US dollar)');
  const source = text(doc, 'source');
  const note = text(doc, 'note');
  const sourceLabel =
    typeof doc.sourceLabel === 'string' && doc.sourceLabel.trim() ? doc.sourceLabel : source;
  const currencies = parseCurrencies(doc.currencies);
  if (!Array.isArray(doc.months) || doc.months.length === 0) fail('"months" must be a non-empty array');
  const months = doc.months.map((m, i) => parseMonth(m, currencies, i));
  for (let i = 1; i < months.length; i++) {
    const prev = months[i - 1]!;
    const cur = months[i]!;
    if (monthIndex(cur.month) <= monthIndex(prev.month)) fail(`${cur.month} is out of order or repeated`);
    for (const c of currencies) {
      const move = Math.abs(cur.rates[c]! / prev.rates[c]! - 1);
      if (move > MAX_MONTHLY_MOVE) {
        fail(
          `${cur.month}: ${c} moves ${(move * 100).toFixed(0)}% from ${prev.month}; inverted or mistyped?`,
        );
      }
    }
  }
  return { source, sourceLabel, note, currencies, months };
}

/**
 * The shipped table, or `<resourcesDir>/fx/reference-rates.json` read from disk (a packaged app's
 * resources folder, or a table the analyst replaced).
 */
export function loadReferenceTable(resourcesDir?: string): ReferenceTable {
  if (resourcesDir === undefined) return parseReferenceTable(defaultTable);
  const path = join(resourcesDir, 'fx', 'reference-rates.json');
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`);
  }
  return parseReferenceTable(doc);
}

/** The table as FxRate rows (origin 'reference'), ready for a RateBook or the fx_rates table. */
export function referenceRates(table: ReferenceTable): FxRate[] {
  const out: FxRate[] = [];
  for (const m of table.months) {
    for (const currency of table.currencies) {
      out.push({
        currency,
        perUsd: m.rates[currency]!,
        date: m.month,
        origin: 'reference',
        sourceId: null,
        claimId: null,
        approximate: false,
        weight: 1,
        note: table.sourceLabel,
        referenceStatus: m.status,
      });
    }
  }
  return out;
}
