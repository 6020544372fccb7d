/**
 * Microsoft Recognizers-Text specs (shared/specs/recognizers-text) run through Concord's scanner:
 * CurrencyModel cases through findQuantities, NumberModel cases through findNumbers.
 *
 * Scoring. A case passes when Concord reports exactly the expected amounts in order: same value
 * (relative 1e-9), same ISO currency, same text (NFKC + lower-case, since the spec normalises full-width
 * digits and case) and, where the spec's own Start/End agree with its Text, the same start. Cases
 * flagged IgnoreResolution are skipped. Cases that encode a convention different from Concord's
 * contract are not failures of the parser; they are classified by the general rules below, counted
 * per category, and left out of the pass rate (the table also prints the raw rate over all cases).
 *
 * Convention translations (applied, then the case is scored normally):
 *  - Unit names without an ISO code: "Dollar" → USD (Concord's reading of a bare $/dollar/달러/ドル),
 *    "Pound" → GBP, "Franc" → CHF or FRF, "Rupee" → INR, "Peseta" → ESP, "Finnish markka" → FIM,
 *    "Netherlands guilder" → NLG.
 *  - Minor units: the spec reports "50 cents" as value 50 unit Cent; Concord reports base units of the
 *    currency (0.5 USD; pence → GBP). The expected value is divided by 100 accordingly.
 *  - Qualifier words: Concord's span includes an adjacent qualifier ("more than $ 247 million"); when
 *    Concord's qualifier is not 'exact' and its span contains the spec's, the texts count as equal.
 *
 * Convention categories (cases excluded from the rate):
 *  - amountless: the spec reports currency names without an amount ("人民币 美元", "dollar :") as
 *    currency mentions; Concord reports amounts only. Such results are dropped from every case; a
 *    case left with no expected amount is counted here.
 *  - non-iso-unit: crypto (Bitcoin, Satoshi) and "sen" without a currency are not ISO 4217 money.
 *  - implicit-minor: "15 dollars and 15", "17 USD 25", "100ユーロと30", "1 달러와 1": a bare number
 *    after the currency word read as cents. Concord only joins minor units that are named
 *    ("3 dollars 50 cents", "2222円13銭", "五元三角").
 *  - fraction: fractions and ratios ("two thirds", "3/4", "五分之一", "3分の2", "삼분의 이",
 *    "one out of three"): findNumbers reports numerals, not arithmetic on them.
 *  - power: exponent notation ("2^5", "1.1^23", "10の13乗", "6.23x10^-4").
 *  - dozen: counting units (dozen, ダース, 打, 다스) multiply a numeral into a count of items.
 *  - unit-bound: the Japanese/Korean number specs leave numerals that belong to a measurement,
 *    currency or percentage ("１８０ミリリットル", "1ドル", "1미터") to the unit models, and sometimes fold
 *    a classifier or qualifier into the Text ("199個", "十万以上", "일조 번째"). findNumbers reports
 *    every numeral, bare.
 *  - inconsistent: the spec's Text is a plain Arabic numeral that does not equal its own value
 *    ("2212" → 2222), or the two results are swapped.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findNumbers, findQuantities, type Quantity, type QuantityLang } from '../../shared/quantity/index';

const SPEC_ROOT = fileURLToPath(new URL('../../../shared/specs/recognizers-text/', import.meta.url));
const HAVE_SPECS = existsSync(SPEC_ROOT);

interface SpecResult {
  readonly Text: string;
  readonly TypeName?: string;
  readonly Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  readonly Start?: number | null;
  readonly End?: number | null;
}
interface SpecCase {
  readonly Input: string;
  readonly Results?: SpecResult[];
  readonly IgnoreResolution?: boolean;
}

const LANGS: ReadonlyArray<[string, QuantityLang]> = [
  ['English', 'en'],
  ['Chinese', 'zh'],
  ['Japanese', 'ja'],
  ['Korean', 'ko'],
];

function loadSpec(path: string): SpecCase[] {
  const raw = readFileSync(SPEC_ROOT + path, 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(raw) as SpecCase[];
}

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().trim();

function closeTo(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The spec's Start is usable when its own Text sits at [Start, End]. */
function specStart(input: string, r: SpecResult): number | null {
  if (typeof r.Start !== 'number' || typeof r.End !== 'number') return null;
  return norm(input.slice(r.Start, r.End + 1)) === norm(r.Text) ? r.Start : null;
}

// ---------------------------------------------------------------- currency

const UNIT_NAMES: Record<string, ReadonlyArray<string>> = {
  Dollar: ['USD'],
  Pound: ['GBP'],
  Franc: ['CHF', 'FRF'],
  Rupee: ['INR'],
  Peseta: ['ESP'],
  'Finnish markka': ['FIM'],
  'Netherlands guilder': ['NLG'],
};
const MINOR_UNITS: Record<string, string> = { Cent: 'USD', Pence: 'GBP', Penny: 'GBP' };
const NON_ISO_UNITS = new Set(['Bitcoin', 'Satoshi', 'Sen']);
const CURRENCY_WORDS = /(dollars?|usd|euros?|ユーロ|달러|ドル|kuai|mao|마오|회|元|\$)/i;
const NUMBER_TAIL =
  /(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|forty-five)\s*$/i;

/**
 * "15 dollars and 15", "17 usd 25", "100ユーロと30", "c $ 100 and fifty": the amount ends in a bare
 * number that follows a currency word or a connector after an earlier number.
 */
function isImplicitMinor(text: string): boolean {
  const t = text.trim();
  const tail = NUMBER_TAIL.exec(t);
  if (!tail) return false;
  const head = t.slice(0, tail.index).trimEnd();
  const earlierNumber = /\d|one|two|three|thirteen|fifteen|hundred|[一二三四五六七八九十]/i;
  if (/(\band|と|와|又)$/i.test(head)) return earlierNumber.test(head);
  const cur = CURRENCY_WORDS.exec(head);
  return cur !== null && earlierNumber.test(head.slice(0, cur.index));
}

interface Expected {
  readonly value: number;
  readonly units: ReadonlyArray<string>;
  readonly text: string;
  readonly start: number | null;
}

type Verdict = { kind: 'pass' } | { kind: 'fail'; why: string } | { kind: 'convention'; category: string };

function expectCurrency(input: string, r: SpecResult): Expected | string {
  const res = r.Resolution ?? {};
  const unitName = res.unit ?? '';
  if (NON_ISO_UNITS.has(unitName)) return 'non-iso-unit';
  if (isImplicitMinor(r.Text)) return 'implicit-minor';
  let value = Number(res.value);
  let units: ReadonlyArray<string>;
  if (res.isoCurrency) units = [res.isoCurrency];
  else if (MINOR_UNITS[unitName]) {
    units = [MINOR_UNITS[unitName]!];
    value = value / 100;
  } else units = UNIT_NAMES[unitName] ?? [unitName];
  return { value, units, text: r.Text, start: specStart(input, r) };
}

function textMatches(q: Pick<Quantity, 'text' | 'span' | 'qualifier'>, e: Expected, input: string): boolean {
  const ours = norm(q.text);
  const theirs = norm(e.text);
  if (ours === theirs) return e.start === null || q.span[0] === e.start;
  // Concord's span also covers an adjacent qualifier ("about $ 2 billion").
  if (q.qualifier !== 'exact' && ours.includes(theirs)) {
    if (e.start === null) return true;
    const inner = norm(input.slice(q.span[0], q.span[1])).indexOf(theirs);
    return inner >= 0 && q.span[0] <= e.start && e.start < q.span[1];
  }
  return false;
}

function judgeCurrency(c: SpecCase, lang: QuantityLang): Verdict {
  const results = c.Results ?? [];
  const withAmount = results.filter((r) => r.Resolution?.value !== null && r.Resolution?.value !== undefined);
  if (results.length > 0 && withAmount.length === 0) return { kind: 'convention', category: 'amountless' };
  const expected: Expected[] = [];
  for (const r of withAmount) {
    const e = expectCurrency(c.Input, r);
    if (typeof e === 'string') return { kind: 'convention', category: e };
    expected.push(e);
  }
  const got = findQuantities(c.Input, { lang }).filter((q) => q.unit !== '%' && q.unit !== 'pp');
  if (got.length !== expected.length) {
    return {
      kind: 'fail',
      why: `count ${got.length} ≠ ${expected.length}: ${got.map((q) => `${q.text}=${q.value} ${q.unit}`).join(' | ')}`,
    };
  }
  for (let k = 0; k < expected.length; k++) {
    const q = got[k]!;
    const e = expected[k]!;
    if (!closeTo(q.value, e.value)) return { kind: 'fail', why: `value ${q.value} ≠ ${e.value} (${q.text})` };
    if (!e.units.includes(q.unit))
      return { kind: 'fail', why: `unit ${q.unit} ≠ ${e.units.join('/')} (${q.text})` };
    if (!textMatches(q, e, c.Input))
      return { kind: 'fail', why: `text "${q.text}"@${q.span[0]} ≠ "${e.text}"@${e.start}` };
  }
  return { kind: 'pass' };
}

// ---------------------------------------------------------------- numbers

const FRACTION =
  /分\s*之|分\s*の|분\s*의|\/|⅔|¾|⅙|½|\bover\b|\bout of\b|\bin \w|half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|trillionths?|twenty-firsts?|twenty-fifth|thirtieth|셋 중|반$|^반|반을|반이|半分|半数|중 하나/i;
const POWER = /\^|乗|x10|×10/;
const DOZEN = /dozens?|dozs?|dzs?|ダース|打|다스/i;

/** Classifiers, qualifiers and ordinal markers the spec folds into a number's Text. */
const FOLDED_WORD = /(斤|章|個|个|以上|번째)$|^第/;
/** A numeral glued to a measurement, currency or percent word. */
const UNIT_BOUND = /[0-9０-９一二三四五六七八九十]\s*(ミリ|キロ|メートル|パーセント|ドル|미터)/;

function judgeNumbers(c: SpecCase, lang: QuantityLang): Verdict {
  const expected = c.Results ?? [];
  if (expected.length === 0 && UNIT_BOUND.test(c.Input))
    return { kind: 'convention', category: 'unit-bound' };
  for (const r of expected) {
    if (FRACTION.test(r.Text)) return { kind: 'convention', category: 'fraction' };
    if (POWER.test(r.Text)) return { kind: 'convention', category: 'power' };
    if (DOZEN.test(r.Text)) return { kind: 'convention', category: 'dozen' };
    if (FOLDED_WORD.test(norm(r.Text))) return { kind: 'convention', category: 'unit-bound' };
    const plain = norm(r.Text).replace(/,/g, '');
    if (/^-?\d+(\.\d+)?$/.test(plain) && !closeTo(Number(plain), Number(r.Resolution?.value))) {
      return { kind: 'convention', category: 'inconsistent' };
    }
  }
  const got = findNumbers(c.Input, { lang });
  if (got.length !== expected.length) {
    return {
      kind: 'fail',
      why: `count ${got.length} ≠ ${expected.length}: ${got.map((g) => `${g.text}=${g.value}`).join(' | ')}`,
    };
  }
  for (let k = 0; k < expected.length; k++) {
    const g = got[k]!;
    const r = expected[k]!;
    const value = Number(r.Resolution?.value);
    if (!closeTo(g.value, value)) return { kind: 'fail', why: `value ${g.value} ≠ ${value} (${g.text})` };
    if (norm(g.text) !== norm(r.Text)) return { kind: 'fail', why: `text "${g.text}" ≠ "${r.Text}"` };
    const start = specStart(c.Input, r);
    if (start !== null && g.span[0] !== start) return { kind: 'fail', why: `start ${g.span[0]} ≠ ${start}` };
  }
  return { kind: 'pass' };
}

// ---------------------------------------------------------------- scoring

interface Score {
  file: string;
  total: number;
  ignored: number;
  convention: Record<string, number>;
  passed: number;
  failures: string[];
}

function score(file: string, judge: (c: SpecCase) => Verdict): Score {
  const s: Score = { file, total: 0, ignored: 0, convention: {}, passed: 0, failures: [] };
  for (const c of loadSpec(file)) {
    s.total++;
    if (c.IgnoreResolution) {
      s.ignored++;
      continue;
    }
    const v = judge(c);
    if (v.kind === 'pass') s.passed++;
    else if (v.kind === 'convention') s.convention[v.category] = (s.convention[v.category] ?? 0) + 1;
    else s.failures.push(`${c.Input.trim()}\n      → ${v.why}`);
  }
  return s;
}

const conventionCount = (s: Score): number => Object.values(s.convention).reduce((a, b) => a + b, 0);
const evaluated = (s: Score): number => s.total - s.ignored - conventionCount(s);
const rate = (s: Score): number => s.passed / Math.max(1, evaluated(s));

function report(scores: Score[]): void {
  const rows = scores.map((s) => {
    const conv =
      Object.entries(s.convention)
        .map(([k, v]) => `${k}:${v}`)
        .join(' ') || '-';
    const raw = s.passed / Math.max(1, s.total - s.ignored);
    return `${s.file.padEnd(42)} ${String(s.passed).padStart(4)}/${String(evaluated(s)).padEnd(4)} ${(100 * rate(s)).toFixed(1).padStart(5)}%  raw ${(100 * raw).toFixed(1).padStart(5)}%  ignored ${s.ignored}  convention ${conv}`;
  });
  console.log(
    ['', 'Recognizers-Text specs (passed/evaluated, rate; raw = passed/(total-ignored))', ...rows, ''].join(
      '\n',
    ),
  );
  if (process.env.SPEC_FAILURES) {
    for (const s of scores) console.log(`\n## ${s.file}\n  ${s.failures.join('\n  ')}`);
  }
}

/** Floors for the number specs: the rate measured when this file was written, minus 3 points. */
const NUMBER_FLOORS: Record<QuantityLang, number> = { en: 0.95, zh: 0.91, ja: 0.83, ko: 0.76 };

describe.skipIf(!HAVE_SPECS)('Recognizers-Text specs', () => {
  const currency = LANGS.map(
    ([name, lang]) =>
      [lang, score(`NumberWithUnit/${name}/CurrencyModel.json`, (c) => judgeCurrency(c, lang))] as const,
  );
  const numbers = LANGS.map(
    ([name, lang]) => [lang, score(`Number/${name}/NumberModel.json`, (c) => judgeNumbers(c, lang))] as const,
  );
  report([...currency.map(([, s]) => s), ...numbers.map(([, s]) => s)]);

  for (const [lang, s] of currency) {
    it(`currency ${lang}: pass rate ≥ 0.90 (${s.passed}/${evaluated(s)})`, () => {
      expect(rate(s)).toBeGreaterThanOrEqual(0.9);
    });
  }
  for (const [lang, s] of numbers) {
    it(`numbers ${lang}: pass rate ≥ ${NUMBER_FLOORS[lang]} (${s.passed}/${evaluated(s)})`, () => {
      expect(rate(s)).toBeGreaterThanOrEqual(NUMBER_FLOORS[lang]);
    });
  }
});
