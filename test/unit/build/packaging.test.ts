import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher.js';
import type { Configuration, TargetConfiguration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util/out/DebugLogger.js';
import { walk } from 'builder-util/out/fs.js';
import { getPlatformIconFileName } from 'builder-util/out/util.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

let config: Configuration;
beforeAll(async () => {
  // As electron-builder reads it: its own YAML loader, then its schema (which refuses unknown or misspelt keys).
  config = await getConfig(ROOT, join(ROOT, 'build/electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
}, 30_000);

type Targets = string | TargetConfiguration | (string | TargetConfiguration)[] | null | undefined;
const names = (targets: Targets) => [targets ?? []].flat().map((t) => (typeof t === 'string' ? t : t.target));

describe('the installers', () => {
  it('are an installer, an MSI and a portable exe for Windows, a dmg for macOS, an AppImage and a deb for Linux', () => {
    expect(names(config.win?.target)).toEqual(['nsis', 'msi', 'portable']);
    expect(names(config.mac?.target)).toEqual(['dmg']);
    expect(names(config.linux?.target)).toEqual(['AppImage', 'deb']);
  });

  it('install for the current user by default, and offer "all users" with elevation (NSIS)', () => {
    // oneClick false + perMachine false: the assisted installer with its install-mode page, current user preselected.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: false, allowElevation: true });
  });

  it('install for all users from the MSI, which keeps one upgrade code for every version', () => {
    expect(config.msi).toMatchObject({ perMachine: true, upgradeCode: 'A5BA5480-F834-5416-BAAC-D7B8065B6F09' });
  });

  it('name the app, its id and its publisher as they are, with no update feed', () => {
    expect(config).toMatchObject({ appId: 'se.akrstudio.app', productName: 'AKR Studio', copyright: 'Copyright © AKR Studio', asar: true });
    expect(config.publish).toBeNull();
    expect(pkg).toMatchObject({ productName: 'AKR Studio', author: 'AKR Studio', desktopName: 'akr-studio.desktop' });
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('open .akr files in the app, with the app’s icon', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'akr',
        name: 'AKR Studio-analys',
        description: 'AKR Studio-analys',
        mimeType: 'application/x-akr-studio',
        role: 'Editor',
        rank: 'Owner',
        icon: 'build/icons/icon',
      },
    ]);
    // electron-builder adds the platform's extension; both are files the icon script writes.
    expect(getPlatformIconFileName('build/icons/icon', true)).toBe('build/icons/icon.icns');
    expect(getPlatformIconFileName('build/icons/icon', false)).toBe('build/icons/icon.ico');
  });

  it('take their icons from the folder the icon script writes, which git ignores', () => {
    expect([config.win?.icon, config.mac?.icon, config.linux?.icon]).toEqual(['build/icons/icon.ico', 'build/icons/icon.icns', 'build/icons']);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('build/icons/');
  });
});

describe('what goes into app.asar', () => {
  let project: string;
  const tree = [
    'package.json',
    'dist/electron/main.cjs',
    'dist/electron/main.cjs.map',
    'dist/electron/preload.cjs',
    'dist/renderer/index.html',
    'dist/renderer/licences.json',
    'dist/renderer/assets/index-1.js',
    'dist/renderer/assets/index-1.js.map',
    'dist/renderer/assets/sans-1.woff2',
    'dist/renderer/board.test.js',
    'dist/renderer/assets/pack.spec.mjs',
    'dist/phone/index.html',
    'dist/phone/room.js',
    'dist/phone/room.js.map',
    'test/unit/build/packaging.test.ts',
    'test/e2e/board.e2e.ts',
    'electron/main.ts',
    'renderer/App.tsx',
    'shared/model.ts',
    'build/icons/icon.ico',
    'node_modules/react/index.js',
    'node_modules/vitest/package.json',
    'release/linux-unpacked/resources/app.asar',
  ];

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'akr-files-'));
    for (const file of tree) {
      mkdirSync(join(project, dirname(file)), { recursive: true });
      writeFileSync(join(project, file), file);
    }
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('is the bundles (main process, renderer, phone page) and package.json: no source maps, tests, sources or node_modules', async () => {
    // The `files` patterns through electron-builder's own matchers and directory walk, over a project-like tree.
    const matchers = getFileMatchers(config, 'files', '/app', {
      macroExpander: (p) => p,
      customBuildOptions: {},
      globalOutDir: join(project, 'release'),
      defaultSrc: project,
    });
    expect(matchers).toHaveLength(1);
    const kept = (await walk(project, matchers?.[0]?.createFilter())).map((f) => relative(project, f)).sort();
    expect(kept).toEqual([
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/phone/index.html',
      'dist/phone/room.js',
      'dist/renderer/assets/index-1.js',
      'dist/renderer/assets/sans-1.woff2',
      'dist/renderer/index.html',
      'dist/renderer/licences.json',
      'package.json',
    ]);
  });

  it('has no node_modules added beside the bundles: the app has no runtime dependencies', () => {
    // electron-builder copies the production dependencies' node_modules on top of `files`; there are none.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('and nothing in the app can update itself', () => {
    const sources = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap((name) => {
        const path = join(dir, name);
        return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const updating = ['electron', 'renderer', 'shared']
      .flatMap(sources)
      .filter((file) => /electron-updater|autoUpdater\s*[.(]|checkForUpdates/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(updating).toEqual([]);
  });
});
