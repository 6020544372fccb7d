import type { ColDef, IRowNode } from 'ag-grid-community';
import type { Claim } from '../../../shared/model';
import { formatClaimValue, QUALIFIER_LABELS } from '../format';
import type { EditableField } from '../state/claims';

type Commit = (node: IRowNode<Claim>, claim: Claim, field: EditableField, raw: string) => void;

/** An editable column: the grid never changes the row itself; the store saves, then the row is replaced. */
function editable(
  field: EditableField,
  commit: Commit,
  values?: ReadonlyArray<string>,
): Partial<ColDef<Claim>> {
  return {
    editable: true,
    ...(values ? { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: ['', ...values] } } : {}),
    valueSetter: (p) => {
      if (p.data) commit(p.node as IRowNode<Claim>, p.data, field, String(p.newValue ?? ''));
      return false;
    },
  };
}

export function claimColumns(
  entities: ReadonlyArray<string>,
  metrics: ReadonlyArray<string>,
  commit: Commit,
): ColDef<Claim>[] {
  return [
    {
      colId: 'status',
      field: 'status',
      headerName: 'Status',
      width: 96,
      cellClass: (p) => `status-cell status-${String(p.value)}`,
    },
    {
      colId: 'subject',
      field: 'subject',
      headerName: 'Subject',
      width: 130,
      ...editable('subject', commit, entities),
    },
    {
      colId: 'object',
      field: 'object',
      headerName: 'Object',
      width: 130,
      sortable: false,
      ...editable('object', commit, entities),
    },
    {
      colId: 'metric',
      field: 'metric',
      headerName: 'Metric',
      width: 120,
      ...editable('metric', commit, metrics),
    },
    {
      colId: 'value',
      headerName: 'Value',
      width: 130,
      type: 'rightAligned',
      valueGetter: (p) => (p.data ? formatClaimValue(p.data) : ''),
      tooltipValueGetter: (p) =>
        p.data
          ? `${p.data.value.toLocaleString('en')} ${p.data.unit} · type e.g. 7.7兆円 or 500억 달러`
          : null,
      ...editable('value', commit),
    },
    {
      colId: 'qualifier',
      field: 'qualifier',
      headerName: 'Qualifier',
      width: 90,
      sortable: false,
      valueFormatter: (p) => (p.value ? QUALIFIER_LABELS[p.value as Claim['qualifier']] : ''),
    },
    { colId: 'text', field: 'text', headerName: 'Text', width: 140, sortable: false },
    {
      colId: 'outlet',
      headerName: 'Outlet',
      width: 110,
      sortable: false,
      valueGetter: (p) => p.data?.source.outlet ?? '',
    },
    {
      colId: 'lang',
      headerName: 'Lang',
      width: 60,
      sortable: false,
      valueGetter: (p) => p.data?.source.lang ?? '',
    },
    {
      colId: 'date',
      headerName: 'Date',
      width: 100,
      sortable: false,
      valueGetter: (p) => p.data?.source.publishedAt ?? '',
    },
    { colId: 'asOf', field: 'asOf', headerName: 'As of', width: 95, sortable: false },
    {
      colId: 'quote',
      field: 'quote',
      headerName: 'Quote',
      flex: 1,
      minWidth: 260,
      sortable: false,
      tooltipField: 'quote',
    },
  ];
}
