import type { KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/model';
import { openInReader } from '../state/stores';

/** "…text [hit] text…" from sources.search, with the hit marked; text nodes only. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[([^\]]*)\]/);
  return (
    <span className="snippet">
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}
    </span>
  );
}

function moveFocus(e: KeyboardEvent<HTMLButtonElement>) {
  const item = e.currentTarget.closest('li');
  const next =
    e.key === 'ArrowDown'
      ? item?.nextElementSibling
      : e.key === 'ArrowUp'
        ? item?.previousElementSibling
        : null;
  const button = next?.querySelector('button');
  if (button) {
    e.preventDefault();
    button.focus();
  }
}

/** Full-text hits; arrows move, Enter opens the article in the Reader. */
export function SearchResults({ hits, query }: { hits: ReadonlyArray<SearchHit>; query: string }) {
  if (hits.length === 0) return <p className="empty">No article contains “{query.trim()}”.</p>;
  return (
    <ol className="search-results" aria-label="Search results">
      {hits.map((h) => (
        <li key={h.source.id}>
          <button type="button" onClick={() => openInReader(h.source.id)} onKeyDown={moveFocus}>
            <span className="hit-title" lang={h.source.lang ?? undefined}>
              {h.source.title ?? h.source.file}
            </span>
            <span className="muted">
              {[h.source.outlet, h.source.publishedAt, h.source.lang].filter(Boolean).join(' · ')}
            </span>
            <Snippet text={h.snippet} />
          </button>
        </li>
      ))}
    </ol>
  );
}
