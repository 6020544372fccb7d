import { useEffect, useRef, useState } from 'react';
import { formatClaimValue } from '../format';
import { useReader } from '../state/stores';
import { HighlightedText } from './ArticleText';
import { ClaimPanel } from './ClaimPanel';
import { FindTextForClaim, NewClaimForm } from './NewClaimForm';
import { selectionOffsets } from './selection';

/** One article's text with its claims highlighted; details, accept/reject and new claims beside it. */
export function ReaderView() {
  const { detail, loading, selectedClaimId, draft, selectClaim, startDraft } = useReader();
  const body = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<[number, number] | null>(null);
  useEffect(() => setSelection(null), [detail?.source.id]);

  if (!detail) {
    return (
      <section className="reader empty" aria-label="Reader">
        <p>
          {loading
            ? 'Opening…'
            : 'Choose an article in Sources (Ctrl+1), then press Enter or double-click it.'}
        </p>
      </section>
    );
  }
  const { source } = detail;
  const titleClaims = detail.claims.filter((c) => c.inTitle);
  const bodyClaims = detail.claims.filter((c) => !c.inTitle);
  const selected = detail.claims.find((c) => c.id === selectedClaimId) ?? null;
  const lang = source.lang ?? undefined;
  return (
    <section className="reader" aria-label="Reader">
      <article className="article" lang={lang}>
        <h2 className="article-title">
          {detail.title ? (
            <HighlightedText
              text={detail.title}
              claims={titleClaims}
              selectedId={selectedClaimId}
              onSelect={selectClaim}
            />
          ) : (
            source.file
          )}
        </h2>
        <p className="muted article-meta">
          {[source.outlet, source.publishedAt, source.lang, source.file].filter(Boolean).join(' · ')}
          {source.nearDuplicateOf ? ` · near-duplicate of ${source.nearDuplicateOf}` : ''}
        </p>
        <div
          ref={body}
          className="article-body"
          aria-label="Article text"
          onMouseUp={() => setSelection(body.current ? selectionOffsets(body.current) : null)}
          onKeyUp={() => setSelection(body.current ? selectionOffsets(body.current) : null)}
        >
          <HighlightedText
            text={detail.text}
            claims={bodyClaims}
            selectedId={selectedClaimId}
            onSelect={selectClaim}
          />
        </div>
      </article>
      <aside className="reader-side" aria-label="Claims in this article">
        {selection && !draft && (
          <button
            type="button"
            className="primary new-claim-button"
            onClick={() => startDraft(selection[0], selection[1])}
          >
            New claim from “{detail.text.slice(selection[0], selection[1]).slice(0, 30)}”
          </button>
        )}
        {draft ? (
          <NewClaimForm />
        ) : (
          <>
            {selected && <ClaimPanel claim={selected} />}
            <FindTextForClaim />
          </>
        )}
        <h3>{detail.claims.length} claims</h3>
        <ul className="claim-list">
          {detail.claims.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                aria-pressed={c.id === selectedClaimId}
                className={`status-${c.status}`}
                onClick={() => selectClaim(c.id)}
              >
                <span className={`dot status-${c.status}`} aria-hidden="true" />
                {formatClaimValue(c)} <span className="muted">{c.metric ?? '?'}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </section>
  );
}
