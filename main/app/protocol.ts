import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeOf, RENDERER_CSP_HEADER, resolveAssetPath } from '../core/service/renderer-assets';
import { APP_HOST, APP_SCHEME } from './urls';

/** Must run before app 'ready': app:// behaves like https (secure context, fetch, relative URLs). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves dist/renderer at app://concord/ — never file://, whose origin would reach the whole disk.
 * The same traversal-safe resolver as the browser host decides which file a URL may name.
 */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = resolveAssetPath(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = {
        'Content-Type': contentTypeOf(file),
        'X-Content-Type-Options': 'nosniff',
      };
      if (file.endsWith('.html')) headers['Content-Security-Policy'] = RENDERER_CSP_HEADER;
      return new Response(body, { status: 200, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
