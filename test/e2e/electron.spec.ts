import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { WorkbenchPage } from './pages/workbench';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Electron's binary, looked up without require('electron') (which would try to download it), and
 * the Electron-ABI better-sqlite3 the shell needs; or why the desktop tests cannot run here.
 */
function desktopShell(): { binary: string } | { missing: string } {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile))
    return { missing: 'node_modules/electron has no downloaded binary (path.txt absent)' };
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `${binary} does not exist` };
  if (!existsSync(join(root, 'dist', 'native', 'electron', 'better_sqlite3.node'))) {
    return {
      missing:
        'dist/native/electron/better_sqlite3.node is not built (node scripts/build-electron-native.mjs)',
    };
  }
  return { binary };
}

const shell = desktopShell();
const skipReason = 'missing' in shell ? `Electron binary not available: ${shell.missing}` : '';
if (skipReason) console.log(`[electron.spec] skipped — ${skipReason}`);

test.describe('desktop shell (Electron)', () => {
  test.skip(skipReason !== '', skipReason);

  test('opens the window from app:// with isolation, guards and the contract preload', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'concord-electron-'));
    const app = await electron.launch({
      executablePath: (shell as { binary: string }).binary,
      args: [root],
      env: { ...process.env, CONCORD_USER_DATA: userData } as Record<string, string>,
    });
    try {
      const page = await app.firstWindow();
      const view = new WorkbenchPage(page);
      await view.heading.waitFor();
      expect(page.url()).toBe('app://concord/index.html');
      await expect(view.sourceCount).toHaveText(/^\d+$/);
      const exposed = await page.evaluate(() => ({
        api: typeof window.concord?.['project.info'],
        node: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: 'function', node: 'undefined', process: 'undefined' });
      // Navigation away from the app is blocked; the window stays on app://.
      await page.evaluate(() => void (window.location.href = 'https://example.com/'));
      await page.waitForTimeout(500);
      expect(page.url()).toBe('app://concord/index.html');
      const opened = await page.evaluate(() => window.open('file:///etc/passwd'));
      expect(opened).toBeNull();
      await page.screenshot({ path: 'test-results/screens/electron-shell.png' });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
