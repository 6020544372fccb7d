import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from '../../../main/app/urls';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.reuters.com/technology/amazon-openai-2026-02-26/',
    'http://example.com',
    'https://news.example.co.kr/article?id=42&lang=ko#p3',
    'https://例え.jp/記事',
    'HTTPS://EXAMPLE.COM/',
  ])('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));

  it.each([
    ['file:///etc/passwd'],
    ['file://server/share/x.exe'],
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//evil.example/path'],
    ['\\\\evil.example\\share'],
    ['/\\evil.example'],
    ['http://user:pass@example.com/'],
    ['https://user@example.com/'],
    ['ftp://example.com/file'],
    ['smb://host/share'],
    ['vbscript:msgbox'],
    ['app://concord/index.html'],
    ['https:example.com'],
    ['http://'],
    ['https://exa\nmple.com'],
    ['https://example.com/\u0000'],
    ['relative/path'],
    [''],
  ])('refuses %j', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('isAppUrl', () => {
  it('accepts only app://concord pages', () => {
    expect(isAppUrl('app://concord/index.html')).toBe(true);
    expect(isAppUrl('app://concord/assets/index.js')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user@concord/index.html')).toBe(false);
    expect(isAppUrl('https://concord/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
