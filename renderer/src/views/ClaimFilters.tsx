import { CLAIM_STATUSES, QUALIFIERS } from '../../../shared/api/model-schemas';
import { QUALIFIER_LABELS } from '../format';
import type { FilterField } from '../state/claims';
import { useClaims, useLexicon } from '../state/stores';

const LANGS = ['en', 'ko', 'ja', 'zh'];

function Select({
  field,
  label,
  options,
}: {
  field: FilterField;
  label: string;
  options: ReadonlyArray<readonly [string, string]>;
}) {
  const value = useClaims((s) => s.filter[field] ?? '');
  const setFilter = useClaims((s) => s.setFilter);
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => setFilter(field, e.target.value)}>
        <option value="">any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Claims filters; each change reloads the grid's pages from SQL. */
export function ClaimFilters() {
  const { entities, metrics } = useLexicon();
  const outlet = useClaims((s) => s.filter.outlet ?? '');
  const { setFilter, clearFilters } = useClaims();
  const names = entities.map((e) => [e.name, e.name] as const);
  return (
    <div className="filters" role="group" aria-label="Claim filters">
      <Select field="subject" label="Subject" options={names} />
      <Select field="object" label="Object" options={names} />
      <Select field="metric" label="Metric" options={metrics.map((m) => [m.id, m.label] as const)} />
      <Select field="lang" label="Language" options={LANGS.map((l) => [l, l] as const)} />
      <label className="filter">
        <span>Outlet</span>
        <input value={outlet} size={12} onChange={(e) => setFilter('outlet', e.target.value)} />
      </label>
      <Select field="status" label="Status" options={CLAIM_STATUSES.map((s) => [s, s] as const)} />
      <Select
        field="qualifier"
        label="Qualifier"
        options={QUALIFIERS.map((q) => [q, QUALIFIER_LABELS[q]] as const)}
      />
      <button type="button" onClick={clearFilters}>
        Clear filters
      </button>
    </div>
  );
}
