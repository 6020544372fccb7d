/**
 * Publication dates in article text and metadata values.
 *
 * Output is 'YYYY-MM-DD', or a full ISO timestamp when both the time AND its zone are known.
 * A wall-clock time without a zone is not turned into an instant (that would invent a
 * timezone); it is returned separately as localTime so callers can keep it in meta.
 */

export interface DateMatch {
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm(:ss)(Z|±hh:mm)'. */
  readonly value: string;
  /** 'HH:mm' or 'HH:mm:ss' when a time was written but no zone. */
  readonly localTime: string | null;
  /** Position and length of the matched text in the searched string. */
  readonly index: number;
  readonly length: number;
}

/** Dates are only looked for near the top: further down, dates are about events, not the article. */
export const DATE_SEARCH_WINDOW = 1000;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// Only zones whose abbreviation is unambiguous in news usage (CST and IST are not).
const ZONES: Readonly<Record<string, string>> = {
  Z: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  UT: 'Z',
  KST: '+09:00',
  JST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  AWST: '+08:00',
  EST: '-05:00',
  EDT: '-04:00',
  PST: '-08:00',
  PDT: '-07:00',
  MST: '-07:00',
  MDT: '-06:00',
  CET: '+01:00',
  CEST: '+02:00',
  BST: '+01:00',
  AEST: '+10:00',
  AEDT: '+11:00',
};

const MONTH_NAME =
  '(?<![A-Z])(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\\.?';
const ZONE = '(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT|UT|[A-Z]{2,4}T)';
// hh:mm(:ss) (AM|PM) (zone) — the tail that many written forms share.
const CLOCK = `(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([AaPp]\\.?[Mm]\\.?)?`;

interface Pattern {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray) => Parts | null;
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  ampm?: string;
  zone?: string;
}

const num = (value: string | undefined): number | undefined =>
  value === undefined ? undefined : Number(value);

const PATTERNS: ReadonlyArray<Pattern> = [
  // "更新时间：11:28 2026-02-28 HKT" — time first.
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2}):(\\d{2})\\s+(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s*${ZONE})?(?![\\d:])`,
      'g',
    ),
    read: (m) => ({ y: +m[3]!, mo: +m[4]!, d: +m[5]!, h: +m[1]!, mi: +m[2]!, zone: m[6] }),
  },
  // ISO and near-ISO: 2026-02-26, 2026-02-26T10:30:00+09:00, "입력 2026-01-31 21:39", 2026.01.30 11:00, 2026/1/30 08:05
  {
    re: new RegExp(
      `(?<![\\d.])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})\\.?(?:(?:T|\\s+)${CLOCK}(?:\\s*${ZONE})?)?(?!\\d|\\.\\d)`,
      'g',
    ),
    read: (m) => ({
      y: +m[1]!,
      mo: +m[3]!,
      d: +m[4]!,
      h: num(m[5]),
      mi: num(m[6]),
      s: num(m[7]),
      ampm: m[8],
      zone: m[9],
    }),
  },
  // 2025年12月17日 10時30分 / 2025年12月17日 10:30
  {
    re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[(（][^)）]{1,3}[)）])?(?:\s*(午前|午後|上午|下午)?\s*(\d{1,2})\s*[時时:：]\s*(\d{1,2})\s*分?)?/g,
    read: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, ampm: m[4], h: num(m[5]), mi: num(m[6]) }),
  },
  // 2026년 1월 31일 (오후) 9:39
  {
    re: /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\s*\([^)]{1,3}\))?(?:\s*(오전|오후)?\s*(\d{1,2})\s*[:시]\s*(\d{1,2})\s*분?)?/g,
    read: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, ampm: m[4], h: num(m[5]), mi: num(m[6]) }),
  },
  // Dec 17, 2025 12:30 PM (EST) — also glued to a preceding name: "TradingKeyDec 17, 2025".
  {
    re: new RegExp(
      `${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?${CLOCK}(?:\\s*${ZONE})?)?(?![\\d])`,
      'g',
    ),
    read: (m) => ({
      y: +m[3]!,
      mo: monthNumber(m[1]),
      d: +m[2]!,
      h: num(m[4]),
      mi: num(m[5]),
      s: num(m[6]),
      ampm: m[7],
      zone: m[8],
    }),
  },
  // 17 December 2025; RFC 2822 "Wed, 17 Dec 2025 12:30:00 +0000"
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4})(?:,?\\s+${CLOCK}(?:\\s*${ZONE})?)?(?![\\d])`,
      'g',
    ),
    read: (m) => ({
      y: +m[3]!,
      mo: monthNumber(m[2]),
      d: +m[1]!,
      h: num(m[4]),
      mi: num(m[5]),
      s: num(m[6]),
      ampm: m[7],
      zone: m[8],
    }),
  },
];

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;
}

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function zoneOffset(zone: string | undefined): string | null {
  if (!zone) return null;
  const named = ZONES[zone.toUpperCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const offset = `${m[1]}${m[2]}:${m[3]}`;
  return offset === '+00:00' || offset === '-00:00' ? 'Z' : offset;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function toMatch(parts: Parts, index: number, length: number): DateMatch | null {
  const { y, mo, d } = parts;
  if (!validDate(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (parts.h === undefined || parts.mi === undefined) return { value: date, localTime: null, index, length };
  let h = parts.h;
  const marker = parts.ampm?.replace(/\./g, '').toLowerCase();
  const pm = marker === 'pm' || marker === '오후' || marker === '午後' || marker === '下午';
  const am = marker === 'am' || marker === '오전' || marker === '午前' || marker === '上午';
  if ((pm || am) && (h < 1 || h > 12)) return { value: date, localTime: null, index, length };
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  if (h > 23 || parts.mi > 59 || (parts.s ?? 0) > 59) return { value: date, localTime: null, index, length };
  const time = `${pad(h)}:${pad(parts.mi)}${parts.s !== undefined ? `:${pad(parts.s)}` : ''}`;
  const offset = zoneOffset(parts.zone);
  if (offset) return { value: `${date}T${time}${offset}`, localTime: null, index, length };
  return { value: date, localTime: time, index, length };
}

/** The first plausible date written in the first ~1000 characters, with its position. */
export function findPublishedDateMatch(text: string, window = DATE_SEARCH_WINDOW): DateMatch | null {
  const head = text.length > window ? text.slice(0, window) : text;
  let best: DateMatch | null = null;
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(head); m; m = pattern.re.exec(head)) {
      if (best && m.index > best.index) break;
      const parts = pattern.read(m);
      const match = parts ? toMatch(parts, m.index, m[0].length) : null;
      if (!match) continue;
      if (!best || match.index < best.index || (match.index === best.index && match.length > best.length))
        best = match;
      break;
    }
  }
  return best;
}

/** 'YYYY-MM-DD' or a full ISO timestamp; null when no plausible date is near the top. */
export function findPublishedDate(text: string): string | null {
  return findPublishedDateMatch(text)?.value ?? null;
}

/**
 * A date from a metadata field (feed pubDate, JSON 'date', HTML meta): the whole value is a
 * date, in any of the forms above, or a Unix timestamp.
 */
export function parseDateValue(value: unknown): DateMatch | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000; // seconds or milliseconds
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) return null;
    const iso = date
      .toISOString()
      .replace(/\.000Z$/, 'Z')
      .replace(/\.\d{3}Z$/, 'Z');
    return toMatch({ y: date.getUTCFullYear(), mo: date.getUTCMonth() + 1, d: date.getUTCDate() }, 0, 0)
      ? { value: iso, localTime: null, index: 0, length: 0 }
      : null;
  }
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (/^\d{10}(?:\d{3})?$/.test(trimmed)) return parseDateValue(Number(trimmed));
  return findPublishedDateMatch(trimmed, 200);
}
