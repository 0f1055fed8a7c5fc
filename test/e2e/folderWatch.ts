/**
 * Watches a real sync folder while the app writes to it, as another program
 * on the machine would see it: every directory event (inotify on Linux), and
 * every analysis file read again and again. An atomic write shows up as a
 * temp file renamed into place; a file written in place shows up as a
 * 'change' on its own name, and may be read half-written.
 */
import { readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';

export interface FolderWatch {
  /** Directory events, in order. */
  readonly events: readonly { type: string; name: string }[];
  /** Analysis files that did not parse as JSON when read (name and length). */
  readonly torn: readonly string[];
  /** How many times an analysis file was read. */
  reads(): number;
  stop(): void;
}

/** How often the reader reads every analysis file in the folder. */
const READ_EVERY_MS = 5;

export function watchFolder(dir: string): FolderWatch {
  const events: { type: string; name: string }[] = [];
  const torn: string[] = [];
  let reads = 0;
  const watcher = watch(dir, (type, name) => events.push({ type, name: name ?? '' }));
  const timer = setInterval(() => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') || !(name.endsWith('.akr') || name.endsWith('.akr.json'))) continue;
      let text: string;
      try {
        text = readFileSync(join(dir, name), 'utf8');
      } catch {
        continue; // Replaced between the listing and the read.
      }
      reads += 1;
      try {
        JSON.parse(text);
      } catch {
        torn.push(`${name} (${text.length} characters)`);
      }
    }
  }, READ_EVERY_MS);
  return {
    events,
    torn,
    reads: () => reads,
    stop: () => {
      clearInterval(timer);
      watcher.close();
    },
  };
}
