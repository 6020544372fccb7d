import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeOf, RENDERER_CSP_HEADER, resolveAssetPath } from '../core/service/renderer-assets';

/** Headers every response of the browser host carries. */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer', // the page URL carries the token until the client strips it
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Serves one file of the built renderer (GET/HEAD), never anything outside ROOT. */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string | null,
  pathname: string,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  if (!root) {
    plain(res, 503, 'The renderer is not built: run `npm run build`, then reload.');
    return;
  }
  const file = resolveAssetPath(root, pathname);
  if (!file) {
    plain(res, 404, 'Not found.');
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    plain(res, 404, 'Not found.');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    ...BASE_HEADERS,
    ...extraHeaders,
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
    ...(isHtml ? { 'Content-Security-Policy': RENDERER_CSP_HEADER } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
