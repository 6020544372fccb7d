/**
 * Claim extraction: lexicon (entities, metrics), sentence analysis and the claim builder.
 * Public surface for ingest, the CLI and the service; everything else in this folder is internal.
 */
export { CLAIM_BUILDER_VERSION, buildClaims, titleOffset, type BuildInput } from './build-claims';
export { extractArticle, extractClaims } from './extract-claims';
export type { ArticleInput, ClaimDraft, ExtractionResult } from './claim-types';
export type { CandidateEntity } from './candidates';
export {
  loadDefaultLexicon,
  lexiconFromFiles,
  toLexiconRows,
  type LexiconRowsShape,
  validateLexicon,
  LexiconError,
  LEXICON_LANGS,
  ENTITY_KINDS,
  type Lexicon,
  type EntityEntry,
  type MetricEntry,
  type EntityKind,
  type LexiconLang,
  type WordsByLang,
} from './lexicon';
export { compileLexicon, type CompiledLexicon, type Mention } from './lexicon-matcher';
export { splitSentences, type Sentence } from './sentences';
export { langFamily, detectLang, type LangFamily } from './text-scripts';
