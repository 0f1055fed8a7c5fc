import { useCallback, useEffect, useMemo, useRef } from 'react';
import { PRESENTER_VIEWS, turn, type PresenterView, type ProjectedRoom, type ProjectionState } from '../../shared/presenter.ts';
import { currentItemIn, withTemplates, workshopOfView } from '../../shared/agenda.ts';
import { useT } from '../i18n/i18n.ts';
import { agendaText } from './agendaText.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import type { AnalysisView } from '../store/route.ts';
import type { Role } from '../../shared/model.ts';
import { facilitatorLink } from './facilitatorLink.ts';
import { useRoomLanes } from './roomLanes.ts';
import { useRoom } from '../room/roomContext.ts';

const projectable = (view: AnalysisView): view is AnalysisView & PresenterView => (PRESENTER_VIEWS as readonly string[]).includes(view);
/** The view the projector keeps showing while the facilitator is on one it cannot show (the overview, roles …); never a room view, which is sent from the room panel only. */
let lastProjected: PresenterView = 'board';

/** What the room's projected views need of the open room (this analysis's only), with the poll's spread; null when none is open. */
function useProjectedRoom(analysisId: string): { room: ProjectedRoom | null; view: 'roomJoin' | 'poll' | null; clear: () => void } {
  const { session, state, deps } = useRoom();
  const info = state.info?.analysisId === analysisId ? state.info : null;
  const activity = info?.activity;
  const poll = activity?.kind === 'poll' ? activity : null;
  const key = poll ? { activityId: poll.id, role: poll.role, taskId: poll.taskId } : null;
  const counts = deps.usePollCounts(analysisId, key);
  const green = counts?.green ?? 0;
  const yellow = counts?.yellow ?? 0;
  const red = counts?.red ?? 0;
  const black = counts?.black ?? 0;
  const url = info?.url;
  const shortUrl = info?.shortUrl;
  const code = info?.code;
  const role = poll?.role;
  const title = poll?.title;
  const room = useMemo<ProjectedRoom | null>(
    () =>
      url === undefined || shortUrl === undefined || code === undefined
        ? null
        : { url, shortUrl, code, poll: role === undefined || title === undefined ? null : { role, title, counts: { green, yellow, red, black } } },
    [url, shortUrl, code, role, title, green, yellow, red, black],
  );
  const clear = useCallback(() => session.project(null), [session]);
  return { room, view: info ? state.projected : null, clear };
}

export interface Projection {
  state: ProjectionState;
  /** The next or previous page or role of the projection (keys in either window, the projector bar). */
  turn: (what: 'page' | 'role', step: 1 | -1) => void;
  /** The roles the projected view goes through (none for a view not shown by role). */
  lanes: Role[];
}

/**
 * Sends what the projector should show whenever it changes: the view, the
 * role, the page, blank and freeze; and takes the projector window's page
 * count and keys.
 */
export function useProjection(analysisId: string, view: AnalysisView): Projection {
  const lane = useApp((s) => s.boardLanes[analysisId] ?? null);
  const { blank, frozen, page } = useApp((s) => s.projector);
  const { repos, store } = useServices();
  const projected = useProjectedRoom(analysisId);
  // A room view the facilitator sent to the projector holds until they go to another view of the analysis.
  const clearRoomView = projected.clear;
  const viewSeen = useRef(view);
  useEffect(() => {
    if (viewSeen.current === view) return;
    viewSeen.current = view;
    clearRoomView();
  }, [view, clearRoomView]);
  const shown = projected.view ?? (projectable(view) ? view : lastProjected);
  const room = projected.room;
  // The agenda item under way names the countdown on the projection (its time comes from the shared
  // timer), but only over a view of its own workshop: over another's the countdown goes on unnamed.
  const agenda = useLive(() => repos.board.liveAgenda(analysisId), [repos, analysisId]);
  const { t } = useT();
  const label = currentItemIn(agenda ? withTemplates(agenda, agendaText(t)) : null, workshopOfView(shown))?.item.title ?? null;
  const state = useMemo<ProjectionState>(
    () => ({ analysisId, view: shown, lane, page, blank, frozen, timer: label === null ? null : { label, endsAt: null, remainingMs: null }, room }),
    [analysisId, shown, lane, page, blank, frozen, label, room],
  );

  // Another view or role starts on its first page, and the page count said for the old one no longer holds.
  const shownKey = `${shown}|${lane ?? ''}`;
  const previousKey = useRef(shownKey);
  useEffect(() => {
    if (previousKey.current === shownKey) return;
    previousKey.current = shownKey;
    store.getState().setProjector({ page: 0, pages: null });
  }, [shownKey, store]);

  const lanes = useRoomLanes(analysisId, shown);
  const roleIds = useMemo(() => lanes.map((r) => r.id), [lanes]);
  const turnProjection = useCallback(
    (what: 'page' | 'role', step: 1 | -1) => {
      const s = store.getState();
      const at = { lane: s.boardLanes[analysisId] ?? null, page: s.projector.page };
      const next = turn(at, what, step, roleIds, s.projector.pages, shown);
      if (next.lane !== at.lane) {
        previousKey.current = `${shown}|${next.lane ?? ''}`;
        s.setBoardLane(analysisId, next.lane);
        s.setProjector({ page: next.page, pages: null });
      } else if (next.page !== at.page) s.setProjector({ page: next.page });
    },
    [analysisId, roleIds, shown, store],
  );

  // The projector window's page count for what it shows now, and the keys pressed in it.
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  });
  useEffect(
    () =>
      facilitatorLink().onRequest((msg) => {
        if (msg.kind === 'turn') turnProjection(msg.what, msg.step);
        else if (msg.view === current.current.view && msg.lane === current.current.lane) store.getState().setProjector({ pages: msg.pages });
      }),
    [store, turnProjection],
  );

  useEffect(() => {
    if (state.view !== 'roomJoin' && state.view !== 'poll') lastProjected = state.view;
    facilitatorLink().send(state);
  }, [state]);
  return { state, turn: turnProjection, lanes };
}
