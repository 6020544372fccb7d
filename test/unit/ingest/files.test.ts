import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles, parseArticleBytes, readArticleFile } from '../../../main/core/ingest';
import { EN_BODY, JA_BODY, KO_BODY, utf8, withTempDir } from './helpers';

describe('listInputFiles', () => {
  it('walks nested folders, skips dotfiles and dot-folders, sorts, and survives symlink loops', () =>
    withTempDir(async (dir) => {
      mkdirSync(join(dir, 'b/nested/deeper'), { recursive: true });
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'b/nested/deeper/3.txt'), KO_BODY);
      writeFileSync(join(dir, 'b/2.json'), '{}');
      writeFileSync(join(dir, 'a/1.html'), '<p>x</p>');
      writeFileSync(join(dir, 'a/.DS_Store'), 'junk');
      writeFileSync(join(dir, '.git/config'), 'junk');
      writeFileSync(join(dir, 'top.md'), '# t');
      symlinkSync(dir, join(dir, 'b/nested/loop')); // points back to the root
      const { files, errors } = await listInputFiles([dir]);
      expect(errors).toEqual([]);
      expect(files).toEqual([
        join(dir, 'a/1.html'),
        join(dir, 'b/2.json'),
        join(dir, 'b/nested/deeper/3.txt'),
        join(dir, 'top.md'),
      ]);
    }));

  it('accepts files and folders together, de-duplicated, and reports missing paths', () =>
    withTempDir(async (dir) => {
      writeFileSync(join(dir, 'one.txt'), EN_BODY);
      const missing = join(dir, 'nope');
      const { files, errors } = await listInputFiles([join(dir, 'one.txt'), dir, missing]);
      expect(files).toEqual([join(dir, 'one.txt')]);
      expect(errors).toEqual([{ path: missing, code: 'not-found', message: `${missing} does not exist` }]);
    }));

  it('reports a self-referencing symlink as an error, not a throw', () =>
    withTempDir(async (dir) => {
      symlinkSync(join(dir, 'self'), join(dir, 'self'));
      const { files, errors } = await listInputFiles([join(dir, 'self')]);
      expect(files).toEqual([]);
      expect(errors[0]?.code).toBe('symlink-loop');
    }));

  it('reports an unreadable folder', (ctx) => {
    if (process.getuid?.() === 0) {
      const reason = 'running as root, which reads any folder whatever its permissions';
      console.log(`skipped "reports an unreadable folder": ${reason}`);
      ctx.skip(reason);
    }
    return withTempDir(async (dir) => {
      mkdirSync(join(dir, 'locked'));
      writeFileSync(join(dir, 'locked/a.txt'), EN_BODY);
      chmodSync(join(dir, 'locked'), 0o000);
      try {
        const { errors } = await listInputFiles([dir]);
        expect(errors[0]?.code).toBe('unreadable');
      } finally {
        chmodSync(join(dir, 'locked'), 0o755);
      }
    });
  });
});

describe('readArticleFile: limits and bad input', () => {
  it('refuses a file above maxBytes without reading it', () =>
    withTempDir(async (dir) => {
      const path = join(dir, 'big.txt');
      writeFileSync(path, 'x'.repeat(3 * 1024 * 1024));
      const result = await readArticleFile(path, { maxBytes: 1024 * 1024 });
      expect(result).toMatchObject({ path, file: 'big.txt', size: 3 * 1024 * 1024, articles: [] });
      expect(result.errors).toEqual([
        { code: 'too-large', message: 'file is 3 MB; the limit for one article file is 1 MB' },
      ]);
    }));

  it('reports a missing path, a folder, and an empty file', () =>
    withTempDir(async (dir) => {
      const missing = await readArticleFile(join(dir, 'missing.txt'));
      expect(missing.errors[0]).toEqual({
        code: 'not-found',
        message: `${join(dir, 'missing.txt')} does not exist`,
      });
      expect((await readArticleFile(dir)).errors[0]?.code).toBe('unreadable');
      writeFileSync(join(dir, 'empty.txt'), '');
      expect((await readArticleFile(join(dir, 'empty.txt'))).errors).toEqual([
        { code: 'empty-file', message: 'the file is empty' },
      ]);
    }));

  it('rejects PNG bytes and a ZIP archive whatever their extension', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(parseArticleBytes(png, 'photo.txt').errors).toEqual([
      { code: 'binary-file', message: 'binary file (PNG image), not an article' },
    ]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...utf8('articles.json')]);
    expect(parseArticleBytes(zip, 'batch.zip').errors).toEqual([
      { code: 'binary-file', message: 'binary file (ZIP archive), not an article' },
    ]);
    expect(parseArticleBytes(zip, 'batch.json').errors[0]?.code).toBe('binary-file');
  });

  it('reads a real file end to end with absolute path and file name', () =>
    withTempDir(async (dir) => {
      const path = join(dir, 'ja.txt');
      writeFileSync(path, `アマゾン、出資を検討\n\n${JA_BODY}`);
      const result = await readArticleFile(path);
      expect(result).toMatchObject({
        path,
        file: 'ja.txt',
        size: Buffer.byteLength(`アマゾン、出資を検討\n\n${JA_BODY}`),
      });
      expect(result.articles[0]).toMatchObject({
        path,
        file: 'ja.txt',
        title: 'アマゾン、出資を検討',
        lang: 'ja',
      });
    }));
});

describe('format sniffing for ambiguous names', () => {
  it.each([
    [
      'no extension, HTML',
      '<!DOCTYPE html><html><body><article><p>本文です。アマゾンがOpenAIに出資する方向で交渉している。</p></article></body></html>',
      'html',
    ],
    [
      '.xml Atom',
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>a</title><content>Amazon is in talks to invest in OpenAI, people said.</content></entry></feed>',
      'atom',
    ],
    [
      '.rss that is Atom',
      '<feed><title>T</title><entry><title>a</title><summary>Amazon is in talks to invest in OpenAI, people said.</summary></entry></feed>',
      'atom',
    ],
    ['unknown extension, JSON', '{"text": "Amazon is in talks to invest in OpenAI, people said."}', 'json'],
    ['unknown extension, plain text', KO_BODY, 'txt'],
  ])('%s', (_name, content, format) => {
    const name = _name.startsWith('.xml')
      ? 'feed.xml'
      : _name.startsWith('.rss')
        ? 'feed.rss'
        : _name.startsWith('unknown')
          ? 'article.dat'
          : 'article';
    expect(parseArticleBytes(utf8(content), name).articles[0]?.format).toBe(format);
  });
});
