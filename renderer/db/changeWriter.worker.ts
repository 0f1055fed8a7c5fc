/// <reference lib="webworker" />
/**
 * The change writer: applies edits to IndexedDB off the main thread (see
 * changeWriter.ts) and answers when each is on disk.
 */
import { writeChanges } from './writer.ts';
import type { WriteReply, WriteRequest } from './changeWriter.ts';
import { openDb } from './db.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = openDb();

scope.addEventListener('message', (event: MessageEvent<WriteRequest>) => {
  const { id, changes } = event.data;
  const reply = (message: WriteReply) => scope.postMessage(message);
  writeChanges(db, changes).then(
    () => reply({ id, ok: true, committedAt: performance.timeOrigin + performance.now() }),
    (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
});
