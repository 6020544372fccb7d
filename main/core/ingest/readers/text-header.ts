/**
 * Metadata written at the top of plain-text articles: YAML front matter, "key: value" header
 * lines, the " date YYYY-MM-DD" prefix our seed exports carry, a headline line, and a byline
 * line such as "TradingKeyDec 17, 2025 12:30 PM" or "입력 2026-01-31 21:39".
 */
import YAML from 'yaml';
import { mapRecord } from '../field-map';
import { findPublishedDateMatch } from '../published-date';
import { cleanInline, endsLikeSentence } from '../text-clean';
import type { ArticleDraft } from '../types';

export interface HeaderResult {
  readonly body: string;
  readonly draft: Omit<ArticleDraft, 'text'>;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
// " date 2026-02-26 <body…>": a date prefix that may share its line with the first paragraph.
const DATE_PREFIX =
  /^[ \t]*date[ \t]*[:：]?[ \t]*(\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]*/i;
const HEADER_LINE =
  /^[ \t]*(title|headline|date|published|source|outlet|publisher|url|link|author|byline|lang|language)[ \t]*[:：][ \t]*(.+)$/i;

/** Front matter and header lines → fields; the rest is the body. */
export function readTextHeader(text: string): HeaderResult {
  let body = text.replace(/^\ufeff/, '');
  const fields: Record<string, unknown> = {};
  const meta: Record<string, string> = {};

  const front = FRONT_MATTER.exec(body);
  if (front) {
    try {
      const parsed: unknown = YAML.parse(front[1] ?? '', { schema: 'core' });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        Object.assign(fields, parsed);
        body = body.slice(front[0].length);
      }
    } catch (error) {
      meta.frontMatterError = `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
    }
  }

  // Header lines: only a contiguous block at the very top, so prose like "Source: …" later stays.
  for (;;) {
    const lineEnd = body.indexOf('\n');
    const line = lineEnd < 0 ? body : body.slice(0, lineEnd);
    if (!line.trim() && lineEnd >= 0 && Object.keys(fields).length === 0 && body.trim()) {
      body = body.slice(lineEnd + 1);
      continue;
    }
    const prefix = DATE_PREFIX.exec(line);
    if (prefix && !('date' in fields)) {
      fields.date = prefix[1];
      body = body.slice(prefix[0].length);
      if (!body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n')).trim()) continue;
      break;
    }
    const header = HEADER_LINE.exec(line);
    if (!header || lineEnd < 0) break;
    fields[header[1] ?? ''] = (header[2] ?? '').trim();
    body = body.slice(lineEnd + 1);
  }

  const mapped = mapRecord(fields);
  const { text: _unused, ...draft } = mapped.draft;
  void _unused;
  return {
    body,
    draft: { ...draft, publishedAt: draft.publishedAt ?? null, meta: { ...(draft.meta ?? {}), ...meta } },
  };
}

/** Max length of a line taken as a headline (CJK headlines run ~30–60 characters, English ~60–120). */
const MAX_TITLE_LENGTH = 150;

/**
 * The first non-empty line is the headline when it is short, is not a sentence, and more
 * text follows. Returns the body without it.
 */
export function takeHeadline(body: string): { title: string | null; body: string } {
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { title: null, body };
  const line = lines[first]?.trim() ?? '';
  const rest = lines.slice(first + 1).join('\n');
  if (line.length > MAX_TITLE_LENGTH || endsLikeSentence(line) || !rest.trim()) return { title: null, body };
  if (findPublishedDateMatch(line)?.index === 0) return { title: null, body }; // a dateline, not a title
  return { title: cleanInline(line), body: rest };
}

const DATE_LABELS =
  /^(?:입력|수정|발행|등록|기사입력|최종수정|게재|更新时间|更新時間|发布时间|發布時間|发布|發佈|公開日|更新日|配信|掲載|published|updated|posted|date|by)?[\s:：|·,-]*$/i;

/**
 * A short line near the top that is just "<outlet> <date>" or "<label> <date>" is a byline:
 * it becomes publishedAt/outlet and leaves the text.
 */
export interface Byline {
  readonly body: string;
  readonly date: string | null;
  readonly localTime: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
}

export function takeBylineDate(body: string, maxLines = 3): Byline {
  const lines = body.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < maxLines; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    seen += 1;
    if (line.length > 80) continue;
    const match = findPublishedDateMatch(line);
    if (!match) continue;
    const before = line.slice(0, match.index).trim();
    const after = line.slice(match.index + match.length).trim();
    if (after && !/^[\s|·,()（）-]*$/.test(after) && !DATE_LABELS.test(after)) continue;
    let outlet: string | null = null;
    let author: string | null = null;
    if (before && !DATE_LABELS.test(before)) {
      if (before.length > 40 || /[.!?。]$/.test(before)) continue;
      const name = cleanInline(before.replace(/[\s|·,:：-]+$/, ''));
      // "By Jane Doe, Dec 17, 2025" names the writer, "Reuters Dec 17, 2025" the outlet.
      const by = name ? /^by\s+(.+)$/i.exec(name) : null;
      if (by) author = by[1] ?? null;
      else outlet = name;
    }
    lines.splice(i, 1);
    return { body: lines.join('\n'), date: match.value, localTime: match.localTime, outlet, author };
  }
  return { body, date: null, localTime: null, outlet: null, author: null };
}
