import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildInfo } from './build/scripts/buildInfo.ts';
import { licencesPlugin } from './build/scripts/licences.ts';
import { openingPlugin } from './build/scripts/opening.ts';
import pkg from './package.json' with { type: 'json' };

// The renderer is one static app served from a single origin: `app://akr` in
// Electron, http://localhost in the browser. No CDN, no remote assets.
export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [
    react(),
    licencesPlugin(),
    // The board is what the app opens on at a staff meeting: its read starts before the bundle runs.
    openingPlugin({
      early: 'early.ts',
      // Swedish and English text is in the Latin subset (å ä ö included); regular and bold.
      fonts: [/atkinson-hyperlegible-next-latin-400-normal-[\w-]+\.woff2$/, /atkinson-hyperlegible-next-latin-700-normal-[\w-]+\.woff2$/],
    }),
  ],
  // Shown under Settings › About: the version, and the commit and time of this build.
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __BUILD_INFO__: JSON.stringify(buildInfo({ root: import.meta.dirname })) },
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
