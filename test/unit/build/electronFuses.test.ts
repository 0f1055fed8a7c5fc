import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util/out/DebugLogger.js';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** The packaging config as electron-builder itself reads it (its own YAML loader and schema). */
async function packagingConfig() {
  const config = await getConfig(ROOT, join(ROOT, 'build/electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('the packaged binary’s Electron fuses', () => {
  it('are each set as the security checklist asks, asar integrity validated', { timeout: 30_000 }, async () => {
    const { electronFuses } = await packagingConfig();
    expect(electronFuses).toEqual({
      // Cannot be turned into a plain Node runtime, nor take Node options or an inspector from outside.
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // Cookies (and other session data Chromium encrypts) are encrypted at rest with the OS keystore.
      enableCookieEncryption: true,
      // The app is loaded only from app.asar, and app.asar only if it matches the hash built into the binary.
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      // file:// gets no more than a web page; the app is served from app://.
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
