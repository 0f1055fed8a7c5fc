// `npm run dist` after the build: makes the icons, says plainly whether the
// installers will be signed, then runs electron-builder with our config. Any
// arguments go on to electron-builder (`npm run dist -- --win`, `-- --mac`, `-- --dir`).
//
// Signing is electron-builder's own: it reads the certificate from environment
// variables and signs when one is there. Nothing here holds or makes a certificate.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeIcons } from './icons.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const FLAGS = {
  windows: ['--win', '--windows', '-w'],
  mac: ['--mac', '--macos', '-m', '-o'],
  linux: ['--linux', '-l'],
};
const NAMES = { windows: 'Windows', mac: 'macOS', linux: 'Linux' };
const HOST = { win32: 'windows', darwin: 'mac', linux: 'linux' };

/**
 * The platforms electron-builder will build for, from its arguments (as it reads them:
 * a platform flag each, or else the machine's own platform).
 * @param {string[]} args
 * @param {string} host process.platform
 * @returns {('windows' | 'mac' | 'linux')[]}
 */
export function targetPlatforms(args, host) {
  const named = /** @type {('windows' | 'mac' | 'linux')[]} */ (Object.keys(FLAGS)).filter((p) => args.some((a) => FLAGS[p].includes(a.split('=')[0] ?? '')));
  return named.length > 0 ? named : [HOST[host] ?? 'linux'];
}

/** Where electron-builder will take the certificate from, per platform, or null (unsigned). */
function certificate(platform, env, host) {
  if (platform === 'windows') return env.WIN_CSC_LINK ? 'WIN_CSC_LINK' : env.CSC_LINK ? 'CSC_LINK' : null;
  if (platform === 'mac') {
    if (env.CSC_LINK) return 'CSC_LINK';
    if (env.CSC_NAME) return 'CSC_NAME';
    // On a Mac, electron-builder looks for a Developer ID in the login keychain by itself.
    if (host === 'darwin' && env.CSC_IDENTITY_AUTO_DISCOVERY !== 'false') return 'the keychain, if it holds a Developer ID';
  }
  return null;
}

function notarisation(env) {
  if (env.APPLE_ID) return 'notarised with APPLE_ID';
  if (env.APPLE_API_KEY) return 'notarised with APPLE_API_KEY';
  if (env.APPLE_KEYCHAIN_PROFILE) return 'notarised with APPLE_KEYCHAIN_PROFILE';
  return 'not notarised';
}

/**
 * One line on signing for the platforms being built: which are signed, and with what;
 * which are not, and that their users will be warned. Linux packages are never
 * signed by electron-builder, so Linux is named only when it is all there is.
 * @param {Record<string, string | undefined>} env
 * @param {('windows' | 'mac' | 'linux')[]} platforms
 * @param {string} host process.platform
 */
export function signingLine(env, platforms, host) {
  const signable = platforms.filter((p) => p !== 'linux');
  if (signable.length === 0) return 'Not signed: electron-builder does not sign Linux AppImage or deb packages.';
  const signed = [];
  const unsigned = [];
  for (const p of signable) {
    const from = certificate(p, env, host);
    if (from === null) unsigned.push(NAMES[p]);
    else signed.push(`${NAMES[p]} with ${from}${p === 'mac' ? `, ${notarisation(env)}` : ''}`);
  }
  const parts = [];
  if (unsigned.length > 0) {
    parts.push(
      `UNSIGNED BUILD for ${unsigned.join(' and ')}: no signing certificate is set (WIN_CSC_LINK or CSC_LINK for Windows, CSC_LINK or CSC_NAME for macOS), so SmartScreen and Gatekeeper will warn; see README › Installers.`,
    );
  }
  if (signed.length > 0) parts.push(`Signing ${signed.join('; ')}.`);
  return parts.join(' ');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  await makeIcons();
  console.log(signingLine(process.env, targetPlatforms(args, process.platform), process.platform));
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const run = spawnSync(process.execPath, [cli, '--config', 'build/electron-builder.yml', ...args], { cwd: ROOT, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
