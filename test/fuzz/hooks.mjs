// Node module hooks (run off the main thread): `.ts` files as ES modules, types stripped by esbuild, `import.meta.env` as in a production build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const { code } = await transform(await readFile(path, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcefile: path,
    sourcemap: 'inline',
    define: { 'import.meta.env.DEV': 'false' },
  });
  return { format: 'module', source: code, shortCircuit: true };
}

// The main process's modules import each other without an extension (esbuild bundles them): try `.ts`.
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('.') || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
    return nextResolve(`${specifier}.ts`, context);
  }
}
