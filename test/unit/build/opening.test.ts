import { describe, expect, it } from 'vitest';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { IndexHtmlTransformContext, IndexHtmlTransformResult } from 'vite';
import { openingPlugin } from '../../../build/scripts/opening.ts';

/** The fields of an output chunk the plugin reads. */
function chunk(fileName: string, facadeModuleId: string | null, imports: string[], isEntry = false): OutputChunk {
  return { type: 'chunk', fileName, facadeModuleId, imports, isEntry } as unknown as OutputChunk;
}

const bundle = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/app/renderer/index.html', ['assets/runtime-1.js', 'assets/warmDb-1.js'], true),
    chunk('assets/early-1.js', '/app/renderer/db/warmDb.ts', ['assets/warmDb-1.js'], true),
    chunk('assets/warmDb-1.js', null, ['assets/runtime-1.js']),
    chunk('assets/runtime-1.js', null, []),
    chunk('assets/AnalysisView-1.js', '/app/renderer/analysis/AnalysisView.tsx', ['assets/index-1.js', 'assets/icons-1.js']),
    chunk('assets/BoardView-1.js', '/app/renderer/board/BoardView.tsx', ['assets/index-1.js', 'assets/icons-1.js', 'assets/dnd-1.js']),
    chunk('assets/icons-1.js', null, []),
    chunk('assets/dnd-1.js', null, []),
    chunk('assets/SwotView-1.js', '/app/renderer/swot/SwotView.tsx', ['assets/index-1.js']),
  ].map((c) => [c.fileName, c]),
) as OutputBundle;
for (const font of ['assets/sans-latin-400-normal-a1.woff2', 'assets/sans-latin-400-normal-a1.woff', 'assets/sans-latin-ext-400-normal-b2.woff2']) {
  bundle[font] = { type: 'asset', fileName: font } as unknown as OutputBundle[string];
}

const HTML = '<head>\n    <title>AKR Studio</title>\n    <script type="module" crossorigin src="/assets/index-1.js"></script>\n</head>';

interface Options {
  early: string;
  screens: string[];
  fonts?: RegExp[];
}
function transform(html = HTML, options: Options = { early: 'db/warmDb.ts', screens: ['analysis/AnalysisView.tsx', 'board/BoardView.tsx'] }) {
  const plugin = openingPlugin(options);
  (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => IndexHtmlTransformResult };
  return hook.handler(html, { bundle } as unknown as IndexHtmlTransformContext) as unknown as { html: string; tags: { attrs: { href: string; rel: string; as?: string } }[] };
}

describe('the opening plugin', () => {
  it("puts the early entry's script right before the app's, so the browser runs it first", () => {
    const { html } = transform();
    const early = html.indexOf('src="/assets/early-1.js"');
    const app = html.indexOf('src="/assets/index-1.js"');
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(app);
  });

  it("preloads the opening screens and every chunk they import, once each, and nothing the app's bundle loads anyway", () => {
    const hrefs = transform().tags.map((t) => t.attrs.href);
    expect(hrefs).toEqual(['/assets/AnalysisView-1.js', '/assets/icons-1.js', '/assets/BoardView-1.js', '/assets/dnd-1.js']);
  });

  it('refuses to build when a screen or the app script is missing, rather than ship a page without them', () => {
    expect(() => transform(HTML, { early: 'db/warmDb.ts', screens: ['board/Gone.tsx'] })).toThrow(/no chunk for board\/Gone.tsx/);
    expect(() => transform('<head></head>')).toThrow(/script tag/);
  });

  it('preloads the fonts asked for, as woff2 fonts, and refuses a font it cannot find', () => {
    const options = { early: 'db/warmDb.ts', screens: [], fonts: [/sans-latin-400-normal-\w+\.woff2$/] };
    const fonts = transform(HTML, options).tags.filter((t) => t.attrs.rel === 'preload');
    expect(fonts.map((t) => [t.attrs.href, t.attrs.as])).toEqual([['/assets/sans-latin-400-normal-a1.woff2', 'font']]);
    expect(() => transform(HTML, { ...options, fonts: [/serif-latin-400/] })).toThrow(/1 fonts asked for, 0 found/);
  });
});
