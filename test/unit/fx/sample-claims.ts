/** The sample batch's claims, read the way an import reads them (ingest + extract), as RateClaims. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexicon, extractClaims, loadDefaultLexicon } from '../../../main/core/extract';
import { parseArticleBytesAsync } from '../../../main/core/ingest';
import type { RateClaim } from '../../../main/core/reconcile/fx';

const DIR = fileURLToPath(new URL('../../../resources/sample/articles', import.meta.url));

export interface SampleClaim extends RateClaim {
  readonly file: string;
  readonly text: string;
}

let cache: Promise<SampleClaim[]> | null = null;

export function sampleClaims(): Promise<SampleClaim[]> {
  cache ??= readAll();
  return cache;
}

async function readAll(): Promise<SampleClaim[]> {
  const lexicon = compileLexicon(loadDefaultLexicon());
  const out: SampleClaim[] = [];
  for (const file of readdirSync(DIR).sort()) {
    const path = join(DIR, file);
    const parsed = await parseArticleBytesAsync(readFileSync(path), file, path);
    parsed.articles.forEach((a, i) => {
      const drafts = extractClaims(
        { text: a.text, title: a.title, publishedAt: a.publishedAt, lang: a.lang },
        lexicon,
      );
      for (const d of drafts) {
        out.push({
          id: `c_${out.length + 1}`,
          file,
          source: { id: `s_${file}#${i}`, publishedAt: a.publishedAt },
          value: d.value,
          unit: d.unit,
          qualifier: d.qualifier,
          asOf: d.asOf,
          quote: d.quote,
          text: d.text,
          equivalents: d.equivalents,
        });
      }
    });
  }
  return out;
}
