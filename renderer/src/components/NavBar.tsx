import { VIEW_LABELS, VIEWS } from '../state/nav';
import { useNav } from '../state/stores';

/** The five views; Ctrl/Cmd+1..5 switch between them too. */
export function NavBar() {
  const view = useNav((s) => s.view);
  const go = useNav((s) => s.go);
  return (
    <nav className="app-nav" aria-label="Views">
      <ul>
        {VIEWS.map((v, i) => (
          <li key={v}>
            <button
              type="button"
              aria-current={v === view ? 'page' : undefined}
              aria-keyshortcuts={`Control+${i + 1}`}
              onClick={() => go(v)}
            >
              <span>{VIEW_LABELS[v]}</span>
              <kbd>{i + 1}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
