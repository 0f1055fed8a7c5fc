/**
 * What the room's views in the facilitator's window are given: the room
 * host (platform.room unless a provider says otherwise), the phones' inbox
 * and the spread of the open colour poll. Delivery (useRoomInbox,
 * usePollCounts) plugs in here, so the panel, the board's poll and the
 * projection never import it and can be shown with doubles.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { hashToRoute } from '../store/route.ts';
import type { RoomBridge } from '../../shared/room/bridge.ts';
import type { PollCounts, RoomInbox } from './inboxTypes.ts';
import { useServices } from '../store/context.ts';
import { roomSessionFor, type RoomSession, type RoomSessionState } from './roomSession.ts';
import { usePollCounts, useRoomInbox } from './useRoomInbox.ts';

/** The poll a spread is asked for: one task in one role. */
export interface PollKey {
  activityId: string;
  role: string;
  taskId: string;
}

export interface RoomDeps {
  /** The room host; platform.room when absent. */
  bridge?: RoomBridge;
  /** What phones sent to this analysis; null where there is none to show (the queue is then not shown). */
  useInbox: (analysisId: string) => RoomInbox | null;
  /** The spread of a poll, live; null where it is not known. */
  usePollCounts: (analysisId: string, poll: PollKey | null) => PollCounts | null;
}

/** The spread of the poll asked for, from delivery's tally (null while no poll is open). */
function useOpenPollCounts(analysisId: string, poll: PollKey | null): PollCounts | null {
  const counts = usePollCounts(analysisId, poll?.taskId ?? '', poll?.role ?? '');
  return poll ? counts : null;
}

/** Delivery's inbox and tally by default; a provider may give others (a test's doubles). */
export const RoomContext = createContext<RoomDeps>({ useInbox: useRoomInbox, usePollCounts: useOpenPollCounts });

/** The room host and the window's session with it. */
export function useRoom(): { bridge: RoomBridge; session: RoomSession; state: RoomSessionState; deps: RoomDeps } {
  const deps = useContext(RoomContext);
  const { platform } = useServices();
  const bridge = deps.bridge ?? platform.room;
  const session = roomSessionFor(bridge);
  const state = useSyncExternalStore(session.subscribe, session.get);
  return { bridge, session, state, deps };
}

/**
 * Closing the analysis closes its room: going to the list of analyses or to
 * another analysis stops the server the phones use. Settings (a language
 * switch mid-workshop) and a reload are not leaving it. Reads the session
 * without following it, so the analysis does not re-render as phones come and go.
 */
export function useRoomClosesWithAnalysis(analysisId: string): void {
  const deps = useContext(RoomContext);
  const { platform } = useServices();
  const session = roomSessionFor(deps.bridge ?? platform.room);
  useEffect(
    () => () => {
      const info = session.get().info;
      if (!info || info.analysisId !== analysisId) return;
      // The cleanup runs once the route has changed: the hash says where the facilitator went.
      const to = hashToRoute(location.hash);
      if (to.name === 'analyses' || (to.name === 'analysis' && to.id !== analysisId)) void session.close();
    },
    [analysisId, session],
  );
}
