/** .txt and .md articles: header metadata, headline, byline, chrome lines, light Markdown. */
import { decodeText, decodingMeta } from '../decode-text';
import { dropChromeLines } from '../text-clean';
import { type IngestError, isIngestError, type ReaderOutput } from '../types';
import { stripMarkdown } from './markdown-strip';
import { readTextHeader, takeBylineDate, takeHeadline } from './text-header';

export function readPlainText(bytes: Uint8Array, format: 'txt' | 'md'): ReaderOutput | IngestError {
  const decoded = decodeText(bytes);
  if (isIngestError(decoded)) return decoded;
  return { ...readPlainTextString(decoded.text, format, decoded.encoding), fileMeta: decodingMeta(decoded) };
}

export function readPlainTextString(text: string, format: 'txt' | 'md', encoding: string): ReaderOutput {
  const header = readTextHeader(text.replace(/\r\n?/g, '\n'));
  let body = header.body;
  let title = header.draft.title ?? null;
  if (format === 'md') {
    const stripped = stripMarkdown(body);
    body = stripped.text;
    if (!title && stripped.firstHeading) {
      title = stripped.firstHeading;
      body = removeFirstLineEqualTo(body, stripped.firstHeading);
    }
  }
  body = dropChromeLines(body);
  if (!title) {
    const headline = takeHeadline(body);
    title = headline.title;
    body = headline.body;
  }
  const meta = { ...(header.draft.meta ?? {}) };
  let publishedAt = header.draft.publishedAt ?? null;
  let outlet = header.draft.outlet ?? null;
  let author = header.draft.author ?? null;
  const byline = takeBylineDate(body);
  if (byline.date) {
    body = byline.body;
    publishedAt ??= byline.date;
    if (byline.localTime) meta.publishedLocalTime = byline.localTime;
    outlet ??= byline.outlet;
    author ??= byline.author;
  }
  return {
    format,
    encoding,
    errors: [],
    drafts: [
      { itemIndex: 0, draft: { ...header.draft, title, outlet, author, publishedAt, meta, text: body } },
    ],
  };
}

function removeFirstLineEqualTo(body: string, value: string): string {
  const lines = body.split('\n');
  const index = lines.findIndex((line) => line.trim() === value);
  if (index >= 0) lines.splice(index, 1);
  return lines.join('\n');
}
