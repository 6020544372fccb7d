import { useEffect } from 'react';
import { Header } from './components/Header';
import { ImportDialog } from './components/ImportDialog';
import { NavBar } from './components/NavBar';
import { StatusBar } from './components/StatusBar';
import { useGlobalKeys } from './keyboard';
import { assertNever } from '../../shared/model';
import type { View } from './state/nav';
import { startApp, useNav } from './state/stores';
import { ClaimsView } from './views/ClaimsView';
import { Placeholder } from './views/Placeholder';
import { ReaderView } from './views/ReaderView';
import { SourcesView } from './views/SourcesView';

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'sources':
      return <SourcesView />;
    case 'reader':
      return <ReaderView />;
    case 'claims':
      return <ClaimsView />;
    case 'compare':
      return (
        <Placeholder title="Compare">
          One row per claim key (subject → object : metric), one column per source ordered by date, each
          report's value normalised to the currency you pick, qualifier marks (≤ ≥ ~), conflicting cells
          highlighted, and min, max, median, spread and decision status per row.
        </Placeholder>
      );
    case 'reconcile':
      return (
        <Placeholder title="Reconcile">
          For one claim key: the claims as a timeline (date, outlet, value, qualifier, cited source, quote), a
          chart of the normalised values over time, and a decision form (value or range, unit, as-of, status,
          rationale, supporting claims) with undo and redo.
        </Placeholder>
      );
    default:
      return assertNever(view, 'view');
  }
}

/** The workbench frame: header, navigation, the current view, status bar, import dialog. */
export function App() {
  useEffect(() => startApp(), []);
  useGlobalKeys();
  const view = useNav((s) => s.view);
  return (
    <div className="app">
      <Header />
      <NavBar />
      <main className="view" id="view" aria-label={view}>
        <CurrentView view={view} />
      </main>
      <StatusBar />
      <ImportDialog />
    </div>
  );
}
