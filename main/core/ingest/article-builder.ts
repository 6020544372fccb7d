/**
 * The finishing step every reader shares: draft → RawArticle. Cleans text and one-line
 * fields, normalises dates and language tags, and fills what the reader could not find
 * (date from the text's top, language from the text).
 */
import { ErrorCode } from './errors';
import { detectLanguage, normalizeLanguageTag } from './language';
import { findPublishedDateMatch, parseDateValue } from './published-date';
import { cleanInline, cleanText } from './text-clean';
import type { ArticleDraft, ArticleFormat, ItemError, RawArticle } from './types';

export interface ArticleContext {
  readonly file: string;
  readonly path: string;
  readonly format: ArticleFormat;
  readonly encoding: string;
  readonly fileMeta?: Readonly<Record<string, string>>;
}

export function finishArticle(
  draft: ArticleDraft,
  itemIndex: number,
  ctx: ArticleContext,
): RawArticle | ItemError {
  const text = cleanText(draft.text);
  if (!text) {
    return {
      code: ErrorCode.noText,
      message:
        ctx.format === 'txt' || ctx.format === 'md' || ctx.format === 'html' || ctx.format === 'eml'
          ? 'the file has no article text'
          : `item ${itemIndex} has no article text`,
      itemIndex,
    };
  }
  const meta: Record<string, string> = { ...(ctx.fileMeta ?? {}), ...(draft.meta ?? {}) };
  const title = cleanInline(draft.title);

  let publishedAt: string | null = null;
  const declaredDate = cleanInline(draft.publishedAt);
  if (declaredDate) {
    const parsed = parseDateValue(declaredDate);
    if (parsed) {
      publishedAt = parsed.value;
      if (parsed.localTime) meta.publishedLocalTime ??= parsed.localTime;
    } else {
      meta.unparsedDate = declaredDate; // kept for the analyst; never guessed at
    }
  }
  if (!publishedAt) {
    const found = findPublishedDateMatch(text);
    if (found) {
      publishedAt = found.value;
      if (found.localTime) meta.publishedLocalTime ??= found.localTime;
    }
  }

  const lang =
    normalizeLanguageTag(draft.lang) ??
    detectLanguage(title && text.length < 200 ? `${title}\n${text}` : text);

  return {
    file: ctx.file,
    path: ctx.path,
    itemIndex,
    format: ctx.format,
    encoding: ctx.encoding,
    title,
    outlet: cleanInline(draft.outlet),
    author: cleanInline(draft.author),
    url: cleanInline(draft.url),
    publishedAt,
    lang,
    text,
    meta,
  };
}
