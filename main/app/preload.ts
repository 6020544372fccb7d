import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './preload-api';

// Runs sandboxed in the renderer before the page; bundled to dist/main/preload.cjs (zod inlined,
// since a sandboxed preload can require nothing but electron's own modules).
const { concord, concordEvents } = createPreloadApi(ipcRenderer);
contextBridge.exposeInMainWorld('concord', concord);
contextBridge.exposeInMainWorld('concordEvents', concordEvents);
