import { existsSync } from 'node:fs';
import { chromiumPath } from './browser.ts';

/** Fails the e2e run at once, with the fix, when something it needs is missing. Never skips. */
export default function setup(): void {
  const chromium = chromiumPath();
  if (!chromium) {
    throw new Error(
      'Ingen Chromium hittades för e2e-testerna. Installera den (Debian/Ubuntu: "sudo apt-get install chromium") ' + 'eller ange sökvägen i CHROMIUM_PATH.',
    );
  }
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer saknas: kör "npm run build" före e2e-testerna (npm test gör det).');
  }
}
