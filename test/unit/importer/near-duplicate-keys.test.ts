import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../../../main/core/ingest';
import { hammingDistance, textFingerprint } from '../../../main/core/ingest/fingerprint';
import { REPO } from '../../helpers/cli';

function article(name: string): string {
  const path = join(REPO, 'resources', 'sample', 'articles', name);
  return parseArticleBytes(readFileSync(path), name, path).articles[0]!.text;
}

const shared = (a: ReadonlyArray<number>, b: ReadonlyArray<number>) => a.filter((k, i) => b[i] === k).length;

describe('near-duplicate band keys', () => {
  it('a syndicated copy (new headline, a sentence cut) shares band keys and is within the simhash distance', () => {
    const original = textFingerprint(article('en-atlantic-tech-desk-2026-02-26.txt'));
    const copy = textFingerprint(article('en-midwest-business-herald-2026-02-27.txt'));
    expect(shared(original.bandKeys, copy.bandKeys)).toBeGreaterThanOrEqual(1);
    expect(hammingDistance(original.simhash, copy.simhash)).toBeLessThanOrEqual(12);
  });

  it('different articles on the same story share no band key', () => {
    const names = [
      'en-atlantic-tech-desk-2026-02-26.txt',
      'en-pacific-ledger-2025-12-17.html',
      'ko-seoul-business-daily-2025-12-17.txt',
      'ko-korea-tech-review-2026-02-27.md',
      'ja-toyo-tech-journal-2026-01-29.md',
    ];
    const prints = names.map((n) => textFingerprint(article(n)));
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        expect(shared(prints[i]!.bandKeys, prints[j]!.bandKeys), `${names[i]} vs ${names[j]}`).toBe(0);
      }
    }
  });

  it('equal texts give equal keys, also when short', () => {
    expect(textFingerprint('짧은 기사').bandKeys).toEqual(textFingerprint('짧은 기사').bandKeys);
    expect(textFingerprint('ab').bandKeys).toHaveLength(8);
  });
});

describe('simhash counting', () => {
  it('counts a shingle repeated thousands of times without overflowing its counters', () => {
    // Every shingle of a run of one letter is the same: all its set bits must win the vote.
    const one = textFingerprint('x'.repeat(5000)).simhash;
    const few = textFingerprint('x'.repeat(40)).simhash;
    expect(one).toBe(few);
    expect(one).not.toBe(0n);
  });
});
