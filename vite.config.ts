import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { licencesPlugin } from './build/scripts/licences.ts';
import pkg from './package.json' with { type: 'json' };

// The renderer is one static app served from a single origin: `app://akr` in
// Electron, http://localhost in the browser. No CDN, no remote assets.
export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [react(), licencesPlugin()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    assetsInlineLimit: 0,
  },
  // The change writer worker imports Dexie and the schema as ES modules.
  worker: { format: 'es' },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
});
