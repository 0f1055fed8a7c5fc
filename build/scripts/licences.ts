import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Licence {
  name: string;
  version: string;
  license: string;
  text: string;
}

/** The folder of the npm package a bundled module comes from. */
function packageRoot(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').split('?')[0] ?? '';
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return name ? join(path.slice(0, at), 'node_modules', name) : null;
}

function readLicence(root: string): Licence | null {
  const manifestPath = join(root, 'package.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  return {
    name: manifest.name,
    version: manifest.version,
    license: manifest.license ?? 'see text',
    text: file ? readFileSync(join(root, file), 'utf8') : '',
  };
}

/**
 * Emits `licences.json` next to index.html: the licence of every npm package
 * (libraries and fonts) whose code ends up in the bundle, read from the module
 * graph so the list is exactly what ships.
 */
export function licencesPlugin(): Plugin {
  return {
    name: 'akr-licences',
    apply: 'build',
    generateBundle() {
      const roots = new Set<string>();
      for (const id of this.getModuleIds()) {
        const root = packageRoot(id);
        if (root) roots.add(root);
      }
      const licences = [...roots]
        .map(readLicence)
        .filter((l): l is Licence => l !== null)
        .sort((a, b) => a.name.localeCompare(b.name));
      this.emitFile({ type: 'asset', fileName: 'licences.json', source: JSON.stringify(licences) });
    },
  };
}
