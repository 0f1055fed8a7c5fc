import { useMemo } from 'react';
import type { OpenedFile as Opened } from '../../shared/ipc.ts';
import { useT } from '../i18n/i18n.ts';
import { IncomingFile } from './IncomingFile.tsx';
import { incomingFromOpened } from './incoming.ts';

/**
 * A file opened from outside the app (a double-click on an `.akr` file, the
 * command line): its import preview, or why it cannot be opened. Nothing is
 * imported before the user confirms in the preview.
 */
export function OpenedFile({ file, waiting, onDone }: { file: Opened; waiting: number; onDone: () => void }) {
  const { plural } = useT();
  const incoming = useMemo(() => incomingFromOpened(file), [file]);
  const note = waiting > 0 ? <p className="muted">{plural('openFiles.waiting', waiting)}</p> : undefined;
  return <IncomingFile incoming={incoming} onClose={onDone} note={note} />;
}
