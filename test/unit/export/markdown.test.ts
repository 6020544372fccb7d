import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdInline, writeMarkdown } from '../../../main/core/export';
import { useTmpDir } from '../../helpers/tmp';
import { table } from './fixtures';

/** Cells of a GFM table line, honouring backslash-escaped pipes. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('writeMarkdown', () => {
  const tmp = useTmpDir();

  async function written(): Promise<string> {
    const path = join(tmp(), 'out.md');
    await writeMarkdown(table(), path);
    return readFileSync(path, 'utf8');
  }

  it('writes a table with one row per key and the same number of cells on every line', async () => {
    const md = await written();
    const lines = md.split('\n').filter((l) => l.startsWith('|'));
    expect(lines).toHaveLength(2 + 4);
    const width = cells(lines[0]!).length;
    expect(width).toBe(11);
    for (const l of lines) expect(cells(l), l).toHaveLength(width);
    expect(cells(lines[1]!).every((c) => c === '---')).toBe(true);
    expect(cells(lines[2]!).slice(0, 8)).toEqual([
      'k\\_1',
      'Amazon',
      'OpenAI',
      'investment',
      '50,000,000,000',
      'USD',
      '2026-02-27',
      'confirmed',
    ]);
    expect(cells(lines[4]!)[4]).toBe('730,000,000,000–840,000,000,000');
  });

  it('footnotes every citation with outlet, date and quote, and defines every reference', async () => {
    const md = await written();
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defs = [...md.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((m) => [m[1], m[2]] as const);
    expect([...refs].sort()).toEqual(defs.map(([n]) => n).sort());
    expect(defs).toHaveLength(5);
    const byNumber = new Map(defs);
    expect(byNumber.get('1')).toMatch(
      /^코리아 테크 리뷰, 2026-02-27: “아마존이 오픈AI에 최대 500억 달러\(약 71조 6000억 원\)를 투자한다\.” .*c\\_1, source s\\_1, sha256 a{64}\) <https:\/\/ktr\.example\/a\/1>$/,
    );
    expect(byNumber.get('2')).toMatch(/^湊経済, 2026-02-27: /);
    expect(byNumber.get('2')).not.toMatch(/javascript/);
    expect(byNumber.get('3')).toMatch(/^Excluded: -2\+3 superseded by the February reports\. \+cmd: /);
    const table = md.split('\n').filter((l) => l.startsWith('|'));
    expect(cells(table[2]!).slice(9)).toEqual(['[^1] [^2]', '[^3]']);
  });

  it('escapes pipes, newlines, brackets and HTML in cells', async () => {
    const md = await written();
    const row = md.split('\n').find((l) => l.startsWith('| k\\_3'))!;
    expect(cells(row)[8]).toBe('pre- vs post-money \\| see \\[^9\\]<br>&lt;b&gt;both&lt;/b&gt;');
    expect(mdInline('a|b\nc')).toBe('a\\|b<br>c');
    expect(md).not.toContain('[^9]:');
  });
});
