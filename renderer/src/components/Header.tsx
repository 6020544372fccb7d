import { useImport, useProject } from '../state/stores';

const noun = (n: number, word: string) => (n === 1 ? word : `${word}s`);

/** Project name and counts; Import is one key away (Ctrl/Cmd+I). */
export function Header() {
  const info = useProject((s) => s.info);
  const status = useProject((s) => s.status);
  const openImport = useImport((s) => s.openDialog);
  return (
    <header className="app-header">
      <h1 className="brand">Concord</h1>
      <span className="project-name" title={info?.file}>
        {info ? info.name : status === 'error' ? 'No project' : 'Opening…'}
      </span>
      {info && (
        <span className="counts">
          <output aria-label="Source count">{info.counts.sources}</output>{' '}
          {noun(info.counts.sources, 'source')} ·{' '}
          <output aria-label="Claim count">{info.counts.claims}</output> {noun(info.counts.claims, 'claim')}
        </span>
      )}
      <span className="spacer" />
      <button type="button" className="primary" onClick={openImport} aria-keyshortcuts="Control+I">
        Import… <kbd>Ctrl I</kbd>
      </button>
    </header>
  );
}
