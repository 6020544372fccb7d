import { useClaims, useImport, useProject, useReader, useSources } from '../state/stores';

/** One line at the bottom: the latest error or message, a running import, the host. */
export function StatusBar() {
  const host = useProject((s) => s.host);
  const job = useImport((s) => s.job);
  const problem =
    useProject((s) => s.error) ??
    useSources((s) => s.error) ??
    useReader((s) => s.error) ??
    useClaims((s) => s.error);
  const message = useClaims((s) => s.message);
  const p = job?.progress;
  return (
    <footer className="status-bar">
      <span role="status" aria-label="Status message" className={problem ? 'status-error' : undefined}>
        {problem ? problem.message : (message ?? 'Ready')}
      </span>
      <span className="spacer" />
      {job?.running && <span>Importing {p ? `${p.filesDone}/${p.filesTotal}` : '…'}</span>}
      <span className="muted">
        {host ? `${host.host} host · v${host.version}` : ''} · Ctrl+I import · Ctrl+F search · Ctrl+1–5 views
      </span>
    </footer>
  );
}
