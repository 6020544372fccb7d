import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, extractClaims, loadDefaultLexicon } from '../../main/core/extract';
import { parseArticleBytesAsync } from '../../main/core/ingest';
import { loadEvalSets, type GoldArticle } from './annotations';
import { emptyTally, rates, scoreArticle, type Rates, type Tally } from './score';

export interface SetResult {
  readonly name: string;
  readonly articles: number;
  readonly tally: Tally;
  readonly rates: Rates;
  readonly byLang: Readonly<Record<string, Rates>>;
  /** Annotated texts the importer did not deliver (a miss there is ingest's, not extraction's). */
  readonly ingestGaps: ReadonlyArray<string>;
}

/** Annotated amounts whose text is not in the title or body as ingest produced them. */
function ingestGaps(gold: GoldArticle, title: string | null, text: string): string[] {
  const seen = `${title ?? ''}\n${text}`;
  return gold.amounts
    .filter((g) => !seen.includes(g.text))
    .map((g) => `${gold.file}: "${g.text}" not in the ingested title or text`);
}

/** Runs ingest + extraction over every annotated article and scores it against the annotations. */
export async function evaluateExtraction(): Promise<SetResult[]> {
  const lexicon = compileLexicon(loadDefaultLexicon());
  const results: SetResult[] = [];
  for (const set of loadEvalSets()) {
    const tally = emptyTally();
    const perLang = new Map<string, Tally>();
    const gaps: string[] = [];
    for (const gold of set.articles) {
      const path = join(set.articlesDir, gold.file);
      const parsed = await parseArticleBytesAsync(readFileSync(path), gold.file, path);
      const article = parsed.articles[0];
      if (!article) {
        tally.misses.push(`${gold.file}: not read (${parsed.errors.map((e) => e.message).join('; ')})`);
        tally.goldAmounts += gold.amounts.length;
        continue;
      }
      gaps.push(...ingestGaps(gold, article.title, article.text));
      const predicted = extractClaims(
        { text: article.text, title: article.title, publishedAt: article.publishedAt, lang: article.lang },
        lexicon,
      );
      const langTally = perLang.get(gold.lang) ?? emptyTally();
      perLang.set(gold.lang, langTally);
      scoreArticle(gold, predicted, tally);
      scoreArticle(gold, predicted, langTally);
    }
    results.push({
      name: set.name,
      articles: set.articles.length,
      tally,
      rates: rates(tally),
      byLang: Object.fromEntries([...perLang].map(([lang, t]) => [lang, rates(t)])),
      ingestGaps: gaps,
    });
  }
  return results;
}
