import { resolve } from 'node:path';
import type { OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';

export interface OpeningOptions {
  /** A module that starts work for the first screen; it gets its own script tag, run before the app's bundle. */
  early: string;
  /** Font files every screen uses (matched on the emitted file name), fetched before any text asks for them. */
  fonts?: readonly RegExp[];
}

/**
 * Speeds up opening the app on its board (QUALITY.md: to interactive).
 *
 * - `early` becomes an entry of its own, loaded by a script tag ahead of the
 *   app's bundle. The browser runs it as soon as the page is parsed, while the
 *   bundle is still being fetched and compiled, so the work it starts (a
 *   database read) is answered while the page is idle rather than between the
 *   bundle's evaluation and the first render. The app imports the same module,
 *   so it is evaluated once and its result shared.
 * - Both entries (the early script and the app's bundle) carry V8's
 *   `allFunctionsCalledOnLoad` compile hint.
 * - Each of `fonts` gets a `<link rel="preload" as="font">`: otherwise the
 *   browser asks for a font only when it lays out text in it, and lays the
 *   page out again when it arrives, in the middle of the first render.
 */
/** The chunk of start-up code the app's bundle shares with screens loaded later. */
const STARTUP_CHUNK = 'startup';

/** Must be the file's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function openingPlugin({ early, fonts = [] }: OpeningOptions): Plugin {
  let base = '/';
  let earlyId = '';
  const earlyModules = new Set<string>();
  return {
    name: 'akr-opening',
    apply: 'build',
    enforce: 'post',
    config(config) {
      const root = resolve(config.root ?? process.cwd());
      earlyId = resolve(root, early);
      return {
        build: {
          rolldownOptions: {
            input: { index: resolve(root, 'index.html'), early: earlyId },
            // The app imports the early entry's exports; 'allow-extension' lets its chunk also carry
            // what the two share, so the early script is one file.
            preserveEntrySignatures: 'allow-extension',
            output: {
              codeSplitting: {
                groups: [
                  {
                    // What the app's bundle shares with screens loaded later would otherwise be split
                    // into a small chunk per set of sharers – 30 files fetched before the first render.
                    name: STARTUP_CHUNK,
                    tags: ['$initial'],
                    minShareCount: 2,
                    test: (id: string) => !earlyModules.has(id),
                    includeDependenciesRecursively: false,
                  },
                ],
              },
            },
          },
        },
      };
    },
    buildEnd() {
      // The early entry's own modules stay with it: the early script must not wait for the app's code.
      const visit = (id: string) => {
        if (earlyModules.has(id)) return;
        earlyModules.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      visit(earlyId);
    },
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      // After Vite's own additions to the chunks: the hint must be the file's first line.
      order: 'post',
      handler(_options, bundle) {
        // V8's explicit compile hint (Chromium 136+): the start-up code is compiled while it streams
        // in, on a background thread, instead of function by function on the page's thread as each
        // is first called. Only the entries: the screens loaded later keep compiling lazily.
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk' || !(output.isEntry || output.name === STARTUP_CHUNK)) continue;
          output.code = `${COMPILE_HINT}\n${output.code}`;
          // One more generated line, with nothing mapped on it: in the map file where it has been
          // emitted as an asset of its own by now, otherwise in the chunk's map.
          const mapFile = bundle[`${output.fileName}.map`];
          if (mapFile?.type === 'asset' && typeof mapFile.source === 'string') {
            const map = JSON.parse(mapFile.source) as { mappings: string };
            map.mappings = `;${map.mappings}`;
            mapFile.source = JSON.stringify(map);
          } else if (output.map) {
            output.map.mappings = `;${output.map.mappings}`;
          }
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
        const path = `/${early.replace(/^\.\//, '')}`;
        const earlyChunk = chunks.find((c) => c.isEntry && c.facadeModuleId?.replaceAll('\\', '/').endsWith(path));
        if (!earlyChunk) throw new Error(`openingPlugin: no entry chunk for ${early}`);
        const app = chunks.find((c) => c.isEntry && c !== earlyChunk);
        // Module scripts run in document order: the early one goes right before the app's.
        const appTag = app ? `<script type="module" crossorigin src="${base}${app.fileName}"></script>` : '';
        if (!app || !html.includes(appTag)) throw new Error(`openingPlugin: the app's script tag is not in index.html`);
        const earlyTag = `<script type="module" crossorigin src="${base}${earlyChunk.fileName}"></script>`;
        const fontFiles = Object.keys(bundle).filter((file) => file.endsWith('.woff2') && fonts.some((f) => f.test(file)));
        if (fontFiles.length < fonts.length) throw new Error(`openingPlugin: ${fonts.length} fonts asked for, ${fontFiles.length} found`);
        const tags: HtmlTagDescriptor[] = fontFiles.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }));
        return { html: html.replace(appTag, `${earlyTag}\n    ${appTag}`), tags };
      },
    },
  };
}
