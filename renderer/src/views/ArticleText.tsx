import type { KeyboardEvent } from 'react';
import type { Claim } from '../../../shared/model';
import { formatClaimValue, keyLabel } from '../format';

interface Segment {
  readonly text: string;
  readonly claim: Claim | null;
}

/** Splits TEXT at the claims' spans; overlapping spans keep the first claim (the panel lists all). */
export function segmentsOf(text: string, claims: ReadonlyArray<Claim>): Segment[] {
  const sorted = [...claims].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: Segment[] = [];
  let at = 0;
  for (const c of sorted) {
    const [start, end] = c.span;
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), claim: null });
    out.push({ text: text.slice(start, end), claim: c });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), claim: null });
  return out;
}

interface Props {
  readonly text: string;
  readonly claims: ReadonlyArray<Claim>;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/**
 * Article text as React text nodes (never HTML), each claim a focusable highlight coloured by
 * status. The caller's selection handler relies on the text nodes joining to exactly TEXT.
 */
export function HighlightedText({ text, claims, selectedId, onSelect }: Props) {
  const key = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };
  return (
    <>
      {segmentsOf(text, claims).map((s, i) =>
        s.claim ? (
          <mark
            key={i}
            className={`claim status-${s.claim.status}${s.claim.id === selectedId ? ' selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-pressed={s.claim.id === selectedId}
            aria-label={`${s.text}: ${formatClaimValue(s.claim)}, ${keyLabel(s.claim)}, ${s.claim.status}`}
            title={`${keyLabel(s.claim)} · ${s.claim.status}`}
            data-claim-id={s.claim.id}
            onClick={() => onSelect(s.claim!.id)}
            onKeyDown={key(s.claim.id)}
          >
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
