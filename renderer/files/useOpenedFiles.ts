import { useEffect, useState } from 'react';
import type { OpenedFile } from '../../shared/ipc.ts';
import { useServices } from '../store/context.ts';

/** An opened file in the queue; `id` tells two opened files of one name apart. */
export interface QueuedFile {
  id: number;
  file: OpenedFile;
}

let nextId = 0;

/**
 * Files the OS or the command line asked the app to open, one at a time:
 * `current` is the one to show, `waiting` how many come after it, `next`
 * moves on once it is closed. Always empty in the browser.
 */
export function useOpenedFiles(): { current: QueuedFile | null; waiting: number; next: () => void } {
  const { platform } = useServices();
  const [queue, setQueue] = useState<readonly QueuedFile[]>([]);
  useEffect(() => platform.onOpenedFiles((files) => setQueue((q) => [...q, ...files.map((file) => ({ id: ++nextId, file }))])), [platform]);
  return { current: queue[0] ?? null, waiting: Math.max(0, queue.length - 1), next: () => setQueue((q) => q.slice(1)) };
}
