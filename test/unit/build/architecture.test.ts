import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module's relative imports (type-only ones too: a cycle of types still ties the modules together). */
function importGraph(dirs: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap(sources)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    graph.set(
      file,
      specs.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s))),
    );
  }
  return graph;
}

/** Groups of modules that import each other, directly or round about (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
        on.delete(w);
        group.push(w);
      }
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const graph = importGraph(['renderer', 'shared', 'electron']);
const layer = (file: string) => file.split('/').slice(0, 2).join('/');
/** What each layer below the views may import, besides shared/ and itself. */
const ALLOWED: Record<string, string[]> = {
  'renderer/db': [],
  'renderer/platform': [],
  'renderer/i18n': [],
  'renderer/sync': ['renderer/db'],
  'renderer/store': ['renderer/db', 'renderer/platform', 'renderer/i18n', 'renderer/sync'],
};

/**
 * What the first screen loads: the modules reached from the entries (main.tsx, early.ts) by value
 * imports, not type-only or dynamic ones (those are split into chunks loaded later), and the packages
 * they import.
 */
function startupGraph(): { modules: Set<string>; packages: { spec: string; from: string }[] } {
  const valueImports = (file: string): string[] => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
  };
  const modules = new Set<string>();
  const packages: { spec: string; from: string }[] = [];
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of valueImports(file)) {
      if (!spec.startsWith('.')) {
        packages.push({ spec, from: file });
        continue;
      }
      const target = relative(ROOT, resolve(ROOT, dirname(file), spec));
      const candidates = [target, `${target}.ts`, `${target}.tsx`, join(target, 'index.ts')];
      const found = candidates.find((c) => {
        try {
          return statSync(join(ROOT, c)).isFile();
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit('renderer/main.tsx');
  visit('renderer/early.ts');
  return { modules, packages };
}

describe('the code’s structure', () => {
  it('has no import cycles, type-only ones included', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
  });

  it('depends one way: views → store → db (and platform, i18n); shared/ imports nothing of the app', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = layer(file);
      for (const target of imports) {
        const to = layer(target);
        if (to === from || to.startsWith('shared')) continue;
        if (file.startsWith('shared/')) wrong.push(`${file} → ${target}`);
        else if (from in ALLOWED && !(ALLOWED[from] ?? []).includes(to)) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('would see a cycle and a wrong direction (the checks themselves)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(layer('renderer/db/db.ts')).toBe('renderer/db');
  });

  it('keeps zod out of the modules the first screen loads (value imports from the entries, not type-only or dynamic ones)', () => {
    // The file reader's checks (and zod) load with the first file read; the start-up bundle is budgeted (npm run bench, figure 11).
    const { modules, packages } = startupGraph();
    expect(modules.size).toBeGreaterThan(50);
    expect(packages.filter((p) => p.spec === 'zod' || p.spec.startsWith('zod/')).map((p) => p.from)).toEqual([]);
    // The spreadsheet reader and writer load with the first file read or template written.
    expect(packages.filter((p) => /^(write|read)-excel-file(\/|$)/.test(p.spec)).map((p) => p.from)).toEqual([]);
  });

  it('keeps Dexie and the repositories out of the start-up bundle: a board is drawn before they load', () => {
    // main.tsx reaches them through deferredRepositories and a dynamic import of localDatabase.ts.
    const { modules, packages } = startupGraph();
    expect(packages.filter((p) => p.spec === 'dexie' || p.spec.startsWith('dexie/')).map((p) => p.from)).toEqual([]);
    const repositories = ['renderer/db/db.ts', 'renderer/db/schema.ts', 'renderer/db/repositories.ts', 'renderer/db/localDatabase.ts'];
    for (const file of repositories) expect(statSync(join(ROOT, file)).isFile()).toBe(true);
    expect(repositories.filter((f) => modules.has(f))).toEqual([]);
    expect(modules.has('renderer/db/deferredRepositories.ts')).toBe(true);
  });

  it('keeps what the first screen (the analyses list, or a board) does not show out of the start-up bundle', () => {
    // Each of these loads when it is first shown (React.lazy): the narrow window's menu, presentation mode
    // and the projector's room views, and the other views of an analysis.
    const { modules, packages } = startupGraph();
    const lazyOnes = [
      'renderer/shell/NavMenu.tsx',
      'renderer/presenter/PresentedBoard.tsx',
      'renderer/presenter/PresentedRoom.tsx',
      'renderer/presenter/RoomView.tsx',
      'renderer/presenter/RoomBoard.tsx',
      'renderer/presenter/RoomSurvey.tsx',
      'renderer/presenter/RoomSwot.tsx',
      'renderer/presenter/RoomNewRoles.tsx',
      'renderer/presenter/PresenterPage.tsx',
      'renderer/analyses/AnalysesView.tsx',
      'renderer/analysis/OverviewView.tsx',
      'renderer/survey/SurveyView.tsx',
      'renderer/swot/SwotView.tsx',
      'renderer/newRoles/NewRolesView.tsx',
      'renderer/settings/SettingsView.tsx',
      // The Word file of the final report, made on demand from its button.
      'renderer/docx/exportDocx.ts',
      'renderer/docx/reportDocx.ts',
    ];
    for (const file of lazyOnes) expect(statSync(join(ROOT, file)).isFile()).toBe(true);
    expect(lazyOnes.filter((f) => modules.has(f))).toEqual([]);
    // react-aria's components (menus, dialogs, radio groups) come with the views that use them.
    expect(packages.filter((p) => p.spec.startsWith('react-aria')).map((p) => p.from)).toEqual([]);
    expect(packages.filter((p) => p.spec === 'docx' || p.spec.startsWith('docx/')).map((p) => p.from)).toEqual([]);
  });

  it('has one module that knows the Word library, reached from the app only through a dynamic import', () => {
    const users = [...graph.keys()].filter((file) => /(?:from\s+|import\(\s*|import\s+)['"]docx(?:\/[^'"]*)?['"]/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(users).toEqual(['renderer/docx/reportDocx.ts']);
    const importers = [...graph.entries()].filter(([, imports]) => imports.some((i) => i.startsWith('renderer/docx/exportDocx'))).map(([file]) => file);
    expect(importers).toEqual(['renderer/docx/DocxButton.tsx']);
    expect(readFileSync(join(ROOT, 'renderer/docx/DocxButton.tsx'), 'utf8')).toContain("await import('./exportDocx.ts')");
  });

  it('loads the Excel writer only when a template is asked for: a dynamic import in one module, nowhere else', () => {
    const users = [...graph.keys()].flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const found = [...text.matchAll(/(?:from\s+|import\(\s*|import\s+)['"](write-excel-file[^'"]*)['"]/g)].map((m) => m[0]);
      return found.length > 0 ? [{ file, found }] : [];
    });
    expect(users).toEqual([{ file: 'renderer/survey/forms/answerTemplate.ts', found: ["import('write-excel-file/universal'"] }]);
  });
});
