/**
 * URL checks for the Electron shell. Pure (no electron import) so they are unit-tested directly;
 * shell.openExternal has been the hole in several Electron apps (see PITFALLS.md).
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'concord';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True for the app's own pages (app://concord/…): the only place the window may navigate. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    // WHATWG gives non-special schemes an opaque 'null' origin, so compare the parts instead.
    return (
      url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * Whether a link may be handed to the operating system: absolute http(s) URLs with a host and no
 * credentials. Refuses file:, javascript:, data:, custom schemes, network-path references (//host,
 * \\host), and anything with whitespace or control characters that URL parsing would quietly strip.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192) return false;
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) return false;
  if (raw.startsWith('//') || raw.startsWith('\\\\') || raw.startsWith('/\\') || raw.startsWith('\\/'))
    return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (!/^https?:\/\//i.test(raw)) return false; // "http:host" style shorthands parse, but are not links anyone wrote
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname !== '';
}
