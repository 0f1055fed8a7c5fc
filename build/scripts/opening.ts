import { resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';

export interface OpeningOptions {
  /** A module that starts work for the first screen; it gets its own script tag, run before the app's bundle. */
  early: string;
  /** The screens the app usually opens on: their code is fetched with the start-up bundle. */
  screens: readonly string[];
  /** Font files every screen uses (matched on the emitted file name), fetched before any text asks for them. */
  fonts?: readonly RegExp[];
}

/**
 * Speeds up opening the app on its board (QUALITY.md: to interactive).
 *
 * - `early` becomes an entry of its own, loaded by a script tag ahead of the
 *   app's bundle. The browser runs it as soon as the page is parsed, while the
 *   bundle is still being fetched and compiled, so the database read it starts
 *   is answered while the page is idle rather than between the bundle's
 *   evaluation and the first render. The app imports the same module, so it
 *   is evaluated once and its result shared.
 * - Each of `screens`, with every chunk it imports, gets a
 *   `<link rel="modulepreload">`: fetched and compiled alongside the bundle,
 *   instead of one after another as React reaches each lazy screen; evaluated
 *   only when shown. Other screens' code still loads only when needed.
 * - Each of `fonts` gets a `<link rel="preload" as="font">`: otherwise the
 *   browser asks for a font only when it lays out text in it, and lays the
 *   page out again when it arrives, in the middle of the first render.
 */
export function openingPlugin({ early, screens, fonts = [] }: OpeningOptions): Plugin {
  let base = '/';
  return {
    name: 'akr-opening',
    apply: 'build',
    config(config) {
      const root = resolve(config.root ?? process.cwd());
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(root, 'index.html'), early: resolve(root, early) },
            // The app imports the early entry's exports, so they are kept.
            preserveEntrySignatures: 'exports-only',
          },
        },
      };
    },
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle as OutputBundle | undefined;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const chunkOf = (module: string) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module.replace(/^\.\//, '')}`));
          if (!chunk) throw new Error(`openingPlugin: no chunk for ${module}`);
          return chunk;
        };
        const earlyChunk = chunkOf(early);
        const app = chunks.find((c) => c.isEntry && c !== earlyChunk);
        const loaded = new Set<string>([earlyChunk.fileName, ...earlyChunk.imports, ...(app ? [app.fileName, ...app.imports] : [])]);
        const preload: string[] = [];
        const visit = (file: string) => {
          if (loaded.has(file)) return;
          loaded.add(file);
          preload.push(file);
          for (const next of byFile.get(file)?.imports ?? []) visit(next);
        };
        for (const screen of screens) visit(chunkOf(screen).fileName);
        // Module scripts run in document order: the early one goes right before the app's.
        const appTag = app ? `<script type="module" crossorigin src="${base}${app.fileName}"></script>` : '';
        if (!app || !html.includes(appTag)) throw new Error(`openingPlugin: the app's script tag is not in index.html`);
        const earlyTag = `<script type="module" crossorigin src="${base}${earlyChunk.fileName}"></script>`;
        const fontFiles = Object.keys(bundle).filter((file) => file.endsWith('.woff2') && fonts.some((f) => f.test(file)));
        if (fontFiles.length < fonts.length) throw new Error(`openingPlugin: ${fonts.length} fonts asked for, ${fontFiles.length} found`);
        const tags: HtmlTagDescriptor[] = [
          ...fontFiles.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
          ...preload.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
        ];
        return { html: html.replace(appTag, `${earlyTag}\n    ${appTag}`), tags };
      },
    },
  };
}
