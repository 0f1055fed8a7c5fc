import { describe, expect, it } from 'vitest';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { IndexHtmlTransformContext, IndexHtmlTransformResult } from 'vite';
import { COMPILE_HINT, openingPlugin, type OpeningOptions } from '../../../build/scripts/opening.ts';

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

  it("starts both entries with V8's compile hint, keeps their maps in step, and leaves lazy chunks alone", () => {
    const out = {
      'assets/index-1.js': { type: 'chunk', fileName: 'assets/index-1.js', isEntry: true, code: 'a();\nb();', map: null },
      'assets/index-1.js.map': { type: 'asset', fileName: 'assets/index-1.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA;AACA' }) },
      'assets/early-1.js': { type: 'chunk', fileName: 'assets/early-1.js', isEntry: true, code: 'c();', map: { mappings: 'AAAA' } },
      'assets/SwotView-1.js': { type: 'chunk', fileName: 'assets/SwotView-1.js', isEntry: false, code: 'd();', map: { mappings: 'AAAA' } },
      'assets/startup-1.js': { type: 'chunk', fileName: 'assets/startup-1.js', name: 'startup', isEntry: false, code: 'e();', map: { mappings: 'AAAA' } },
    } as const;
    const bundle = structuredClone(out) as unknown as OutputBundle;
    const hook = openingPlugin({ early: 'early.ts' }).generateBundle as { handler: (options: unknown, bundle: OutputBundle) => void };
    hook.handler({}, bundle);
    const code = (file: string) => (bundle[file] as OutputChunk).code;
    expect(code('assets/index-1.js')).toBe(`${COMPILE_HINT}\na();\nb();`);
    expect(code('assets/early-1.js').split('\n')[0]).toBe(COMPILE_HINT);
    expect(code('assets/SwotView-1.js')).toBe('d();');
    // The start-up code the bundle shares with later screens is fetched and run at start-up too.
    expect(code('assets/startup-1.js')).toBe(`${COMPILE_HINT}\ne();`);
    // What was on the first line is now on the second, in whichever map the chunk has.
    expect((JSON.parse((bundle['assets/index-1.js.map'] as unknown as { source: string }).source) as { mappings: string }).mappings).toBe(';AAAA;AACA');
    expect((bundle['assets/early-1.js'] as OutputChunk).map?.mappings).toBe(';AAAA');
    expect((bundle['assets/SwotView-1.js'] as OutputChunk).map?.mappings).toBe('AAAA');
  });

  it('gathers what the bundle shares with later screens into one start-up chunk, leaving the early entry its own modules', () => {
    const plugin = openingPlugin({ early: 'early.ts' });
    const config = (plugin.config as (c: { root: string }) => { build: { rolldownOptions: Record<string, unknown> } })({ root: '/app/renderer' });
    const output = config.build.rolldownOptions.output as {
      codeSplitting: {
        groups: { name: string; tags: string[]; minShareCount: number; includeDependenciesRecursively: boolean; test: (id: string) => boolean }[];
      };
    };
    const [group] = output.codeSplitting.groups;
    expect(group).toMatchObject({ name: 'startup', tags: ['$initial'], minShareCount: 2, includeDependenciesRecursively: false });
    // The early entry's modules, found from the module graph once it is built.
    const imports: Record<string, string[]> = { '/app/renderer/early.ts': ['/app/renderer/i18n/formatters.ts'], '/app/renderer/i18n/formatters.ts': [] };
    (plugin.buildEnd as (this: unknown) => void).call({ getModuleInfo: (id: string) => ({ importedIds: imports[id] ?? [] }) });
    expect(group?.test('/app/renderer/i18n/formatters.ts')).toBe(false);
    expect(group?.test('/app/renderer/early.ts')).toBe(false);
    expect(group?.test('/app/shared/board.ts')).toBe(true);
  });
});
