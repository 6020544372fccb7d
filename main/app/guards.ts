import { app, session as electronSession, shell, type Session, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './urls';

/** Opens a link in the system browser only if it passes isSafeExternalUrl; returns whether it did. */
export function openExternalSafely(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows, ever; an http(s) link goes to the system browser after the check.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Every security guard of the shell, in one place, applied to every web contents the app ever
 * creates (so a future window or frame cannot forget them).
 */
export function installGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('session-created', guardSession);
  void app.whenReady().then(() => guardSession(electronSession.defaultSession));
}
