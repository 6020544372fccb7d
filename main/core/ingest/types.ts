/** Output types of the ingest step: one file in, articles + per-item errors out. */

export type ArticleFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'csv' | 'rss' | 'atom' | 'eml';

export interface RawArticle {
  /** The file's own name, no folders. */
  readonly file: string;
  /** Absolute path. */
  readonly path: string;
  /** 0 for single-article files; the item's index otherwise (JSONL line, CSV row, feed item). */
  readonly itemIndex: number;
  readonly format: ArticleFormat;
  /** The charset the bytes were decoded from, e.g. 'utf-8', 'euc-kr'. */
  readonly encoding: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly url: string | null;
  /** 'YYYY-MM-DD', or full ISO 'YYYY-MM-DDTHH:mm(:ss)(Z|±hh:mm)' when time AND zone are known. */
  readonly publishedAt: string | null;
  /** 'ko' | 'ja' | 'zh' | 'en' | other ISO 639-1 | null. */
  readonly lang: string | null;
  /** Clean article text: paragraphs separated by '\n\n', no markup, NFC-normalised. */
  readonly text: string;
  /** Other fields found (csv columns, front matter keys, declaredCharset…). */
  readonly meta: Readonly<Record<string, string>>;
}

export interface IngestError {
  readonly code: string;
  /** Names the problem in one clear sentence. */
  readonly message: string;
}

export type ItemError = IngestError & { itemIndex?: number };

export interface FileResult {
  readonly path: string;
  readonly file: string;
  readonly size: number;
  readonly articles: ReadonlyArray<RawArticle>;
  readonly errors: ReadonlyArray<ItemError>;
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

/** What a format reader produces before the common finishing step (article-builder). */
export interface ArticleDraft {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  lang?: string | null;
  text: string;
  meta?: Record<string, string>;
}

/** A reader's output for one file: drafts (with their item index) and per-item errors. */
export interface ReaderOutput {
  readonly drafts: Array<{ itemIndex: number; draft: ArticleDraft }>;
  readonly errors: ItemError[];
  /** Format actually read (a .xml file may turn out to be RSS or Atom). */
  readonly format: ArticleFormat;
  /** Charset the bytes were decoded from. */
  readonly encoding: string;
  /** File-level meta added to every article (e.g. declaredCharset). */
  readonly fileMeta?: Record<string, string>;
}

export function isIngestError(value: unknown): value is IngestError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string' &&
    !('text' in value)
  );
}
