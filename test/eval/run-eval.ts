import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, extractClaims, loadDefaultLexicon } from '../../main/core/extract';
import { parseArticleBytesAsync } from '../../main/core/ingest';
import { loadEvalSets } from './annotations';
import { emptyTally, rates, scoreArticle, type Rates, type Tally } from './score';

export interface SetResult {
  readonly name: string;
  readonly articles: number;
  readonly tally: Tally;
  readonly rates: Rates;
  readonly byLang: Readonly<Record<string, Rates>>;
}

/** Runs ingest + extraction over every annotated article and scores it against the annotations. */
export async function evaluateExtraction(): Promise<SetResult[]> {
  const lexicon = compileLexicon(loadDefaultLexicon());
  const results: SetResult[] = [];
  for (const set of loadEvalSets()) {
    const tally = emptyTally();
    const perLang = new Map<string, Tally>();
    for (const gold of set.articles) {
      const path = join(set.articlesDir, gold.file);
      const parsed = await parseArticleBytesAsync(readFileSync(path), gold.file, path);
      const article = parsed.articles[0];
      if (!article) {
        tally.misses.push(`${gold.file}: not read (${parsed.errors.map((e) => e.message).join('; ')})`);
        tally.goldAmounts += gold.amounts.length;
        continue;
      }
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
    });
  }
  return results;
}
