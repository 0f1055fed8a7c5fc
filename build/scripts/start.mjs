// `npm start`: build, then open AKR Studio in Electron – or, when the Electron
// runtime is missing and cannot be downloaded (offline, no GitHub access), serve
// the same build in the browser instead.
//
// `require('electron')` is avoided on purpose: node_modules/electron/index.js
// downloads the runtime on first use and throws when that fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');
const INSTALL_TIMEOUT_MS = 120_000;

/** Runs a child to completion with inherited output; returns its exit code. */
function runSync(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options }).status ?? 1;
}

/** Same lookup as node_modules/electron/index.js, minus the download. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8');
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** Replaces this process with a child: same output, same exit code, signals passed on. */
function handOver(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

// Under `npm start`, npm_execpath is npm's own CLI; this avoids needing a shell
// to find npm.cmd on Windows.
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
const buildCode = runSync(npm[0], [...npm[1], 'run', 'build'], { shell: !process.env.npm_execpath && process.platform === 'win32' });
if (buildCode !== 0) process.exit(buildCode);

let binary = electronBinary();
if (binary === null && existsSync(path.join(electronDir, 'install.js'))) {
  console.log('Hämtar Electron-körtiden …');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'ignore', timeout: INSTALL_TIMEOUT_MS });
  binary = electronBinary();
}

if (binary !== null) {
  // A stray ELECTRON_RUN_AS_NODE (set by some editors' terminals) would start
  // Electron as plain Node instead of as the app.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  handOver(binary, ['.'], env);
} else {
  const port = process.env.PORT ?? '5173';
  console.log(`Electron kunde inte startas (körtiden saknas och kan inte hämtas här) – AKR Studio körs i webbläsaren på http://localhost:${port}`);
  handOver(process.execPath, [path.join(root, 'build', 'scripts', 'serve.mjs')]);
}
