/**
 * Reconciliation engine: pure functions from claims to intervals, relations, figures, suggestions
 * and consensus tables. Currency conversion is injected (see ./fx); nothing here touches the DB.
 */
export * from './types';
export {
  claimInterval,
  claimShape,
  closed,
  contains,
  containsPoint,
  formatInterval,
  hull,
  intersect,
  intersects,
  isEmpty,
  pointTolerance,
  referenceValue,
  width,
  writtenPrecision,
  ABOUT_TOLERANCE,
  EXACT_TOLERANCE,
} from './interval';
export {
  definitionOf,
  definitionDifference,
  independenceGroup,
  isSecondary,
  GROWING_METRICS,
} from './claim-facts';
export { normaliseClaim, normaliseClaims, DEFAULT_CONVERSION_TOLERANCE } from './normalise';
export {
  relateClaims,
  detectConflicts,
  jointlyPossible,
  type PairRelation,
  type RelationOptions,
} from './conflicts';
export { buildFigures, findOutliers, type FigureOptions, type KeyFigures } from './figures';
export { discoverTruth, type TruthDiscoveryOptions, type TruthDiscoveryResult } from './truth-discovery';
export {
  suggestKeys,
  suggestKey,
  keyOf,
  groupByKey,
  findSupersessions,
  type KeyClaims,
  type SuggestOptions,
  type SuggestResult,
} from './suggest';
export {
  consensusAt,
  EXCLUSION_REASONS,
  ExclusionReasonMissing,
  type Consensus,
  type ConsensusOptions,
  type ExclusionReason,
} from './consensus';
