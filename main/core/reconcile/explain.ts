/**
 * The explanation of a suggestion: every report of the key sorted into supporting, contradicting
 * and other (updated, different definition, part of the total, outlier, another figure), each
 * with a one-line reason.
 */
import { definitionDifference, describeClaim } from './claim-facts';
import { relateClaims, valueRatio } from './conflicts';
import { formatInterval, intersects } from './interval';
import { areRivals } from './truth-discovery';
import type { ClaimVerdict, Figure, NormalisedClaim, RelationKind } from './types';

export interface Verdicts {
  readonly supporting: ClaimVerdict[];
  readonly contradicting: ClaimVerdict[];
  readonly other: ClaimVerdict[];
}

function verdict(c: NormalisedClaim, kind: ClaimVerdict['kind'], reason: string): ClaimVerdict {
  return {
    claimId: c.claim.id,
    outlet: c.claim.source.outlet,
    text: c.claim.text,
    kind,
    reason: `${describeClaim(c.claim)} — ${reason}`,
  };
}

/** The member that wrote the figure's value (or its closest). */
export function representativeClaim(figure: Figure): NormalisedClaim {
  const converted = (c: NormalisedClaim) => Number(c.conversion !== 'same unit');
  return [...figure.members].sort(
    (a, b) =>
      converted(a) - converted(b) ||
      valueRatio(a.reference, figure.value) - valueRatio(b.reference, figure.value),
  )[0]!;
}

function supportReason(c: NormalisedClaim, principal: Figure): string {
  if (c.conversion !== 'same unit') return `the same amount in ${c.claim.unit} (${c.conversion})`;
  if (c.claim.qualifier === 'exact' || c.claim.qualifier === 'about') {
    return valueRatio(c.reference, principal.value) <= 1.0005
      ? 'gives the value'
      : `${c.claim.qualifier} ${formatInterval(c.interval)} holds the value (rounding)`;
  }
  return `${c.claim.qualifier.replace('_', ' ')} ${formatInterval(c.interval)} is compatible with the value`;
}

export function explain(
  principal: Figure,
  figures: ReadonlyArray<Figure>,
  outliers: ReadonlyArray<{ readonly claim: NormalisedClaim; readonly reason: string }>,
  windowDays: number,
  supersessions: ReadonlyMap<string, { readonly by: Figure; readonly reason: string }>,
): Verdicts {
  const out: Verdicts = { supporting: [], contradicting: [], other: [] };
  const anchor = representativeClaim(principal);
  for (const c of principal.members) out.supporting.push(verdict(c, 'agree', supportReason(c, principal)));
  for (const f of figures) {
    if (f.id === principal.id) continue;
    for (const c of f.members) {
      if (f.componentOf) {
        const total = figures.find((g) => g.id === f.componentOf);
        const parts = figures.filter((g) => g.componentOf === f.componentOf).map((g) => g.value);
        out.other.push(
          verdict(c, 'component', `a part of ${total?.value ?? 'the total'} (${parts.join(' + ')})`),
        );
        continue;
      }
      const difference = definitionDifference(f.definition, principal.definition);
      if (difference) {
        out.other.push(
          verdict(c, 'different-definition', `a different definition (${difference}), kept apart`),
        );
        continue;
      }
      const relation = relateClaims(c, anchor, { windowDays, outlierRatio: Infinity });
      const kind: RelationKind = relation.kind;
      const replaced = supersessions.get(f.id);
      if (replaced) {
        const why = kind === 'update' ? relation.reason : replaced.reason;
        out.other.push(
          verdict(
            c,
            'update',
            `superseded${replaced.by.id === principal.id ? '' : ` by ${replaced.by.value}`}: ${why}`,
          ),
        );
      } else if (kind === 'update') {
        const newer = relation.newerClaimId === anchor.claim.id;
        out.other.push(
          verdict(c, 'update', `${newer ? 'superseded' : 'a later update'}: ${relation.reason}`),
        );
      } else if (areRivals(f, principal, windowDays)) {
        out.contradicting.push(verdict(c, 'conflict', relation.reason));
      } else if (intersects(c.interval, principal.interval)) {
        out.supporting.push(verdict(c, 'agree', supportReason(c, principal)));
      } else {
        out.other.push(
          verdict(
            c,
            'other-figure',
            `another figure sharing the key (${valueRatio(c.reference, principal.value).toFixed(1)}× off, not a rival report of the same number)`,
          ),
        );
      }
    }
  }
  for (const o of outliers) out.other.push(verdict(o.claim, 'outlier', o.reason));
  return out;
}
