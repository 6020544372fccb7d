/**
 * Puts every claim of a key into one unit. Currency conversion is injected (the fx module owns
 * rates); here we only decide what is convertible and keep the provenance next to the number.
 */
import { conversionDate } from './claim-facts';
import { claimInterval, referenceValue, scale, widen } from './interval';
import type { ExcludedClaim, NormalisedClaim, NormaliseOptions, ReconcileClaim } from './types';

/** Default slack for converted values (see NormaliseOptions.conversionTolerance). */
export const DEFAULT_CONVERSION_TOLERANCE = 0.03;

export interface NormaliseResult {
  readonly included: NormalisedClaim[];
  readonly excluded: ExcludedClaim[];
}

function sameUnit(claim: ReconcileClaim): NormalisedClaim {
  return { claim, interval: claimInterval(claim), reference: referenceValue(claim), conversion: 'same unit' };
}

/**
 * A restatement inside the article ("500억 달러(약 70조원)") already in the target unit: the
 * article's own conversion, preferred over nothing when no rate is known.
 */
function fromEquivalent(claim: ReconcileClaim, targetUnit: string): NormalisedClaim | null {
  const eq = claim.equivalents.find((e) => e.unit === targetUnit && e.value > 0);
  if (!eq || !(claim.value > 0)) return null;
  const factor = eq.value / claim.value;
  return {
    claim,
    interval: scale(claimInterval(claim), factor),
    reference: referenceValue(claim) * factor,
    conversion: `restated in the article as "${eq.text}"`,
  };
}

export function normaliseClaim(
  claim: ReconcileClaim,
  options: NormaliseOptions,
): NormalisedClaim | ExcludedClaim {
  const { targetUnit, toCurrency } = options;
  if (claim.unit === targetUnit) return sameUnit(claim);
  if (claim.unit === '%' || targetUnit === '%') {
    return { claim, reason: `${claim.unit} cannot be expressed in ${targetUnit}` };
  }
  const date = conversionDate(claim);
  const converted = toCurrency && date ? toCurrency(claim.value, claim.unit, date) : null;
  if (converted && claim.value > 0 && converted.value > 0) {
    const factor = converted.value / claim.value;
    const slack = options.conversionTolerance ?? DEFAULT_CONVERSION_TOLERANCE;
    return {
      claim,
      interval: widen(scale(claimInterval(claim), factor), slack),
      reference: referenceValue(claim) * factor,
      conversion: converted.provenance,
    };
  }
  return (
    fromEquivalent(claim, targetUnit) ?? {
      claim,
      reason: `no ${claim.unit}→${targetUnit} rate${date ? ` for ${date}` : ' (claim has no date)'}`,
    }
  );
}

export function normaliseClaims(
  claims: ReadonlyArray<ReconcileClaim>,
  options: NormaliseOptions,
): NormaliseResult {
  const included: NormalisedClaim[] = [];
  const excluded: ExcludedClaim[] = [];
  for (const claim of claims) {
    const out = normaliseClaim(claim, options);
    if ('interval' in out) included.push(out);
    else excluded.push(out);
  }
  return { included, excluded };
}
