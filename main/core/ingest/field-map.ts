/**
 * Maps loosely-named record fields (JSON objects, CSV columns, front matter) onto article
 * fields. Names are compared case- and separator-insensitively ("Published_At" = "publishedat"),
 * and each field takes the first name present in its preference list.
 */
import { cleanOutletName } from './outlet';
import { valueToString } from './value-string';

export { valueToString };
import type { ArticleDraft } from './types';

export const FIELD_NAMES = {
  // Full text first; teaser fields (description, summary) only when nothing else is there.
  text: [
    'text',
    'content',
    'body',
    'article',
    'articlebody',
    'articletext',
    'fulltext',
    'maintext',
    'contentencoded',
    'story',
    'description',
    'summary',
    'abstract',
  ],
  title: ['title', 'headline', 'heading', 'subject'],
  url: [
    'url',
    'link',
    'href',
    'permalink',
    'canonical',
    'canonicalurl',
    'sourceurl',
    'articleurl',
    'webformurl',
  ],
  date: [
    'publishedat',
    'published',
    'publishdate',
    'publisheddate',
    'publicationdate',
    'pubdate',
    'datepublished',
    'date',
    'datetime',
    'time',
    'createdat',
    'created',
    'timestamp',
    'webpublicationdate',
    'updatedat',
    'updated',
  ],
  outlet: [
    'outlet',
    'source',
    'sourcename',
    'publisher',
    'site',
    'sitename',
    'media',
    'newspaper',
    'publication',
    'feed',
    'domain',
  ],
  author: ['author', 'authors', 'byline', 'creator', 'writer', 'reporter'],
  lang: ['lang', 'language', 'locale', 'languagecode'],
} as const;

export type MappedField = keyof typeof FIELD_NAMES;

export function normalizeFieldName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.:]/g, '');
}

const FIELD_OF_NAME = new Map<string, MappedField>();
for (const [field, names] of Object.entries(FIELD_NAMES) as Array<[MappedField, readonly string[]]>) {
  for (const name of names) if (!FIELD_OF_NAME.has(name)) FIELD_OF_NAME.set(name, field);
}

/** Which article field a column/key name feeds, if any. */
export function fieldOfName(name: string): MappedField | null {
  return FIELD_OF_NAME.get(normalizeFieldName(name)) ?? null;
}

/** Index of the column feeding `field` in a header row, by preference order; -1 if none. */
export function findColumn(header: readonly string[], field: MappedField): number {
  const normalized = header.map(normalizeFieldName);
  for (const name of FIELD_NAMES[field]) {
    const index = normalized.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

export interface MappedRecord {
  readonly draft: ArticleDraft;
  /** The raw date value (may be a number), for parseDateValue. */
  readonly rawDate: unknown;
}

/**
 * Record → draft: mapped fields by preference, everything else into meta as strings.
 * The text field is a string in every format we read; other values are stringified.
 */
export function mapRecord(record: Readonly<Record<string, unknown>>): MappedRecord {
  const byField = new Map<MappedField, { rank: number; key: string }>();
  for (const key of Object.keys(record)) {
    const normalized = normalizeFieldName(key);
    const field = FIELD_OF_NAME.get(normalized);
    if (!field) continue;
    const value = record[key];
    if (value === null || value === undefined || value === '') continue;
    const rank = (FIELD_NAMES[field] as readonly string[]).indexOf(normalized);
    const current = byField.get(field);
    if (!current || rank < current.rank) byField.set(field, { rank, key });
  }
  const used = new Set([...byField.values()].map((entry) => entry.key));
  const pick = (field: MappedField): unknown => {
    const entry = byField.get(field);
    return entry ? record[entry.key] : undefined;
  };
  const meta: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (used.has(key)) continue;
    const text = valueToString(value);
    if (text !== null && text !== '') meta[key] = text;
  }
  const rawDate = pick('date');
  return {
    draft: {
      text: valueToString(pick('text')) ?? '',
      title: valueToString(pick('title')),
      url: valueToString(pick('url')),
      outlet: cleanOutletName(valueToString(pick('outlet'))),
      author: valueToString(pick('author')),
      lang: valueToString(pick('lang')),
      publishedAt:
        typeof rawDate === 'string' || typeof rawDate === 'number' ? String(rawDate) : valueToString(rawDate),
      meta,
    },
    rawDate,
  };
}
