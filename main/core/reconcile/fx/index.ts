/** FX: reference table, article-implied rates, the RateBook, conversion and restatement checks. */
export type {
  ChosenRate,
  Conversion,
  FxRate,
  RateFlag,
  RateOrigin,
  RateQuery,
  ReferenceStatus,
} from './types';
export { FxTableError } from './types';
export { monthOf } from './month';
export {
  loadReferenceTable,
  parseReferenceTable,
  referenceRates,
  REFERENCE_FORMAT,
  type ReferenceMonth,
  type ReferenceTable,
} from './reference';
export { parseRateNotes, notePerUsd, type RateNote } from './rate-notes';
export {
  impliedRates,
  conversionDate,
  type RateClaim,
  WEIGHT_ABOUT,
  WEIGHT_EXACT,
  WEIGHT_STATED,
} from './implied';
export { RateBook } from './rate-book';
export { convert } from './convert';
export {
  restatementAgrees,
  DEFAULT_TOLERANCE,
  CHECK_QUERY,
  type AgreementClaim,
  type AgreementEquivalent,
  type RestatementCheck,
  type Tolerance,
} from './agreement';
