import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { SourceSummary } from '../../../shared/model';
import { INFINITE, pagedSource } from '../grid/setup';
import { useDataVersion } from '../state/data-version';
import { openInReader, useNav, useSources } from '../state/stores';
import { SearchResults } from './SearchResults';

const COLUMNS: ColDef<SourceSummary>[] = [
  { field: 'outlet', headerName: 'Outlet', width: 140 },
  {
    field: 'title',
    headerName: 'Title',
    flex: 1,
    minWidth: 240,
    valueFormatter: (p) => p.value ?? p.data?.file ?? '',
  },
  { field: 'publishedAt', headerName: 'Date', width: 110, sort: 'desc' },
  { field: 'lang', headerName: 'Lang', width: 70 },
  { field: 'claims', headerName: 'Claims', width: 80, type: 'rightAligned' },
  {
    field: 'nearDuplicateOf',
    headerName: 'Near-dup',
    width: 90,
    sortable: false,
    valueFormatter: (p) => (p.value ? 'near-dup' : ''),
    tooltipValueGetter: (p) => (p.value ? `Near-duplicate of ${String(p.value)}` : null),
  },
  { field: 'format', headerName: 'Format', width: 80, sortable: false },
];

/** The batch's articles (paged from SQL, sorted on the server) and full-text search. */
export function SourcesView() {
  const grid = useRef<AgGridReact<SourceSummary>>(null);
  const search = useRef<HTMLInputElement>(null);
  const { query, hits, searching, total, setQuery, clearSearch } = useSources();
  const loadPage = useSources((s) => s.loadPage);
  const focusRequest = useNav((s) => s.searchFocus);
  const version = useDataVersion((s) => s.version);
  const datasource = useMemo(() => pagedSource(loadPage), [loadPage]);

  useEffect(() => {
    if (focusRequest > 0) search.current?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (version > 0) grid.current?.api?.refreshInfiniteCache();
  }, [version]);
  useEffect(() => {
    // Search as you type, after a pause; Enter searches at once.
    const timer = setTimeout(() => void useSources.getState().search(), 250);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <section className="sources" aria-label="Sources">
      <div className="toolbar">
        <label htmlFor="source-search" className="visually-hidden">
          Search articles
        </label>
        <input
          id="source-search"
          ref={search}
          type="search"
          placeholder="Search articles in any language (Ctrl+F)"
          value={query}
          aria-keyshortcuts="Control+F"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void useSources.getState().search();
            if (e.key === 'Escape') clearSearch();
          }}
        />
        {searching && <span className="muted">Searching…</span>}
        <span className="spacer" />
        <span className="muted">
          {total === null ? '' : `${total} sources`} · Enter or double-click opens the Reader
        </span>
      </div>
      {hits && <SearchResults hits={hits} query={query} />}
      <div className="ag-theme-balham grid" hidden={hits !== null}>
        <AgGridReact<SourceSummary>
          ref={grid}
          {...INFINITE}
          columnDefs={COLUMNS}
          datasource={datasource}
          defaultColDef={{ sortable: true, resizable: true }}
          onRowDoubleClicked={(e) => e.data && openInReader(e.data.id)}
          onCellKeyDown={(e) => {
            const key = (e.event as KeyboardEvent | null | undefined)?.key;
            if (key === 'Enter' && e.data) openInReader(e.data.id);
          }}
          overlayNoRowsTemplate="No sources yet: press Ctrl+I to import articles."
        />
      </div>
    </section>
  );
}
