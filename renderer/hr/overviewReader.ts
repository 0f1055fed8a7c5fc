/**
 * Reading a folder for HR's overview: the platform reads the bytes (main's
 * fs on the desktop, the File System Access API in the browser; both
 * asynchronous), and a Web Worker parses them, so the window stays
 * responsive over hundreds of files. The worker lives for one reading.
 */
import type { ReadableFolder } from '../../shared/hrOverview/folder.ts';
import type { ParseOutcome } from '../../shared/hrOverview/parseFile.ts';
import { readFolder, type FolderReading } from '../../shared/hrOverview/readFolder.ts';
import type { SyncResult } from '../../shared/syncFolder.ts';

export interface ParseRequest {
  id: number;
  text: string;
  complete: boolean;
  threshold: number;
}
export interface ParseReply {
  id: number;
  outcome: ParseOutcome;
}

export interface ReadHandlers {
  onListed?: (total: number) => void;
  onProgress: (read: number, total: number) => void;
  stop: () => boolean;
}

/** Lists and reads `folder`; the listing's failure is the result's, a file's is listed in the reading. */
export async function readOverviewFolder(folder: ReadableFolder, threshold: number, handlers: ReadHandlers): Promise<SyncResult<FolderReading>> {
  const listed = await folder.list();
  if (!listed.ok) return listed;
  handlers.onListed?.(listed.value.files.length);
  const worker = new Worker(new URL('./overview.worker.ts', import.meta.url), { type: 'module', name: 'akr-overview' });
  const pending = new Map<number, (outcome: ParseOutcome) => void>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
    pending.get(event.data.id)?.(event.data.outcome);
    pending.delete(event.data.id);
  });
  const failed = (detail: string): ParseOutcome => ({ kind: 'problem', problem: { code: 'damaged', detail } });
  worker.addEventListener('error', (event) => {
    for (const resolve of pending.values()) resolve(failed(event.message));
    pending.clear();
  });
  try {
    const reading = await readFolder(
      { ...listed.value, read: (path, start, end) => folder.read(path, start, end) },
      {
        parse: (text, complete) =>
          new Promise<ParseOutcome>((resolve) => {
            const id = next++;
            pending.set(id, resolve);
            worker.postMessage({ id, text, complete, threshold } satisfies ParseRequest);
          }),
        onProgress: handlers.onProgress,
        stop: handlers.stop,
      },
    );
    return { ok: true, value: reading };
  } finally {
    worker.terminate();
  }
}
