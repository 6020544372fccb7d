import { cpus } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { eventChannelOf, type EventSink } from '../../shared/api';
import { Project } from '../core/project';
import { createHandlers } from '../core/service/handlers';
import { findRendererDir } from '../core/service/renderer-assets';
import { fillWithSample, findSampleDir } from '../core/service/sample';
import { ProjectSession } from '../core/service/session';
import { createNativeDialogs } from './dialogs';
import { installGuards } from './guards';
import { registerIpcHandlers } from './ipc';
import { buildAppMenu, type MenuActions } from './menu';
import { findNativeBinding, NATIVE_BINDING_HELP } from './native-binding';
import { registerAppScheme, serveRendererOverAppScheme } from './protocol';
import { RecentProjects } from './recent';
import { createMainWindow } from './window';

// The Electron shell: lifecycle, window, menus, IPC. No business logic: everything the window can
// ask goes through the same handlers as the browser host (main/core/service/handlers.ts).

const isDev = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
let session: ProjectSession | null = null;

// Tests (and anyone wanting a throwaway profile) point the app at its own user-data folder.
if (process.env.CONCORD_USER_DATA) app.setPath('userData', process.env.CONCORD_USER_DATA);
registerAppScheme();
installGuards();

function fatal(message: string): void {
  dialog.showErrorBox('Concord cannot start', message);
  app.exit(1);
}

async function openFirstProject(
  openProject: (f: string) => Promise<Project>,
  recent: RecentProjects,
): Promise<Project> {
  const last = recent.entries()[0];
  if (last) {
    try {
      return await openProject(last);
    } catch (err) {
      console.error(`concord: could not reopen ${last}:`, err);
    }
  }
  const sample = await openProject(join(app.getPath('userData'), 'sample.concord'));
  await fillWithSample(sample, findSampleDir(join(app.getAppPath(), 'dist', 'main')));
  return sample;
}

async function start(): Promise<void> {
  const rendererDir = findRendererDir(__dirname);
  if (!rendererDir) return fatal('The renderer is not built: run `npm run build` first.');
  serveRendererOverAppScheme(rendererDir);

  const nativeBinding = findNativeBinding(app.getAppPath(), process.resourcesPath);
  const openProject = (file: string) => Project.open(file, nativeBinding ? { nativeBinding } : {});
  const recent = new RecentProjects(app.getPath('userData'));
  let first: Project;
  try {
    first = await openFirstProject(openProject, recent);
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    return fatal(
      /NODE_MODULE_VERSION|better_sqlite3|better-sqlite3/.test(text)
        ? `${text}\n\n${NATIVE_BINDING_HELP}`
        : text,
    );
  }

  const emit: EventSink = (name, payload) => mainWindow?.webContents.send(eventChannelOf(name), payload);
  const refreshMenu = () => Menu.setApplicationMenu(buildAppMenu(actions, recent.entries(), isDev));
  session = new ProjectSession(first, emit, {
    workers: Math.min(2, cpus().length),
    openProject,
    onOpened: (file) => {
      recent.add(file);
      refreshMenu();
    },
  });
  const dialogs = createNativeDialogs(() => mainWindow);
  const handlers = createHandlers(session, { kind: 'electron', version: app.getVersion(), dialogs });
  registerIpcHandlers(handlers, () => mainWindow);

  // Menu actions call the same handlers the renderer calls; failures become an error box.
  const report = (p: Promise<unknown>) =>
    p.catch((err: unknown) =>
      dialog.showErrorBox('Concord', err instanceof Error ? err.message : String(err)),
    );
  const openFile = async (mode: 'open' | 'create') => {
    const file = await dialogs.pickProjectFile(mode);
    if (file) await handlers['project.open']({ path: file, create: mode === 'create' });
  };
  const importPicked = async (mode: 'files' | 'folder') => {
    const paths = await dialogs.pickImportPaths(mode);
    if (paths.length > 0) await handlers['import.start']({ paths });
  };
  const actions: MenuActions = {
    newProject: () => void report(openFile('create')),
    openProject: () => void report(openFile('open')),
    openRecent: (file) => void report(Promise.resolve(handlers['project.open']({ path: file }))),
    clearRecent: () => {
      recent.clear();
      refreshMenu();
    },
    importFiles: () => void report(importPicked('files')),
    importFolder: () => void report(importPicked('folder')),
    find: () => emit('app.command', { command: 'find' }),
  };
  recent.add(first.file);
  refreshMenu();
  mainWindow = createMainWindow(join(__dirname, 'preload.cjs'));
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !session) return;
    // Let a running import stop at a file boundary and the project close cleanly first.
    event.preventDefault();
    closing = true;
    void session.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => fatal(err instanceof Error ? err.message : String(err)));
}
