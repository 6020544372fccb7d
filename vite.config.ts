import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer bundle, served by app:// in Electron and by the browser host from dist/renderer.
// base './' keeps asset URLs relative so both origins work.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The polyfill is for browsers without modulepreload; Electron's and the test Chromium have it.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs: the CSP allows fonts and scripts from 'self' only.
    assetsInlineLimit: 0,
    // One bundle read from local disk (app:// or 127.0.0.1); AG Grid alone is most of it.
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // zod ships /* @__PURE__ */ comments Rollup cannot place; harmless, and noisy on every build.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
