import { basename } from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu can ask of the app; main.ts wires these to dialogs, the session and the window. */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  importFiles(): void;
  importFolder(): void;
  find(): void;
}

export function buildAppMenu(actions: MenuActions, recent: ReadonlyArray<string>, isDev: boolean): Menu {
  const isMac = process.platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : [
          ...recent.map((file) => ({
            label: basename(file),
            toolTip: file,
            click: () => actions.openRecent(file),
          })),
          { type: 'separator' as const },
          { label: 'Clear Recent', click: actions.clearRecent },
        ];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: actions.newProject },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: actions.openProject },
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+I', click: actions.importFolder },
        { type: 'separator' },
        // Enabled once the export writers exist (main/core/export).
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', enabled: false },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: actions.find },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(isDev
          ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
