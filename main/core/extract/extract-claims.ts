/**
 * Claim extraction from raw article text: quantities from shared/quantity, then claim building.
 * The quantity scanner is the only number parser; this module never reads numbers itself.
 */
import { findQuantities } from '../../../shared/quantity';
import type { QuantityLang } from '../../../shared/quantity/types';
import { buildClaims } from './build-claims';
import type { ArticleInput, ClaimDraft, ExtractionResult } from './claim-types';
import type { CompiledLexicon } from './lexicon-matcher';
import { detectLang, langFamily } from './text-scripts';

function quantityLang(text: string, lang: string | null): QuantityLang {
  return langFamily(lang) ?? detectLang(text);
}

/** Claims and candidate entities of one article. */
export function extractArticle(article: ArticleInput, lexicon: CompiledLexicon): ExtractionResult {
  const lang = quantityLang(article.text, article.lang);
  const quantities = findQuantities(article.text, { lang });
  const titleQuantities = article.title
    ? findQuantities(article.title, {
        lang: langFamily(article.lang) ?? detectLang(article.title, 0, article.title.length, lang),
      })
    : [];
  return buildClaims({ article, quantities, titleQuantities }, lexicon);
}

/** Claims of one article (see ClaimDraft for span conventions). */
export function extractClaims(article: ArticleInput, lexicon: CompiledLexicon): ClaimDraft[] {
  return extractArticle(article, lexicon).claims;
}
