/**
 * Multilingual money and percentage scanner (English, Korean, Japanese, Chinese in any mix).
 * Pure TypeScript: no Node or DOM APIs, so it runs in main and renderer alike.
 */
export type { Equivalent, Qualifier, Quantity, QuantityLang, Span } from './types';
export { QUALIFIERS } from './types';
export { findQuantities, type FindOptions } from './scanner';
export { parseAmount, type ParseAmountOptions } from './parseAmount';
export { findNumbers, type FindNumbersOptions, type FoundNumber } from './findNumbers';
