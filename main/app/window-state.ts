import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, screen, type BrowserWindow, type Rectangle } from 'electron';

export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 820 }, maximized: false };

function stateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function isRect(v: unknown): v is Rectangle {
  const r = v as Partial<Rectangle> | null;
  return !!r && [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** The last window bounds, if they still land on a connected display (monitors come and go). */
export function loadWindowState(): WindowState & { readonly centered: boolean } {
  try {
    const saved = JSON.parse(readFileSync(stateFile(), 'utf8')) as { bounds?: unknown; maximized?: unknown };
    if (isRect(saved.bounds) && saved.bounds.width >= 400 && saved.bounds.height >= 300) {
      const b = saved.bounds;
      const visible = screen
        .getAllDisplays()
        .some(
          ({ workArea: w }) =>
            b.x < w.x + w.width && b.x + b.width > w.x && b.y < w.y + w.height && b.y + b.height > w.y,
        );
      if (visible) return { bounds: b, maximized: saved.maximized === true, centered: false };
    }
  } catch {
    // First start or an unreadable file: the default is fine.
  }
  return { ...DEFAULT, centered: true };
}

/** Remembers the window's normal bounds when it closes. */
export function rememberWindowState(win: BrowserWindow): void {
  win.on('close', () => {
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(stateFile(), JSON.stringify(state));
    } catch (err) {
      console.error('concord: could not save the window state:', err);
    }
  });
}
