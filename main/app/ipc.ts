import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import { API_METHODS, channelOf, type ApiHandlers } from '../../shared/api';
import { fail } from '../../shared/api/result';
import { dispatch } from '../core/service/dispatch';
import { isAppUrl } from './urls';

/**
 * Only the main window's top frame, showing our own app:// page, may call main. Frames are
 * compared by process and routing id, which identify a frame whatever wrapper object Electron hands out.
 */
function isTrustedSender(frame: WebFrameMain | null, win: BrowserWindow | null): boolean {
  if (!frame || !win || win.isDestroyed()) return false;
  const main = win.webContents.mainFrame;
  return (
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    isAppUrl(frame.url)
  );
}

/** One ipcMain.handle per contract method; channel names come from shared/api.ts. */
export function registerIpcHandlers(handlers: ApiHandlers, mainWindow: () => BrowserWindow | null): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, mainWindow())) {
        return fail('forbidden', `${method}: only the Concord window may call this.`);
      }
      return dispatch(handlers, method, input);
    });
  }
}
