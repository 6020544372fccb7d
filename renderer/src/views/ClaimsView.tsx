import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { IRowNode } from 'ag-grid-community';
import type { Claim } from '../../../shared/model';
import { INFINITE, pagedSource } from '../grid/setup';
import type { EditableField } from '../state/claims';
import { useDataVersion } from '../state/data-version';
import { useClaims, useLexicon } from '../state/stores';
import { claimColumns } from './claimColumns';
import { ClaimFilters } from './ClaimFilters';

/** Every claim, paged from SQL: filters, inline edits, accept/reject, bulk actions on the selection. */
export function ClaimsView() {
  const grid = useRef<AgGridReact<Claim>>(null);
  const { total, selectedIds, version, setSelection, setSelectedStatus } = useClaims();
  const loadPage = useClaims((s) => s.loadPage);
  const edit = useClaims((s) => s.edit);
  const dataVersion = useDataVersion((s) => s.version);
  const { entities, metrics } = useLexicon();
  const datasource = useMemo(() => pagedSource(loadPage), [loadPage]);

  const commit = useCallback(
    (node: IRowNode<Claim>, claim: Claim, field: EditableField, raw: string) => {
      void edit(claim, field, raw).then((updated) => updated && node.setData(updated));
    },
    [edit],
  );
  const columns = useMemo(
    () =>
      claimColumns(
        entities.map((e) => e.name),
        metrics.map((m) => m.id),
        commit,
      ),
    [entities, metrics, commit],
  );

  useEffect(() => {
    grid.current?.api?.deselectAll();
    grid.current?.api?.purgeInfiniteCache();
  }, [version]);
  useEffect(() => {
    if (dataVersion > 0) grid.current?.api?.refreshInfiniteCache();
  }, [dataVersion]);

  const n = selectedIds.length;
  return (
    <section className="claims" aria-label="Claims">
      <ClaimFilters />
      <div className="toolbar">
        <span aria-live="polite" aria-label="Claims shown">
          {total === null ? '' : `${total} claims`}
        </span>
        <span className="muted">
          {n > 0 ? ` · ${n} selected` : ' · Space selects a row, Enter edits a cell'}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="accept"
          disabled={n === 0}
          onClick={() => void setSelectedStatus('accepted')}
        >
          Accept selected{n > 0 ? ` (${n})` : ''}
        </button>
        <button
          type="button"
          className="reject"
          disabled={n === 0}
          onClick={() => void setSelectedStatus('rejected')}
        >
          Reject selected{n > 0 ? ` (${n})` : ''}
        </button>
      </div>
      <div className="ag-theme-balham grid">
        <AgGridReact<Claim>
          ref={grid}
          {...INFINITE}
          columnDefs={columns}
          datasource={datasource}
          defaultColDef={{ sortable: true, resizable: true }}
          rowSelection={{
            mode: 'multiRow',
            checkboxes: true,
            headerCheckbox: false,
            enableClickSelection: false,
          }}
          selectionColumnDef={{ width: 36, pinned: 'left' }}
          onSelectionChanged={(e) =>
            setSelection(e.api.getSelectedNodes().flatMap((r) => (r.data ? [r.data.id] : [])))
          }
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          tooltipShowDelay={400}
        />
      </div>
    </section>
  );
}
