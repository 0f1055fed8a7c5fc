import { describe, expect, it } from 'vitest';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { IndexHtmlTransformContext, IndexHtmlTransformResult } from 'vite';
import { openingPlugin, type OpeningOptions } from '../../../build/scripts/opening.ts';

/** The fields of an output chunk the plugin reads. */
function chunk(fileName: string, facadeModuleId: string | null, isEntry: boolean): OutputChunk {
  return { type: 'chunk', fileName, facadeModuleId, isEntry } as unknown as OutputChunk;
}

const bundle = Object.fromEntries(
  [
    chunk('assets/index-1.js', '/app/renderer/index.html', true),
    chunk('assets/early-1.js', '/app/renderer/early.ts', true),
    chunk('assets/runtime-1.js', null, false),
    chunk('assets/SwotView-1.js', '/app/renderer/swot/SwotView.tsx', false),
  ].map((c) => [c.fileName, c]),
) as OutputBundle;
for (const file of ['assets/sans-latin-400-normal-a1.woff2', 'assets/sans-latin-400-normal-a1.woff', 'assets/sans-latin-ext-400-normal-b2.woff2']) {
  bundle[file] = { type: 'asset', fileName: file } as unknown as OutputBundle[string];
}

const HTML = '<head>\n    <title>AKR Studio</title>\n    <script type="module" crossorigin src="/assets/index-1.js"></script>\n</head>';

type Result = { html: string; tags: { attrs: { href: string; rel: string; as?: string } }[] };
function transform(html = HTML, options: OpeningOptions = { early: 'early.ts' }): Result {
  const plugin = openingPlugin(options);
  (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => IndexHtmlTransformResult };
  return hook.handler(html, { bundle } as unknown as IndexHtmlTransformContext) as unknown as Result;
}

describe('the opening plugin', () => {
  it("puts the early entry's script right before the app's, so the browser runs it first", () => {
    const { html } = transform();
    const early = html.indexOf('<script type="module" crossorigin src="/assets/early-1.js"></script>');
    const app = html.indexOf('src="/assets/index-1.js"');
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(app);
  });

  it('preloads the fonts asked for, as woff2 fonts only', () => {
    const { tags } = transform(HTML, { early: 'early.ts', fonts: [/sans-latin-400-normal-\w+\.woff2?$/] });
    expect(tags.map((t) => [t.attrs.rel, t.attrs.as, t.attrs.href])).toEqual([['preload', 'font', '/assets/sans-latin-400-normal-a1.woff2']]);
  });

  it('refuses to build rather than ship a page without its early script, app script or fonts', () => {
    expect(() => transform(HTML, { early: 'gone.ts' })).toThrow(/no entry chunk for gone.ts/);
    expect(() => transform('<head></head>')).toThrow(/script tag/);
    expect(() => transform(HTML, { early: 'early.ts', fonts: [/serif-latin-400/] })).toThrow(/1 fonts asked for, 0 found/);
  });
});
