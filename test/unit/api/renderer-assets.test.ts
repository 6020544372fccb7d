import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, RENDERER_CSP, resolveAssetPath } from '../../../main/core/service/renderer-assets';

const root = resolve('/srv/concord/dist/renderer');

describe('renderer assets', () => {
  it('index.html carries exactly the CSP both hosts send, without unsafe-eval or inline script', () => {
    const html = readFileSync(join(__dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('maps URL paths inside the renderer folder', () => {
    expect(resolveAssetPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAssetPath(root, '/assets/%E8%A8%98%E4%BA%8B.txt')).toBe(join(root, 'assets', '記事.txt'));
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/assets/../../main/cli.js',
    '/..\\package.json',
    '/%5c..%5cpackage.json',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => expect(resolveAssetPath(root, path)).toBeNull());

  it('names content types by extension', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a/x.bin')).toBe('application/octet-stream');
  });
});
