/**
 * Runs in the page (bundled by exchange.ts with esbuild, Dexie and zod included):
 * the app's own export and import code against the app's own database. Not part
 * of the app; it only calls what the Files section calls.
 */
import { openDb } from '../../renderer/db/db.ts';
import { exchangeRepository, type ExchangeRepository } from '../../renderer/db/exchangeRepository.ts';
import { serialize } from '../../shared/exchange/format.ts';
import { checkSize, restoreFile } from '../../shared/exchange/restore.ts';

/** One import of a file, timed in parts (ms), with what the preview said it would do. */
export interface ImportTimes {
  /** From the file chosen to the import written: read + restore + preview + apply. */
  total: number;
  /** File.text() of the chosen file. */
  read: number;
  /** restoreFile: JSON.parse and the strict checks. */
  restore: number;
  /** repository.preview: the merge plan, in a read transaction. */
  preview: number;
  /** repository.apply: planned again and written, in one readwrite transaction. */
  apply: number;
  /** Items the preview listed as added, changed or removed, and conflicts. */
  changes: number;
  conflicts: number;
  isNew: boolean;
}

export interface RoundTrip {
  /** exportFile + serialize: the file's text, as the user saves it. */
  exportMs: number;
  bytes: number;
  /** Into a database that does not have the analysis (another machine). */
  first: ImportTimes;
  /** The same file again into that database, which now has it. */
  again: ImportTimes;
}

export interface ExchangeBenchWindow {
  __akrExchangeBench: { roundTrip: (analysisId: string, targetDb: string) => Promise<RoundTrip> };
}

async function importFile(repo: ExchangeRepository, chosen: File): Promise<ImportTimes> {
  const t0 = performance.now();
  const tooLarge = checkSize(chosen.size);
  if (tooLarge) throw new Error(`the file is too large: ${chosen.size} bytes`);
  const text = await chosen.text();
  const t1 = performance.now();
  const result = restoreFile(text);
  if (!result.ok) throw new Error(`restoreFile refused the file: ${JSON.stringify(result.error)}`);
  const t2 = performance.now();
  const previewed = await repo.preview(result.file, chosen.name);
  const t3 = performance.now();
  await repo.apply(result.file, chosen.name);
  const t4 = performance.now();
  return {
    total: t4 - t0,
    read: t1 - t0,
    restore: t2 - t1,
    preview: t3 - t2,
    apply: t4 - t3,
    changes: previewed.reduce((n, p) => n + p.changes.length, 0),
    conflicts: previewed.reduce((n, p) => n + p.conflicts.length, 0),
    isNew: previewed.every((p) => p.isNew),
  };
}

/**
 * Exports one analysis from the app's database ('akr-studio') to the file's
 * text, then imports that text into `targetDb`, a database of its own that
 * starts empty (as another machine's would), and imports it there once more.
 * Both databases are opened, and each machine's id made, before any clock
 * starts: in the app they are open long before the user picks a file.
 * `targetDb` is deleted afterwards.
 */
async function roundTrip(analysisId: string, targetDb: string): Promise<RoundTrip> {
  const source = openDb();
  const target = openDb({ name: targetDb });
  try {
    await Promise.all([source.open(), target.open()]);
    const from = exchangeRepository(source);
    const to = exchangeRepository(target);
    await Promise.all([from.machineId(), to.machineId()]);

    const t0 = performance.now();
    const file = await from.exportFile([analysisId], { appVersion: 'bench', includePersonal: false });
    const text = serialize(file);
    const exportMs = performance.now() - t0;
    if (file.analyses.length !== 1) throw new Error(`the export holds ${file.analyses.length} analyses, not 1`);

    const chosen = new File([text], 'bench.akr.json', { type: 'application/json' });
    const first = await importFile(to, chosen);
    const again = await importFile(to, chosen);
    return { exportMs, bytes: chosen.size, first, again };
  } finally {
    source.close();
    await target.delete();
  }
}

(window as unknown as ExchangeBenchWindow).__akrExchangeBench = { roundTrip };
