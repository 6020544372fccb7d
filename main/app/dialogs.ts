import { dialog, type BrowserWindow } from 'electron';
import type { NativeDialogs } from '../core/service/handlers';

const ARTICLE_FILTERS = [
  {
    name: 'Articles',
    extensions: ['txt', 'md', 'html', 'htm', 'json', 'jsonl', 'csv', 'xml', 'rss', 'atom', 'eml'],
  },
  { name: 'All files', extensions: ['*'] },
];
const PROJECT_FILTERS = [{ name: 'Concord project', extensions: ['concord'] }];
const EXPORT_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  json: { name: 'JSON', extensions: ['json'] },
  md: { name: 'Markdown', extensions: ['md'] },
  'csl-json': { name: 'CSL-JSON (Zotero)', extensions: ['json'] },
};

/** The Electron side of the contract's dialog.* methods (the browser host has none). */
export function createNativeDialogs(window: () => BrowserWindow | null): NativeDialogs {
  const parent = () => window() ?? undefined;
  const open = (options: Electron.OpenDialogOptions) => {
    const win = parent();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  return {
    async pickImportPaths(mode) {
      const result = await open(
        mode === 'folder'
          ? { title: 'Import a folder of articles', properties: ['openDirectory'] }
          : {
              title: 'Import articles',
              properties: ['openFile', 'multiSelections'],
              filters: ARTICLE_FILTERS,
            },
      );
      return result.canceled ? [] : result.filePaths;
    },
    async pickProjectFile(mode) {
      if (mode === 'open') {
        const result = await open({
          title: 'Open project',
          properties: ['openFile'],
          filters: PROJECT_FILTERS,
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      const win = parent();
      const options: Electron.SaveDialogOptions = {
        title: 'New project',
        defaultPath: 'Untitled.concord',
        filters: PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickExportPath(format, suggestedName) {
      const filter = EXPORT_FILTERS[format] ?? { name: format, extensions: ['*'] };
      const win = parent();
      const options: Electron.SaveDialogOptions = {
        title: 'Export the reconciled table',
        defaultPath: suggestedName ?? `reconciled.${filter.extensions[0] ?? 'txt'}`,
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
