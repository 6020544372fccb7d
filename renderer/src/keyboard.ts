import { useEffect } from 'react';
import { VIEWS } from './state/nav';
import { useImport, useNav } from './state/stores';

/** App-wide shortcuts: Ctrl/Cmd+I import, Ctrl/Cmd+F search, Ctrl/Cmd+1..5 views. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      const digit = Number(key);
      if (key === 'i') useImport.getState().openDialog();
      else if (key === 'f') useNav.getState().focusSearch();
      else if (Number.isInteger(digit) && digit >= 1 && digit <= VIEWS.length)
        useNav.getState().go(VIEWS[digit - 1]!);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
