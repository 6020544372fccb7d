import { useEffect, useState, type CSSProperties, type FormEvent } from 'react';
import { useProject, type ImportState } from './state/project';

// A minimal shell that proves the plumbing (info, sources, import with progress); the real
// views (Sources, Reader, Claims, Compare…) replace the body of <main> later.

const page: CSSProperties = {
  font: '14px/1.45 system-ui, sans-serif',
  margin: '0 auto',
  maxWidth: 880,
  padding: 24,
  color: '#1d232b',
};
const card: CSSProperties = { border: '1px solid #d5dae1', borderRadius: 8, padding: 16, marginBottom: 16 };
const muted: CSSProperties = { color: '#5c6672' };

export function App() {
  const init = useProject((s) => s.init);
  useEffect(() => void init(), [init]);
  const { status, info, error } = useProject();
  return (
    <div style={page}>
      <header>
        <h1 style={{ margin: '0 0 4px' }}>Concord</h1>
        <p style={{ ...muted, margin: '0 0 16px' }}>
          {info ? info.name : status === 'error' ? 'No project' : 'Opening…'}
        </p>
      </header>
      {error && (
        <p role="alert" style={{ ...card, borderColor: '#d93025', color: '#a50e0e' }}>
          {error.message}
        </p>
      )}
      <main>
        <ProjectSummary />
        <ImportBox />
      </main>
    </div>
  );
}

function ProjectSummary() {
  const { info, recentSources } = useProject();
  if (!info) return null;
  return (
    <section aria-labelledby="project-heading" style={card}>
      <h2 id="project-heading" style={{ marginTop: 0, fontSize: 16 }}>
        Project
      </h2>
      <p>
        <output aria-label="Source count">{info.counts.sources}</output> sources ·{' '}
        <output aria-label="Claim count">{info.counts.claims}</output> claims ·{' '}
        <span style={muted}>schema {info.schemaVersion}</span>
      </p>
      {recentSources.length > 0 && (
        <ul aria-label="Latest sources" style={{ paddingLeft: 18, margin: 0 }}>
          {recentSources.map((s) => (
            <li key={s.id}>
              <span style={muted}>
                {s.publishedAt ?? 'undated'} · {s.lang ?? '??'} ·{' '}
              </span>
              {s.title ?? s.file} <span style={muted}>({s.claims} claims)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ImportBox() {
  const { host, importing, importPaths, pickAndImport, cancelImport } = useProject();
  const [typed, setTyped] = useState('');
  const running = importing?.running ?? false;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const paths = typed
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    if (paths.length > 0) void importPaths(paths);
  };
  return (
    <section aria-labelledby="import-heading" style={card}>
      <h2 id="import-heading" style={{ marginTop: 0, fontSize: 16 }}>
        Import articles
      </h2>
      {host?.nativeDialogs && (
        <p>
          <button type="button" disabled={running} onClick={() => void pickAndImport('files')}>
            Choose files…
          </button>{' '}
          <button type="button" disabled={running} onClick={() => void pickAndImport('folder')}>
            Choose folder…
          </button>
        </p>
      )}
      <form onSubmit={submit}>
        <label htmlFor="import-paths" style={{ display: 'block', marginBottom: 4 }}>
          Files or folders to import (one path per line)
        </label>
        <textarea
          id="import-paths"
          rows={3}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }}
        />
        <p style={{ marginBottom: 0 }}>
          <button type="submit" disabled={running || typed.trim() === ''}>
            Import
          </button>{' '}
          {running && (
            <button type="button" onClick={() => void cancelImport()}>
              Cancel
            </button>
          )}
        </p>
      </form>
      {importing && <ImportProgressView job={importing} />}
    </section>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function ImportProgressView({ job }: { job: ImportState }) {
  const p = job.progress;
  const s = job.summary;
  return (
    <div style={{ marginTop: 12 }}>
      <progress
        aria-label="Import progress"
        max={Math.max(1, p?.filesTotal ?? 1)}
        value={s ? (p?.filesTotal ?? 1) : (p?.filesDone ?? 0)}
        style={{ width: '100%' }}
      />
      <p aria-live="polite" style={muted}>
        {s
          ? `Import ${s.status}: ${count(s.filesRead, 'file')}, ${count(s.sourcesAdded, 'source')} added, ${count(s.duplicatesSkipped, 'duplicate')} skipped, ${count(s.claimsFound, 'claim')}, ${count(s.errors.length, 'error')}.`
          : p
            ? `${p.phase}: ${p.filesDone}/${p.filesTotal} files · ${p.sourcesAdded} sources`
            : 'Starting…'}
      </p>
      {s && s.errors.length > 0 && (
        <ul aria-label="Import errors">
          {s.errors.slice(0, 20).map((e, i) => (
            <li key={i}>
              {e.file}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
