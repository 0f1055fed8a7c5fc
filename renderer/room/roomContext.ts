/**
 * What the room's views in the facilitator's window are given: the room
 * host (platform.room unless a provider says otherwise), the phones' inbox
 * and the spread of the open colour poll. Delivery (useRoomInbox,
 * usePollCounts) plugs in here, so the panel, the board's poll and the
 * projection never import it and can be shown with doubles.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { RoomBridge } from '../../shared/room/bridge.ts';
import type { PollCounts, RoomInbox } from './inboxTypes.ts';
import { useServices } from '../store/context.ts';
import { roomSessionFor, type RoomSession, type RoomSessionState } from './roomSession.ts';

/** The poll a spread is asked for: one task in one role. */
export interface PollKey {
  activityId: string;
  role: string;
  taskId: string;
}

export interface RoomDeps {
  /** The room host; platform.room when absent. */
  bridge?: RoomBridge;
  /** What phones sent to this analysis; null where delivery is not there (the queue is then not shown). */
  useInbox: (analysisId: string) => RoomInbox | null;
  /** The spread of a poll, live; null where it is not known. */
  usePollCounts: (analysisId: string, poll: PollKey | null) => PollCounts | null;
}

const none = () => null;

export const RoomContext = createContext<RoomDeps>({ useInbox: none, usePollCounts: none });

/** The room host and the window's session with it. */
export function useRoom(): { bridge: RoomBridge; session: RoomSession; state: RoomSessionState; deps: RoomDeps } {
  const deps = useContext(RoomContext);
  const { platform } = useServices();
  const bridge = deps.bridge ?? platform.room;
  const session = roomSessionFor(bridge);
  const state = useSyncExternalStore(session.subscribe, session.get);
  return { bridge, session, state, deps };
}
