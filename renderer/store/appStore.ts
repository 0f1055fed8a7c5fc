import { create } from 'zustand';
import { hashToRoute, routeToHash } from './route.ts';
import { createAnalysisSlice } from './analysisSlice.ts';
import { createHistorySlice } from './historySlice.ts';
import { createWorkshopSlice } from './workshopSlice.ts';
import { createSurveyTasksSlice } from './surveyTasksSlice.ts';
import { createFilesSlice } from './filesSlice.ts';
import { createKioskSlice } from './kioskSlice.ts';
import { createInfoSlice } from './infoSlice.ts';
import { createReportSlice } from './reportSlice.ts';
import { createLogoSlice } from './logoSlice.ts';
import { createFollowUpSlice } from './followUpSlice.ts';
import type { AppState, ShellSlice, Slice, StoreDeps } from './types.ts';

export type { AppState, StoreDeps, Toast } from './types.ts';

/** How long an undo toast stays. */
export const TOAST_MS = 10_000;
let toastSeq = 0;

const createShellSlice: Slice<ShellSlice> = (set, get) => ({
  route: hashToRoute(typeof location === 'undefined' ? '' : location.hash),
  navigate(route) {
    set({ route });
    if (typeof location !== 'undefined' && location.hash !== routeToHash(route)) location.hash = routeToHash(route);
  },
  pendingWrites: 0,
  saveError: null,
  beginWrite() {
    set((s) => ({ pendingWrites: s.pendingWrites + 1 }));
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      set((s) => ({ pendingWrites: s.pendingWrites - 1 }));
    };
  },
  async track(write) {
    const end = get().beginWrite();
    try {
      const result = await write;
      set({ saveError: null });
      return result;
    } catch (error) {
      set({ saveError: error });
      throw error;
    } finally {
      end();
    }
  },
  toasts: [],
  pushToast(toast) {
    const id = ++toastSeq;
    set((s) => ({ toasts: [...s.toasts.slice(-2), { ...toast, id }] }));
    setTimeout(() => get().dismissToast(id), TOAST_MS);
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
  presenting: false,
  setPresenting(presenting) {
    set({ presenting });
    // Full screen where the platform allows it (not every engine has the API); the layout works without it too.
    if (typeof document === 'undefined') return;
    const screen: { exitFullscreen?: () => Promise<void> } = document;
    const root: { requestFullscreen?: () => Promise<void> } = document.documentElement;
    if (presenting && !document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
    if (!presenting && document.fullscreenElement) void screen.exitFullscreen?.().catch(() => undefined);
  },
  storage: null,
  setStorage(storage) {
    set({ storage });
  },
  projector: { blank: false, frozen: false, page: 0, pages: null },
  setProjector(patch) {
    set((s) => ({ projector: { ...s.projector, ...patch } }));
  },
  boardLanes: {},
  setBoardLane(analysisId, lane) {
    set((s) => ({ boardLanes: { ...s.boardLanes, [analysisId]: lane } }));
  },
  newAnalysisOpen: false,
  setNewAnalysisOpen(newAnalysisOpen) {
    set({ newAnalysisOpen });
  },
});

/** One store for the app, composed of slices; middleware would go here, at the root only. */
export function createAppStore(deps: StoreDeps) {
  return create<AppState>()((...a) => ({
    ...createShellSlice(...a),
    ...createAnalysisSlice(deps)(...a),
    ...createHistorySlice(deps)(...a),
    ...createWorkshopSlice(deps)(...a),
    ...createSurveyTasksSlice(deps)(...a),
    ...createFilesSlice(deps)(...a),
    ...createKioskSlice(deps)(...a),
    ...createInfoSlice(deps)(...a),
    ...createReportSlice(deps)(...a),
    ...createLogoSlice(deps)(...a),
    ...createFollowUpSlice(deps)(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
