import { useEffect, useRef, type FormEvent } from 'react';
import type { ImportJob } from '../state/import';
import { useImport, useProject } from '../state/stores';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Import: typed paths (any host) or native pickers (desktop), progress, cancel, the batch report. */
export function ImportDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const s = useImport();
  const native = useProject((p) => p.host?.nativeDialogs ?? false);
  const running = s.job?.running ?? false;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (s.open && !dialog.open) dialog.showModal();
    if (!s.open && dialog.open) dialog.close();
  }, [s.open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.start();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="import-title" onClose={s.closeDialog}>
      <form onSubmit={submit}>
        <h2 id="import-title">Import articles</h2>
        {native && (
          <p className="row">
            <button type="button" disabled={running} onClick={() => void s.pick('files')}>
              Choose files…
            </button>
            <button type="button" disabled={running} onClick={() => void s.pick('folder')}>
              Choose folder…
            </button>
          </p>
        )}
        <label htmlFor="import-paths">Files or folders to import (one path per line)</label>
        <textarea
          id="import-paths"
          rows={3}
          value={s.pathsText}
          placeholder="/home/me/news/amazon-openai"
          onChange={(e) => s.setPaths(e.target.value)}
        />
        {s.job && <ImportReport job={s.job} />}
        {s.error && (
          <p role="alert" className="status-error">
            {s.error.message}
          </p>
        )}
        <p className="row end">
          {running && (
            <button type="button" disabled={s.job?.cancelling} onClick={() => void s.cancel()}>
              Cancel import
            </button>
          )}
          <button type="button" onClick={s.closeDialog}>
            Close <kbd>Esc</kbd>
          </button>
          <button type="submit" className="primary" disabled={running || s.pathsText.trim() === ''}>
            Import
          </button>
        </p>
      </form>
    </dialog>
  );
}

function ImportReport({ job }: { job: ImportJob }) {
  const p = job.progress;
  const r = job.summary;
  const total = Math.max(1, p?.filesTotal ?? 1);
  return (
    <div className="import-report">
      <progress aria-label="Import progress" max={total} value={r ? total : (p?.filesDone ?? 0)} />
      <p aria-live="polite" className="import-status">
        {r
          ? `Import ${r.status}: ${count(r.filesRead, 'file')}, ${count(r.sourcesAdded, 'source')} added, ${count(r.duplicatesSkipped, 'duplicate')} skipped, ${count(r.nearDuplicates, 'near-duplicate')}, ${count(r.claimsFound, 'claim')}, ${count(r.errors.length, 'error')}.`
          : p
            ? `${p.phase}: ${p.filesDone}/${p.filesTotal} files · ${count(p.sourcesAdded, 'source')} · ${count(p.claimsFound, 'claim')}${p.currentFile ? ` · ${p.currentFile}` : ''}`
            : 'Starting…'}
      </p>
      {r && r.errors.length > 0 && (
        <ul aria-label="Import errors" className="import-errors">
          {r.errors.slice(0, 100).map((e, i) => (
            <li key={i}>
              <code>{e.file}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
