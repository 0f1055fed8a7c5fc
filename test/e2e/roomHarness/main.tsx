/**
 * A page for the e2e of the room panel's note queue: the app's own NoteQueue
 * and PollSpread, with the app's styles and texts, given an in-memory inbox
 * (delivery, which keeps the real one, is a separate part). What the queue
 * asks of the inbox is kept on `window.inboxLog` for the test to read.
 */
import '../../../renderer/styles/tokens.css';
import '../../../renderer/styles/base.css';
import '../../../renderer/styles/components.css';
import '../../../renderer/styles/phones.css';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createTranslator, loadDictionary, TranslatorContext } from '../../../renderer/i18n/i18n.ts';
import type { PollCounts, QueuedNote, RoomInbox } from '../../../renderer/room/inboxTypes.ts';
import { NoteQueue } from '../../../renderer/room/NoteQueue.tsx';
import { PollSpread } from '../../../renderer/room/PollSpread.tsx';

const NOTES: QueuedNote[] = [
  { id: 'n1', quadrant: 'strengths', text: 'Vi hjälper varandra när det är mycket', receivedAt: 1 },
  { id: 'n2', quadrant: 'threats', text: 'Vikarier saknas på morgonen', receivedAt: 2 },
  { id: 'n3', quadrant: 'weaknesses', text: '<b>Dokumentationen</b> tar för lång tid', receivedAt: 3 },
  { id: 'n4', quadrant: 'opportunities', text: 'Ny personalgrupp i höst', receivedAt: 4 },
];
const COUNTS: PollCounts = { green: 7, yellow: 3, red: 1, black: 0 };

type Log = string[];
declare global {
  interface Window {
    inboxLog: Log;
  }
}
window.inboxLog = [];

/** An inbox whose queue lives in React state, as delivery's hook would hold it. */
function useFakeInbox(): RoomInbox {
  const [pending, setPending] = useState<readonly QueuedNote[]>(NOTES);
  const [auto, setAuto] = useState(false);
  return useMemo(
    () => ({
      pending,
      autoLetThrough: auto,
      received: { answers: 0, notes: NOTES.length, dots: 0, pollVotes: 0 },
      letThrough: async (ids) => {
        const going = ids === 'all' ? pending.map((n) => n.id) : ids;
        window.inboxLog.push(`through ${going.join(',')}`);
        setPending((list) => list.filter((n) => !going.includes(n.id)));
      },
      discard: async (id) => {
        window.inboxLog.push(`discard ${id}`);
        setPending((list) => list.filter((n) => n.id !== id));
      },
      setAutoLetThrough: async (on) => {
        window.inboxLog.push(`auto ${on}`);
        setAuto(on);
      },
    }),
    [pending, auto],
  );
}

function Harness() {
  const inbox = useFakeInbox();
  return (
    <div className="drawer phones-drawer" style={{ top: 0 }}>
      <div className="phones-panel">
        <NoteQueue inbox={inbox} />
        <PollSpread counts={COUNTS} />
      </div>
    </div>
  );
}

const language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv';
document.documentElement.lang = language;
void loadDictionary(language).then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <TranslatorContext.Provider value={createTranslator(language)}>
        <Harness />
      </TranslatorContext.Provider>
    </StrictMode>,
  );
});
