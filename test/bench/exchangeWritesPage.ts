/**
 * Runs in the page (bundled by exchangeWrites.ts): the writes of figure 9b's
 * import four ways, each into a database of its own that starts empty, to
 * tell what the app's code costs from what IndexedDB itself costs:
 * `apply` (the app's import, planned again and written), `bulkPut` (Dexie,
 * one transaction, nothing else), `idb` (plain IndexedDB puts, the same
 * stores and indexes) and `idb-no-indexes` (the same stores without any
 * index). For `idb*` also the time to hand every put over (`issued`): the
 * rest is the browser's database process. Not part of the app.
 */
import { openDb } from '../../renderer/db/db.ts';
import { exchangeRepository } from '../../renderer/db/exchangeRepository.ts';
import { serialize } from '../../shared/exchange/format.ts';
import { restoreFile } from '../../shared/exchange/restore.ts';
import { FILE_KIND_NAMES } from '../../shared/records/registry.ts';
import type { Item } from '../../shared/model.ts';

export type Variant = 'apply' | 'bulkPut' | 'idb' | 'idb-no-indexes';

export interface ExchangeWritesWindow {
  __akrExchangeWrites: (analysisId: string, variant: Variant) => Promise<{ ms: number; issued: number | null }>;
}

/** A database with the stores of `like`, with or without their indexes. */
function plainCopy(name: string, like: IDBDatabase, indexes: (store: string, index: string) => boolean): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const s of like.objectStoreNames) {
        const from = like.transaction(s).objectStore(s);
        const store = request.result.createObjectStore(s, { keyPath: from.keyPath });
        for (const i of from.indexNames) if (indexes(s, i)) store.createIndex(i, from.index(i).keyPath);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`could not open ${name}`));
  });
}

/** Every put in one strict transaction; resolves when it completes, with the time the puts took to hand over. */
function plainPuts(db: IDBDatabase, puts: Map<string, Item[]>): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const tx = db.transaction([...db.objectStoreNames], 'readwrite', { durability: 'strict' });
    for (const [table, items] of puts) {
      const store = tx.objectStore(table);
      for (const item of items) store.put(item);
    }
    const issued = performance.now() - t0;
    tx.oncomplete = () => resolve(issued);
    tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
  });
}

async function writes(analysisId: string, variant: Variant): Promise<{ ms: number; issued: number | null }> {
  const source = openDb();
  await source.open();
  const text = serialize(await exchangeRepository(source).exportFile([analysisId], { appVersion: 'bench', includePersonal: false }));
  source.close();
  const restored = restoreFile(text);
  if (!restored.ok) throw new Error('restoreFile refused the file');
  const name = `akr-bench-writes-${variant}`;
  const target = openDb({ name });
  await target.open();
  const repo = exchangeRepository(target);
  await repo.machineId();
  const puts = new Map<string, Item[]>();
  for (const plan of await repo.preview(restored.file, 'bench.akr')) {
    for (const w of plan.writes) if ('put' in w) puts.set(w.table, [...(puts.get(w.table) ?? []), w.put]);
  }
  let issued: number | null = null;
  const t0 = performance.now();
  try {
    if (variant === 'apply') await repo.apply(restored.file, 'bench.akr');
    else if (variant === 'bulkPut') {
      await target.transaction(
        'rw',
        FILE_KIND_NAMES.map((k) => target.table(k)),
        () => Promise.all([...puts].map(([table, items]) => target.table(table).bulkPut(items))),
      );
    } else {
      const keep = () => variant === 'idb';
      const plain = await plainCopy(`${name}-plain`, target.backendDB(), keep);
      const t1 = performance.now();
      issued = await plainPuts(plain, puts);
      plain.close();
      indexedDB.deleteDatabase(plain.name);
      return { ms: performance.now() - t1, issued };
    }
    return { ms: performance.now() - t0, issued };
  } finally {
    await target.delete();
  }
}

(window as unknown as ExchangeWritesWindow).__akrExchangeWrites = writes;
