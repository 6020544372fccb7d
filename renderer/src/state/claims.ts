import { create } from 'zustand';
import { CLAIM_SORTS, type ApiError, type ApiInput } from '../../../shared/api';
import type { Claim, ClaimStatus } from '../../../shared/model';
import { parseAmount } from '../../../shared/quantity';
import { errorOf, valueOf, type GridSort, type Page, type StoreDeps } from './deps';
import { quantityLang } from './reader';

export type ClaimFilter = NonNullable<ApiInput<'claims.list'>['filter']>;
export type FilterField = 'subject' | 'object' | 'metric' | 'lang' | 'outlet' | 'status' | 'qualifier';
/** The grid columns the analyst can edit in place. */
export type EditableField = 'subject' | 'object' | 'metric' | 'value';

type ClaimSort = (typeof CLAIM_SORTS)[number];

export interface ClaimsState {
  readonly filter: Readonly<Partial<Record<FilterField, string>>>;
  readonly selectedIds: ReadonlyArray<string>;
  readonly total: number | null;
  /** Bumped when the grid must drop its cached pages (a filter or bulk change). */
  readonly version: number;
  readonly message: string | null;
  readonly error: ApiError | null;
  setFilter(field: FilterField, value: string): void;
  clearFilters(): void;
  loadPage(start: number, end: number, sort: ReadonlyArray<GridSort>): Promise<Page<Claim>>;
  setSelection(ids: ReadonlyArray<string>): void;
  setStatus(ids: ReadonlyArray<string>, status: ClaimStatus): Promise<void>;
  /** Bulk action on the selected rows. */
  setSelectedStatus(status: ClaimStatus): Promise<void>;
  /** One inline edit; returns the updated claim, or null when it was refused. */
  edit(claim: Claim, field: EditableField, raw: string): Promise<Claim | null>;
}

const COLUMN_SORTS: Record<string, ClaimSort> = {
  status: 'status',
  value: 'value',
  unit: 'unit',
  metric: 'metric',
  subject: 'subject',
  confidence: 'confidence',
  source: 'source',
};

export function claimSortOf(sort: ReadonlyArray<GridSort>): { sort?: ClaimSort; dir?: 'asc' | 'desc' } {
  const first = sort.find((s) => s.sort);
  const known = first ? COLUMN_SORTS[first.colId] : undefined;
  return first?.sort && known ? { sort: known, dir: first.sort } : {};
}

export function filterOf(f: ClaimsState['filter']): ClaimFilter {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (v) out[k] = v;
  return out as ClaimFilter;
}

/** The patch an inline edit means; a value goes through parseAmount ("7.7兆円", "500억 달러"). */
export function patchOf(
  claim: Claim,
  field: EditableField,
  raw: string,
): ApiInput<'claims.update'>['patch'] | string {
  const text = raw.trim();
  if (field !== 'value') return { [field]: text === '' ? null : text };
  const q = parseAmount(text, { lang: quantityLang(claim.source.lang) });
  if (!q) return `"${text}" is not an amount Concord can read.`;
  return { value: q.value, unit: q.unit || claim.unit, qualifier: q.qualifier, low: q.low, high: q.high };
}

/** The Claims view: filters, paging, selection, inline edits and bulk status changes. */
export const createClaimsStore = (deps: StoreDeps) =>
  create<ClaimsState>()((set, get) => ({
    filter: {},
    selectedIds: [],
    total: null,
    version: 0,
    message: null,
    error: null,

    setFilter(field, value) {
      set((s) => ({ filter: { ...s.filter, [field]: value }, version: s.version + 1, selectedIds: [] }));
    },

    clearFilters: () => set((s) => ({ filter: {}, version: s.version + 1, selectedIds: [] })),

    async loadPage(start, end, sort) {
      try {
        const input = {
          offset: start,
          limit: Math.min(1000, Math.max(1, end - start)),
          filter: filterOf(get().filter),
          ...claimSortOf(sort),
        };
        const page = valueOf(await deps.api()['claims.list'](input));
        set({ total: page.total, error: null });
        return page;
      } catch (err) {
        set({ error: errorOf(err) });
        throw err;
      }
    },

    setSelection: (ids) => set({ selectedIds: ids }),

    async setStatus(ids, status) {
      if (ids.length === 0) return;
      const result = await deps.api()['claims.setStatus']({ ids: [...ids], status });
      if (!result.ok) return set({ error: result.error });
      const n = result.value.claims.length;
      set((s) => ({
        version: s.version + 1,
        message: `${n} claim${n === 1 ? '' : 's'} ${status}.`,
        error: null,
      }));
      deps.changed();
    },

    setSelectedStatus: (status) => get().setStatus(get().selectedIds, status),

    async edit(claim, field, raw) {
      const patch = patchOf(claim, field, raw);
      if (typeof patch === 'string') {
        set({ error: { code: 'invalid_input', message: patch } });
        return null;
      }
      const result = await deps.api()['claims.update']({ id: claim.id, patch });
      if (!result.ok) {
        set({ error: result.error });
        return null;
      }
      set({ message: `${claim.id} updated.`, error: null });
      deps.changed();
      return result.value;
    },
  }));
