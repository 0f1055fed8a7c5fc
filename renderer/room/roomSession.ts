/**
 * The open room as the facilitator's window holds it: what the host said at
 * opening and since (phones, lock-out, closing), what went wrong last, and
 * which room view the facilitator sent to the projector. One per bridge for
 * the whole window, because there is one room at a time and the room panel,
 * the board's poll and the projection all read it.
 */
import type { Activity } from '../../shared/room/protocol.ts';
import type { OpenRoomResult, RoomBridge, RoomInfo, RoomProblem } from '../../shared/room/bridge.ts';

/** A room view the facilitator sent to the projector (until another view is chosen). */
export type ProjectedRoomView = 'roomJoin' | 'poll';

export interface RoomSessionState {
  /** The open room, or null. */
  info: RoomInfo | null;
  /** An action under way; the panel's buttons wait for it. */
  busy: 'opening' | 'closing' | 'activity' | 'code' | null;
  /** Why the last opening failed, or null. */
  problem: { problem: RoomProblem; detail: string } | null;
  /** The last action that failed otherwise (opening an activity, a new code, closing), as the error said. */
  failed: { action: 'activity' | 'code' | 'close'; detail: string } | null;
  /** Wrong short codes so far, of the limit before the lock-out; null before the first. */
  wrongCodes: { wrong: number; limit: number } | null;
  /** The journal could not be written: phones' answers are refused until the room is reopened. */
  journalFailed: string | null;
  projected: ProjectedRoomView | null;
}

export interface RoomSession {
  get: () => RoomSessionState;
  subscribe: (listener: () => void) => () => void;
  open(analysisId: string, address?: string): Promise<OpenRoomResult | null>;
  close(): Promise<void>;
  setActivity(activity: Activity): Promise<boolean>;
  newCode(): Promise<void>;
  /** Sends a room view to the projector, or gives the projector back to the view the facilitator is on. */
  project(view: ProjectedRoomView | null): void;
  /** Forgets the last failure (the facilitator read it). */
  dismiss(): void;
}

const INITIAL: RoomSessionState = { info: null, busy: null, problem: null, failed: null, wrongCodes: null, journalFailed: null, projected: null };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createRoomSession(bridge: RoomBridge): RoomSession {
  let state = INITIAL;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<RoomSessionState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const closed = () => set({ info: null, busy: null, wrongCodes: null, journalFailed: null, projected: null });

  bridge.onEvent((event) => {
    const info = state.info;
    if (event.type === 'closed') {
      if (info && info.analysisId === event.analysisId) closed();
    } else if (event.type === 'phones') {
      if (info) set({ info: { ...info, phones: event.connected } });
    } else if (event.type === 'wrongCode') set({ wrongCodes: { wrong: event.wrong, limit: event.limit } });
    else if (event.type === 'locked') {
      if (info) set({ info: { ...info, locked: true } });
    } else if (event.type === 'journalFailed') set({ journalFailed: event.message });
  });
  // After the window reloads the room may still be open.
  void bridge
    .current()
    .then((info) => {
      if (info && state.info === null && state.busy === null) set({ info });
    })
    .catch(() => undefined);

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async open(analysisId, address) {
      if (state.busy) return null;
      set({ busy: 'opening', problem: null, failed: null });
      try {
        const result = await bridge.open(analysisId, address === undefined ? undefined : { address });
        if (result.ok) set({ info: result.room, busy: null, wrongCodes: null, journalFailed: null });
        else set({ busy: null, problem: { problem: result.problem, detail: result.detail } });
        return result;
      } catch (error) {
        set({ busy: null, problem: { problem: 'failed', detail: message(error) } });
        return null;
      }
    },
    async close() {
      set({ busy: 'closing', failed: null });
      try {
        await bridge.close();
        closed();
      } catch (error) {
        set({ busy: null, failed: { action: 'close', detail: message(error) } });
      }
    },
    async setActivity(activity) {
      const info = state.info;
      if (!info) return false;
      set({ busy: 'activity', failed: null });
      try {
        await bridge.setActivity(activity);
        // A poll no longer open leaves the projector's poll view with nothing to show.
        const projected = state.projected === 'poll' && activity.kind !== 'poll' ? null : state.projected;
        set({ info: state.info ? { ...state.info, activity } : null, busy: null, projected });
        return true;
      } catch (error) {
        set({ busy: null, failed: { action: 'activity', detail: message(error) } });
        return false;
      }
    },
    async newCode() {
      set({ busy: 'code', failed: null });
      try {
        const code = await bridge.newCode();
        set({ info: state.info ? { ...state.info, code, locked: false } : null, busy: null, wrongCodes: null });
      } catch (error) {
        set({ busy: null, failed: { action: 'code', detail: message(error) } });
      }
    },
    project(view) {
      if (view !== null && !state.info) return;
      if (state.projected !== view) set({ projected: view });
    },
    dismiss() {
      if (state.problem || state.failed) set({ problem: null, failed: null });
    },
  };
}

const sessions = new WeakMap<RoomBridge, RoomSession>();

/** The window's one session for `bridge`. */
export function roomSessionFor(bridge: RoomBridge): RoomSession {
  let session = sessions.get(bridge);
  if (!session) sessions.set(bridge, (session = createRoomSession(bridge)));
  return session;
}
