import type { Claim } from '../../../shared/model';
import { formatAmount, formatClaimValue, QUALIFIER_LABELS } from '../format';
import { useReader } from '../state/stores';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** One claim's details with Accept / Reject. */
export function ClaimPanel({ claim }: { claim: Claim }) {
  const setStatus = useReader((s) => s.setStatus);
  return (
    <section className="claim-panel" aria-label="Claim details">
      <h3>
        <span className={`badge status-${claim.status}`}>{claim.status}</span> {claim.id}
      </h3>
      <dl>
        <Row label="Value">
          <strong>{formatClaimValue(claim)}</strong> <span className="muted">“{claim.text}”</span>
        </Row>
        <Row label="Unit">{claim.unit}</Row>
        <Row label="Qualifier">{QUALIFIER_LABELS[claim.qualifier]}</Row>
        <Row label="Key">
          {claim.subject ?? '?'} → {claim.object ?? '—'} : {claim.metric ?? '?'}
        </Row>
        <Row label="As of">{claim.asOf ?? '—'}</Row>
        <Row label="Cited source">{claim.citedSource ?? '—'}</Row>
        <Row label="Note">{claim.note ?? '—'}</Row>
        <Row label="Equivalents">
          {claim.equivalents.length === 0
            ? '—'
            : claim.equivalents.map((e) => `${formatAmount(e.value, e.unit)} (“${e.text}”)`).join('; ')}
        </Row>
        <Row label="Origin">{claim.origin}</Row>
      </dl>
      <blockquote>{claim.quote}</blockquote>
      <p className="row">
        <button
          type="button"
          className="accept"
          disabled={claim.status === 'accepted'}
          onClick={() => void setStatus(claim.id, 'accepted')}
        >
          Accept
        </button>
        <button
          type="button"
          className="reject"
          disabled={claim.status === 'rejected'}
          onClick={() => void setStatus(claim.id, 'rejected')}
        >
          Reject
        </button>
      </p>
    </section>
  );
}
