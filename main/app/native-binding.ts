import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where scripts/build-electron-native.mjs puts better-sqlite3 built for Electron's ABI. */
export const NATIVE_BINDING_PATH = join('dist', 'native', 'electron', 'better_sqlite3.node');

/**
 * The Electron-ABI better_sqlite3.node: beside the app in development, in app.asar.unpacked when
 * packaged (a native module cannot load from inside the asar archive). Null when absent.
 */
export function findNativeBinding(appPath: string, resourcesPath: string | undefined): string | null {
  const candidates = [
    join(appPath, NATIVE_BINDING_PATH),
    ...(resourcesPath ? [join(resourcesPath, 'app.asar.unpacked', NATIVE_BINDING_PATH)] : []),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const NATIVE_BINDING_HELP =
  'better-sqlite3 has no build for Electron here. Run `node scripts/build-electron-native.mjs` ' +
  '(needs the network to fetch Electron headers or a prebuilt binary), then start again.';
