/// <reference lib="webworker" />
/**
 * The change writer: applies board edits to IndexedDB off the main thread
 * (see changeWriter.ts) and answers when each is on disk.
 */
import { writeChanges } from './boardRepository.ts';
import type { WriteReply, WriteRequest } from './changeWriter.ts';
import { openDb } from './db.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = openDb();

scope.addEventListener('message', (event: MessageEvent<WriteRequest>) => {
  const { id, changes } = event.data;
  const reply = (message: WriteReply) => scope.postMessage(message);
  writeChanges(db, changes).then(
    ({ afterwards }) => {
      reply({ id, ok: true, committedAt: performance.timeOrigin + performance.now() });
      return afterwards();
    },
    (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  ).catch((error: unknown) => console.error('Could not finish a write', error));
});
