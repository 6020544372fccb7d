/**
 * Which reader a file needs: by extension when it is unambiguous, by content otherwise
 * (.xml, .rss, .atom, no or unknown extension).
 */
import { latin1Head } from './readers/html-meta';
import type { ArticleFormat } from './types';

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'csv',
  eml: 'eml',
};

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format for a file: its extension's, else what the content looks like (plain text by default). */
export function chooseFormat(fileName: string, bytes: Uint8Array): ArticleFormat {
  const byExtension = BY_EXTENSION[extensionOf(fileName)];
  if (byExtension) return byExtension;
  return sniffFormat(bytes);
}

/** Content sniffing on the first 2 KB (NULs removed so UTF-16 reads as ASCII). */
export function sniffFormat(bytes: Uint8Array): ArticleFormat {
  const head = latin1Head(bytes, 2048)
    .replace(/\u0000/g, '')
    .replace(/^(\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/, '');
  const start = head.trimStart();
  if (/^<\?xml|^<(rss|feed|rdf:RDF)\b/i.test(start)) {
    const root = /<(?!\?|!)([\w:.-]+)/.exec(start.replace(/<!--[\s\S]*?-->/g, ''))?.[1]?.toLowerCase();
    if (root === 'feed') return 'atom';
    if (root === 'rss' || root === 'rdf:rdf') return 'rss';
    if (root === 'html') return 'html';
    return 'rss'; // the feed reader names the unexpected root in its error
  }
  if (/^(<!doctype html|<html\b|<head\b|<body\b|<meta\b|<article\b|<div\b|<p\b)/i.test(start)) return 'html';
  if (/^[[{]/.test(start)) {
    const lines = start.split('\n').filter((line) => line.trim());
    const objectLines = lines.filter((line) => /^\s*\{.*\}\s*$/.test(line)).length;
    return start.startsWith('{') && lines.length > 1 && objectLines >= Math.min(lines.length, 2)
      ? 'jsonl'
      : 'json';
  }
  if (
    /^(?:(?:return-path|received|from|to|subject|date|message-id|mime-version|delivered-to|x-[\w-]+):[^\n]*\r?\n){2}/i.test(
      start,
    )
  )
    return 'eml';
  return 'txt';
}
