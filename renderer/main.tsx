// First: what the first screen can start on before the rest is evaluated (see early.ts).
import { earlyBoard, earlyLock } from './early.ts';
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/board.css';
import './styles/room.css';
import './styles/phones.css';
import './styles/survey.css';
import './styles/swot.css';
import './styles/newRolesBuilder.css';
import './styles/newRoles.css';
import './styles/people.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { workerChangesRepository } from './db/changeWriter.ts';
import { deferredRepositories } from './db/deferredRepositories.ts';
import { detectPlatform } from './platform/index.ts';
import { createAppStore } from './store/appStore.ts';
import { hashToRoute } from './store/route.ts';
import { lazySyncController } from './sync/lazySync.ts';
import { appVersion } from './platform/platform.ts';

const opening = hashToRoute(location.hash);
// The board read at start-up (warmDb.ts, started by early.ts) shapes three steps below.
const openingBoard = opening.name === 'analysis' && opening.view === 'board' ? opening.id : null;

const platform = detectPlatform();
// Dexie and the repositories load apart (deferredRepositories.ts): a board's first render needs
// nothing from them, so there they load once the board asks for its live data, after that render –
// and never before the early read is done, so their connection cannot hold up an upgrade. Any
// other first screen reads through them at once.
const database = deferredRepositories(async () => {
  const [{ openLocalDatabase }] = await Promise.all([import('./db/localDatabase.ts'), openingBoard ? earlyBoard : null]);
  // The settings are read with the organisation's policy applied (none in the browser).
  return openLocalDatabase(platform.policy());
});
const local = database.repos;
if (!openingBoard) void database.load().catch((error: unknown) => console.error('Could not load the database', error));
// Edits are written by a worker, so their disk flush never waits for this thread's frames.
const changes = workerChangesRepository(
  () => new Worker(new URL('./db/changeWriter.worker.ts', import.meta.url), { type: 'module', name: 'akr-writer' }),
  local.changes,
);
const repos = { ...local, changes };
// The opening board is being read (warmDb.ts) while its screen's code loads. Dexie's live query
// starts when the board subscribes, so the two reads do not queue behind each other; where the
// early read found nothing, Dexie loads and reads at once instead.
if (openingBoard) void earlyBoard.then((board) => (board ? repos.board.seed(board.analysisId, board) : repos.board.prefetch(openingBoard)));
const store = createAppStore({ repos, platform, newId: () => crypto.randomUUID() });

void platform.persistStorage().then((status) => store.getState().setStorage(status));
// Analyses deleted more than 30 days ago go for good – once the app is idle, because the purge
// locks every table and would hold up the first screen. A failure here must not stop the app.
const purge = () =>
  void repos.analyses
    // A purged analysis's room journal (phones' answers) goes with it.
    .purgeDeleted((ids) => ids.forEach((id) => void platform.room.erase(id).catch((error: unknown) => console.warn('room journal erase failed', error))))
    .catch((error: unknown) => console.warn('purge failed', error));
const whenIdle = (task: () => void, timeout: number) => {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task, timeout / 2);
};
whenIdle(purge, 10_000);
// The sync folder: read it and write what changed once the first screen is up; read it again
// whenever the window comes back into focus (another machine may have written); write an
// analysis's file shortly after its edits are saved: the store announces which analyses every
// write changed.
const sync = lazySyncController(
  () =>
    import('./sync/syncController.ts').then((m) =>
      m.createSyncController({ files: repos.syncFiles, exchange: repos.exchange, folders: platform.syncFolders, appVersion: appVersion() }),
    ),
  platform.syncFolders.supported,
);
const syncFailed = (error: unknown) => console.warn('sync folder', error);
whenIdle(() => void sync.start().catch(syncFailed), 3_000);
let lastScan = 0;
window.addEventListener('focus', () => {
  if (Date.now() - lastScan < 5_000) return;
  lastScan = Date.now();
  void sync.scan().catch(syncFailed);
});
const SYNC_DEBOUNCE_MS = 1_500;
let syncTimer: ReturnType<typeof setTimeout> | undefined;
const dirty = new Set<string>();
store.subscribe((state, previous) => {
  if (state.changed === previous.changed) return;
  for (const id of state.changed.analyses) dirty.add(id);
  clearTimeout(syncTimer);
  syncTimer = setTimeout(() => {
    const ids = [...dirty];
    dirty.clear();
    void sync.write(ids).catch(syncFailed);
  }, SYNC_DEBOUNCE_MS);
});
// Phones' submissions in the room go into the analysis as they come, and what the room's journal
// kept from before this window started (a reload, a crash) is delivered now. Loaded apart: only
// a platform with a room host needs it.
if (platform.room.supported)
  void import('./room/delivery.ts').then((m) =>
    m.startRoomDelivery({ room: platform.room, repos, commit: (changes) => store.getState().commit(changes, { undoable: false }) }),
  );
// The writer loads its code and opens its own connection once the first screen is up.
whenIdle(() => changes.prepare(), 2_000);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App services={{ store, repos, platform, sync }} />
    </StrictMode>,
  );
// On a board, the first render waits for the early read (it is usually in by the time the bundle
// has run), so the board is drawn once with its cards rather than first as "Laddar…" – but never
// for long: a read held up (another window upgrading the database) must not hold up the app.
const EARLY_READ_WAIT_MS = 300;
// The kiosk lock (one row) decides whether anything but the kiosk may be drawn; where it is not in
// by then, the app draws nothing until the database has answered (KioskGate).
const lockRead = earlyLock.then((lock) => {
  if (lock !== undefined) repos.kiosk.seed(lock);
});
const early = openingBoard ? Promise.all([earlyBoard, lockRead]) : lockRead;
void Promise.race([early, new Promise((resolve) => setTimeout(resolve, EARLY_READ_WAIT_MS))]).finally(() => {
  render();
  // On a board the database loads when the board subscribes to its data, right after the first
  // render; at the latest, once the page is idle.
  if (openingBoard) whenIdle(() => void database.load().catch((error: unknown) => console.error('Could not load the database', error)), 1_000);
});
