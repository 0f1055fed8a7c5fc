/**
 * Delivers phones' submissions from the room host into the analysis: each
 * one is committed through the one write path together with its receipt (one
 * transaction), and only then acknowledged to the host, whose journal may
 * then forget it. A submission whose receipt is already stored (a retry, a
 * redelivery after a reload or a crash) is only acknowledged.
 *
 * Submissions that arrive together are committed together: one transaction
 * per analysis for whatever came while the previous one was being written,
 * so sixty phones sending at once cost a few commits, not hundreds.
 *
 * A commit that fails acknowledges nothing: the journal keeps the entries,
 * and they are fetched again from it after a pause (and at the next start).
 *
 * The journal is read (room.unacknowledged) at start for the open room, when
 * a room opens (the first phone connects) or recovers entries, and the first
 * time a room's submission arrives this session; the host also sends an
 * opened room's leftovers as events. Reading twice is harmless: receipts.
 */
import type { Change } from '../../shared/changes.ts';
import type { RoomBridge, RoomHostEvent } from '../../shared/room/bridge.ts';
import { deliveryChanges, receiptId, type PollTarget } from '../../shared/room/deliver.ts';
import { deliveredSchema, type Delivered } from '../../shared/room/protocol.ts';
import type { RoomRepository } from '../db/roomRepository.ts';

export interface RoomDeliveryDeps {
  room: RoomBridge;
  repos: { room: RoomRepository };
  /** The store's one write path, outside the undo history (a delivered submission is never undone). */
  commit: (changes: Change[]) => Promise<void>;
  now?: () => string;
  /** The pause before entries whose commit failed are fetched again from the journal (doubled after each failure, up to a minute). */
  retryMs?: number;
  /** Told of a failure (the entries stay in the journal); by default a console warning. */
  onError?: (error: unknown) => void;
}

export interface RoomDelivery {
  /** Fetches the entries of an analysis's journal not yet acknowledged and delivers them (after the room is opened). */
  catchUp(analysisId: string): Promise<void>;
  /** Resolves once nothing received so far is waiting to be delivered. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * One window at a time delivers, across the app's windows (Web Locks): two
 * windows hearing of the same submission would otherwise both add its dots
 * before either had stored its receipt. Where there are no locks (tests in
 * Node), one window is all there is.
 */
function exclusive(work: () => Promise<Delivered[]>): Promise<Delivered[]> {
  const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
  // The lock is held until the work's promise settles. request() resolves with that promise's result
  // (the DOM typings say with the promise itself: `then` unwraps it for the compiler).
  return locks ? locks.request('akr-room-delivery', work).then((result) => result) : work();
}

/** Most submissions in one transaction: a bigger burst is written in several. */
const BATCH_MAX = 400;
const RETRY_MAX_MS = 60_000;

export function startRoomDelivery(deps: RoomDeliveryDeps): RoomDelivery {
  const { room, repos, commit } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const onError = deps.onError ?? ((error: unknown) => console.warn('room delivery', error));
  const baseRetry = deps.retryMs ?? 2_000;

  /** Entries received and not yet handled, per analysis, by id (a second copy of an id waits as one). */
  const waiting = new Map<string, Map<string, Delivered>>();
  /** Analyses whose journal has been read since the start. */
  const caughtUp = new Set<string>();
  /** The pause before the next fetch from an analysis's journal after a failure, and the fetch waiting. */
  const backoff = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When each submission waiting (by receipt id) first reached this window. */
  const arrived = new Map<string, number>();
  /** Reads of a journal under way. */
  const reading = new Set<Promise<void>>();
  let running: Promise<void> | null = null;
  let stopped = false;
  /** Whether the open room's journal has been read since it opened (phones connecting tell of an open room). */
  let openRoomRead = false;

  const receive = (analysisId: string, entries: readonly unknown[]) => {
    if (stopped || entries.length === 0) return;
    let mine = waiting.get(analysisId);
    if (!mine) waiting.set(analysisId, (mine = new Map<string, Delivered>()));
    const at = performance.now();
    for (const entry of entries) {
      // The host checked it before its journal took it; what crosses into this window is checked again
      // (a damaged journal, another version of the host). One that does not fit is left in the journal.
      const checked = deliveredSchema.safeParse(entry);
      if (!checked.success) {
        onError(new Error(`a room submission that does not fit: ${checked.error.message}`));
        continue;
      }
      const e = checked.data;
      mine.set(e.id, e);
      const key = receiptId(analysisId, e.id);
      if (!arrived.has(key)) arrived.set(key, at);
    }
    if (mine.size > 0) kick();
    else waiting.delete(analysisId);
  };

  const kick = () => {
    // Waits a task, so that a burst of events arriving together goes into one commit.
    running ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(drain).finally(() => {
      running = null;
      if (waiting.size > 0 && !stopped) kick();
    });
  };

  const drain = async () => {
    while (waiting.size > 0 && !stopped) {
      const next = waiting.entries().next();
      if (next.done) break;
      const [analysisId, mine] = next.value;
      const batch = [...mine.values()].slice(0, BATCH_MAX);
      for (const e of batch) mine.delete(e.id);
      if (mine.size === 0) waiting.delete(analysisId);
      await deliver(analysisId, batch);
    }
  };

  /** What the room says an open poll asks about, for polls whose tally does not know yet. */
  const targetsOf = async (analysisId: string, activityIds: readonly string[]): Promise<Map<string, PollTarget>> => {
    const targets = new Map<string, PollTarget>();
    if (activityIds.length === 0) return targets;
    const current = await room.current().catch(() => null);
    const activity = current?.analysisId === analysisId ? current.activity : null;
    if (activity?.kind === 'poll' && activityIds.includes(activity.id)) targets.set(activity.id, { taskId: activity.taskId, role: activity.role });
    return targets;
  };

  const deliver = async (analysisId: string, batch: readonly Delivered[]): Promise<void> => {
    let fresh: Delivered[];
    try {
      fresh = await exclusive(() => commitBatch(analysisId, batch));
    } catch (error) {
      onError(error);
      // One submission the analysis cannot take must not hold up the others: try them one by one.
      if (batch.length > 1) for (const e of batch) await deliver(analysisId, [e]);
      else retryLater(analysisId);
      return;
    }
    if (fresh.length > 0)
      acknowledge(
        analysisId,
        fresh.map((e) => e.id),
      );
    backoff.delete(analysisId);
    // Read by the room's load test (test/bench/room.ts): from the submission reaching this window to its commit
    // (then the views' live queries show it); the detail is the submission's id, so the test can pair it with its send.
    const end = performance.now();
    const committed = new Set(fresh);
    for (const e of batch) {
      const key = receiptId(analysisId, e.id);
      const start = arrived.get(key);
      arrived.delete(key);
      if (start !== undefined && committed.has(e)) performance.measure('akr:room-delivered', { start, end, detail: e.id });
    }
  };

  /** Commits the batch's submissions not delivered before, with their receipts; acknowledges those that were. Returns the ones committed. */
  const commitBatch = async (analysisId: string, batch: readonly Delivered[]): Promise<Delivered[]> => {
    const read = await repos.room.forDelivery(analysisId, batch);
    const fresh = batch.filter((_, i) => read.receipts[i] === undefined);
    const known = batch.filter((_, i) => read.receipts[i] !== undefined).map((e) => e.id);
    if (known.length > 0) acknowledge(analysisId, known);
    if (fresh.length === 0) return [];
    const unknownPolls = [...new Set(fresh.flatMap((e) => (e.kind === 'poll' && read.polls.get(e.activityId)?.taskId == null ? [e.activityId] : [])))];
    const pollTargets = await targetsOf(analysisId, unknownPolls);
    await commit(deliveryChanges(fresh, { analysisId, now: now(), ...read, pollTargets }));
    return fresh;
  };

  const acknowledge = (analysisId: string, ids: readonly string[]) => {
    // A lost acknowledgement only means a redelivery, which the receipt turns into an acknowledgement.
    room.acknowledge(analysisId, ids).catch(onError);
  };

  const retryLater = (analysisId: string) => {
    if (stopped || timers.has(analysisId)) return;
    const delay = backoff.get(analysisId) ?? baseRetry;
    backoff.set(analysisId, Math.min(delay * 2, RETRY_MAX_MS));
    timers.set(
      analysisId,
      setTimeout(() => {
        timers.delete(analysisId);
        void catchUp(analysisId);
      }, delay),
    );
  };

  const catchUp = (analysisId: string): Promise<void> => {
    caughtUp.add(analysisId);
    return track(
      room.unacknowledged(analysisId).then(
        (entries) => receive(analysisId, entries),
        (error: unknown) => {
          onError(error);
          retryLater(analysisId);
        },
      ),
    );
  };

  /** Counts a read of the host as under way until it settles (for idle). */
  const track = (read: Promise<void>): Promise<void> => {
    reading.add(read);
    void read.finally(() => reading.delete(read));
    return read;
  };

  const catchUpOpenRoom = () =>
    track(
      room.current().then((r) => {
        openRoomRead = r !== null;
        return r ? catchUp(r.analysisId) : undefined;
      }, onError),
    );

  const onEvent = (event: RoomHostEvent) => {
    if (event.type === 'submission') {
      // The first word from an analysis's room this session: what its journal kept from before comes too.
      if (!caughtUp.has(event.analysisId)) void catchUp(event.analysisId);
      receive(event.analysisId, [event.entry]);
    } else if (event.type === 'recovered') void catchUpOpenRoom();
    else if (event.type === 'closed') openRoomRead = false;
    else if (event.type === 'phones' && !openRoomRead) {
      // A room opened since (here or in another window): its journal may hold entries from an earlier run.
      openRoomRead = true;
      void catchUpOpenRoom();
    }
  };
  const unsubscribe = room.onEvent(onEvent);
  // What the open room's journal holds from before this window started (a reload, a crash).
  void catchUpOpenRoom();

  return {
    catchUp,
    async idle() {
      while (!stopped && (running || reading.size > 0)) await Promise.all([running, ...reading]);
    },
    stop() {
      stopped = true;
      unsubscribe();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
