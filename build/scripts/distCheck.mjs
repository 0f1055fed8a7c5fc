// `npm run dist:check`: packs the app the way `npm run dist` does, as far as that
// goes without the internet (electron-builder --dir, Linux layout), then checks
// what went in: app.asar holds only the bundles and package.json, and the fuses
// were written. Electron itself cannot be downloaded here, so electron-builder
// gets a stand-in (`electronDist`): a small script that carries Electron's fuse
// wire with Electron's default settings. That shows electron-builder writes our
// fuse settings where Electron keeps them; it says nothing of Electron honouring
// them. Installers (AppImage, deb, NSIS, MSI, dmg) are not made: they need tools
// electron-builder downloads, Windows' WiX, or a Mac.
import asar from '@electron/asar';
import fuses from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeIcons } from './icons.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = 'release/check';
// Electron's fuse wire: this marker, a version byte, a length byte, then one ASCII '0' or '1' per fuse
// (@electron/fuses reads and writes it, but does not export these).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

/** What electron-builder.yml sets, by fuse wire position (@electron/fuses' FuseV1Options). */
const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

/**
 * Makes a folder electron-builder takes for an unpacked Electron: an `electron`
 * executable holding the fuse sentinel and a version-1 wire of 8 fuses as Electron
 * ships them (RunAsNode, node options, inspect and file-protocol privileges on; the rest off).
 * @param {string} dir
 */
export function makeStandInElectron(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]);
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\n# Stand-in for Electron, for packing checks only. Fuse wire: '),
    wire,
    Buffer.from('\necho "not Electron" >&2\nexit 1\n'),
  ]);
  writeFileSync(join(dir, 'electron'), script);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
  return dir;
}

/**
 * What must not be in app.asar: anything but the bundles (main process, renderer,
 * the room's phone page) and package.json,
 * source maps, tests, TypeScript sources and node_modules.
 * @param {string[]} files paths inside the archive, as "/dist/renderer/index.html"
 */
export function asarProblems(files) {
  const problems = [];
  for (const file of files) {
    if (!/^\/(dist\/(electron|renderer|phone)\/.+|package\.json)$/.test(file)) problems.push(`${file}: not one of the bundles`);
    if (file.endsWith('.map')) problems.push(`${file}: a source map`);
    if (/(^|\/)(test|tests|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(file)) problems.push(`${file}: a test`);
    if (file.includes('/node_modules/')) problems.push(`${file}: a package from node_modules`);
    if (/\.tsx?$/.test(file)) problems.push(`${file}: TypeScript source`);
  }
  if (!files.includes('/dist/electron/main.cjs')) problems.push('/dist/electron/main.cjs is missing');
  if (!files.includes('/dist/renderer/index.html')) problems.push('/dist/renderer/index.html is missing');
  for (const part of ['/dist/phone/index.html', '/dist/phone/room.js']) if (!files.includes(part)) problems.push(`${part} is missing`);
  return problems;
}

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main() {
  await makeIcons();
  const standIn = makeStandInElectron(mkdtempSync(join(tmpdir(), 'akr-electron-stand-in-')));
  rmSync(join(ROOT, OUT), { recursive: true, force: true });
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const args = [cli, '--linux', '--dir', '--config', 'build/electron-builder.yml', `-c.electronDist=${standIn}`, `-c.directories.output=${OUT}`];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  rmSync(standIn, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`electron-builder stopped (exit ${run.status})`);

  const unpacked = join(ROOT, OUT, 'linux-unpacked');
  const archive = join(unpacked, 'resources/app.asar');
  const files = asar.listPackage(archive, { isPack: false }).filter((f) => !('files' in asar.statFile(archive, f.slice(1))));
  const sizes = new Map();
  for (const file of files) {
    const group = file.split('/').slice(0, 3).join('/');
    const entry = asar.statFile(archive, file.slice(1));
    const [count, bytes] = sizes.get(group) ?? [0, 0];
    sizes.set(group, [count + 1, bytes + ('size' in entry ? entry.size : 0)]);
  }
  console.log(`\napp.asar: ${files.length} files, ${megabytes(statSync(archive).size)} (${archive})`);
  for (const [group, [count, bytes]] of [...sizes].sort()) console.log(`  ${group}: ${count} files, ${megabytes(bytes)}`);

  const wire = await fuses.getCurrentFuseWire(join(unpacked, 'akr-studio'));
  const problems = asarProblems(files);
  const states = Object.entries(EXPECTED_FUSES).map(([name, on]) => {
    const state = wire[fuses.FuseV1Options[name]];
    if (state !== (on ? ON : OFF)) problems.push(`fuse ${name} is not ${on ? 'on' : 'off'}`);
    return `${name}=${state === ON ? 'on' : state === OFF ? 'off' : String(state)}`;
  });
  console.log(`Fuses written into the stand-in binary: ${states.join(', ')}`);
  if (problems.length > 0) throw new Error(`The package is not as it should be:\n  ${problems.join('\n  ')}`);
  console.log('Package check passed.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
