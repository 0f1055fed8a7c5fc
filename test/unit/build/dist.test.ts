import { describe, expect, it } from 'vitest';
import { signingLine, targetPlatforms } from '../../../build/scripts/dist.mjs';
import { asarProblems } from '../../../build/scripts/distCheck.mjs';

describe('npm run dist', () => {
  it('builds for the platforms electron-builder is asked for, else for this machine', () => {
    expect(targetPlatforms([], 'linux')).toEqual(['linux']);
    expect(targetPlatforms(['--dir'], 'darwin')).toEqual(['mac']);
    expect(targetPlatforms(['--win', '--x64'], 'linux')).toEqual(['windows']);
    expect(targetPlatforms(['-w', '-m', '-l'], 'win32')).toEqual(['windows', 'mac', 'linux']);
  });

  it('says in one line that a build without a certificate is unsigned', () => {
    const line = signingLine({}, ['windows', 'mac'], 'linux');
    expect(line).toMatch(/^UNSIGNED BUILD for Windows and macOS: no signing certificate is set/);
    expect(line).not.toContain('\n');
    expect(signingLine({ CSC_KEY_PASSWORD: 'x' }, ['windows'], 'win32')).toMatch(/^UNSIGNED BUILD for Windows/);
  });

  it('names where each signed platform’s certificate comes from, and whether macOS is notarised', () => {
    expect(signingLine({ WIN_CSC_LINK: 'a.pfx', CSC_LINK: 'b.p12' }, ['windows'], 'linux')).toBe('Signing Windows with WIN_CSC_LINK.');
    expect(signingLine({ CSC_LINK: 'b.p12' }, ['windows', 'mac'], 'darwin')).toBe('Signing Windows with CSC_LINK; macOS with CSC_LINK, not notarised.');
    expect(signingLine({ APPLE_ID: 'x' }, ['mac'], 'darwin')).toBe('Signing macOS with the keychain, if it holds a Developer ID, notarised with APPLE_ID.');
    expect(signingLine({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, ['mac'], 'darwin')).toMatch(/^UNSIGNED BUILD for macOS/);
    expect(signingLine({ WIN_CSC_LINK: 'a.pfx' }, ['windows', 'mac'], 'linux')).toBe(
      'UNSIGNED BUILD for macOS: no signing certificate is set (WIN_CSC_LINK or CSC_LINK for Windows, CSC_LINK or CSC_NAME for macOS), so SmartScreen and Gatekeeper will warn; see README › Installers. Signing Windows with WIN_CSC_LINK.',
    );
  });

  it('says Linux packages are not signed when Linux is all that is built', () => {
    expect(signingLine({ CSC_LINK: 'b.p12' }, ['linux'], 'linux')).toMatch(/^Not signed: electron-builder does not sign Linux/);
  });
});

describe('npm run dist:check', () => {
  it('accepts an app.asar of the bundles and package.json', () => {
    expect(
      asarProblems([
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/renderer/index.html',
        '/dist/phone/index.html',
        '/dist/phone/room.js',
      ]),
    ).toEqual([]);
  });

  it('names each file that should not be in app.asar, and the bundles that are missing', () => {
    expect(
      asarProblems([
        '/package.json',
        '/dist/renderer/assets/index-1.js.map',
        '/dist/renderer/board.test.js',
        '/node_modules/react/index.js',
        '/electron/main.ts',
      ]),
    ).toEqual([
      '/dist/renderer/assets/index-1.js.map: a source map',
      '/dist/renderer/board.test.js: a test',
      '/node_modules/react/index.js: not one of the bundles',
      '/node_modules/react/index.js: a package from node_modules',
      '/electron/main.ts: not one of the bundles',
      '/electron/main.ts: TypeScript source',
      '/dist/electron/main.cjs is missing',
      '/dist/renderer/index.html is missing',
      '/dist/phone/index.html is missing',
      '/dist/phone/room.js is missing',
    ]);
  });
});
