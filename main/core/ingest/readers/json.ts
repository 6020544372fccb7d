/**
 * .json (one article object, an array of them, or a wrapper like NewsAPI's {articles: […]})
 * and .jsonl (one object per line; bad lines are reported and skipped).
 */
import { decodeText, decodingMeta } from '../decode-text';
import { ErrorCode, ingestError } from '../errors';
import { mapRecord } from '../field-map';
import {
  type ArticleDraft,
  type IngestError,
  isIngestError,
  type ItemError,
  type ReaderOutput,
} from '../types';

/** Keys under which APIs wrap their article arrays. */
const WRAPPER_KEYS = [
  'articles',
  'items',
  'results',
  'data',
  'entries',
  'documents',
  'docs',
  'posts',
  'news',
  'response',
];

export function readJson(bytes: Uint8Array): ReaderOutput | IngestError {
  const decoded = decodeText(bytes);
  if (isIngestError(decoded)) return decoded;
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (error) {
    return ingestError(ErrorCode.malformedJson, `the file is not valid JSON: ${(error as Error).message}`);
  }
  const items = unwrap(data, 0);
  if (!items) {
    return ingestError(
      ErrorCode.notAnArticleObject,
      `the JSON holds ${describe(data)}, not an article object or an array of them`,
    );
  }
  const drafts: Array<{ itemIndex: number; draft: ArticleDraft }> = [];
  const errors: ItemError[] = [];
  items.forEach((item, index) => {
    if (!isRecord(item)) {
      errors.push({
        code: ErrorCode.notAnArticleObject,
        message: `item ${index} is ${describe(item)}, not an article object`,
        itemIndex: index,
      });
      return;
    }
    drafts.push({ itemIndex: index, draft: mapRecord(item).draft });
  });
  return { format: 'json', encoding: decoded.encoding, drafts, errors, fileMeta: decodingMeta(decoded) };
}

export function readJsonLines(bytes: Uint8Array): ReaderOutput | IngestError {
  const decoded = decodeText(bytes);
  if (isIngestError(decoded)) return decoded;
  const drafts: Array<{ itemIndex: number; draft: ArticleDraft }> = [];
  const errors: ItemError[] = [];
  const lines = decoded.text.split(/\r?\n/);
  let itemIndex = 0;
  lines.forEach((line, lineIndex) => {
    if (!line.trim()) return;
    const index = itemIndex++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push({
        code: ErrorCode.malformedJsonLine,
        message: `line ${lineIndex + 1} is not valid JSON: ${(error as Error).message}`,
        itemIndex: index,
      });
      return;
    }
    if (!isRecord(value)) {
      errors.push({
        code: ErrorCode.notAnArticleObject,
        message: `line ${lineIndex + 1} holds ${describe(value)}, not an article object`,
        itemIndex: index,
      });
      return;
    }
    drafts.push({ itemIndex: index, draft: mapRecord(value).draft });
  });
  return { format: 'jsonl', encoding: decoded.encoding, drafts, errors, fileMeta: decodingMeta(decoded) };
}

function unwrap(data: unknown, depth: number): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return null;
  if (depth < 2) {
    for (const key of Object.keys(data)) {
      if (!WRAPPER_KEYS.includes(key.toLowerCase())) continue;
      const inner = data[key];
      if (Array.isArray(inner) && inner.some(isRecord)) return inner;
      if (isRecord(inner)) {
        const nested = unwrap(inner, depth + 1);
        if (nested) return nested;
      }
    }
  }
  return [data];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  return `a ${typeof value}`;
}
