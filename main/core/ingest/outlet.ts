/**
 * The outlet (publication) an article comes from, guessed from whatever metadata a format
 * offers. Names beat domains; domains beat nothing.
 */
import { valueToString } from './value-string';

/** Metadata keys in order of trust (lower-cased). */
const OUTLET_KEYS = [
  'og:site_name',
  'outlet',
  'source',
  'publisher',
  'site',
  'site_name',
  'sitename',
  'publication',
  'newspaper',
  'media',
  'application-name',
  'feedtitle',
  'from',
  'domain',
];

/**
 * Best outlet name among the given fields (keys compared case-insensitively); values may be
 * strings or objects with a name ({source: {name: 'Reuters'}} as NewsAPI sends).
 */
export function guessOutlet(fields: Readonly<Record<string, unknown>>): string | null {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(fields)) byKey.set(key.toLowerCase(), value);
  for (const key of OUTLET_KEYS) {
    const name = cleanOutletName(valueToString(byKey.get(key)));
    if (name) return name;
  }
  return null;
}

/** "Yonhap <news@yna.co.kr>" → "Yonhap"; "https://www.reuters.com/…" → "reuters.com"; long prose → null. */
export function cleanOutletName(value: string | null | undefined): string | null {
  if (!value) return null;
  let name = value.replace(/\s+/g, ' ').trim();
  const mailbox = /^"?([^"<]*?)"?\s*<[^>]+@[^>]+>$/.exec(name);
  if (mailbox) name = mailbox[1]?.trim() || (/@([^>]+)>/.exec(value)?.[1] ?? '');
  const url = /^https?:\/\/(?:www\.)?([^/?#]+)/i.exec(name);
  if (url) name = url[1] ?? '';
  if (!name || name.length > 80) return null;
  return name;
}
