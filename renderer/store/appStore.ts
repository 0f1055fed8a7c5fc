import { create, type StateCreator } from 'zustand';
import type { Repositories } from '../db/repositories.ts';
import type { Platform, StorageStatus } from '../platform/index.ts';
import { hashToRoute, routeToHash, type Route } from './route.ts';
import { createAnalysisSlice, type AnalysisSlice } from './analysisSlice.ts';
import { createHistorySlice, type HistorySlice } from './historySlice.ts';

/** Services the store's actions use; injected so tests can pass their own. */
export interface StoreDeps {
  repos: Repositories;
  platform: Platform;
  newId: () => string;
}

export interface Toast {
  id: number;
  message: string;
  /** When set, the toast offers "Ångra" and runs this. */
  undo?: () => Promise<void>;
}

export interface ShellSlice {
  route: Route;
  navigate(route: Route): void;
  /** Writes in flight; the top bar shows "Sparar…" while above zero. */
  pendingWrites: number;
  saveError: string | null;
  /** Runs a write and keeps the save indicator honest: "Sparat" only once it is committed. */
  track<T>(write: Promise<T>): Promise<T>;
  beginWrite(): () => void;
  toasts: Toast[];
  pushToast(toast: Omit<Toast, 'id'>): void;
  dismissToast(id: number): void;
  /** Presentation mode: chrome hidden, the workshop view as large as the window allows. */
  presenting: boolean;
  setPresenting(presenting: boolean): void;
  storage: StorageStatus | null;
  setStorage(status: StorageStatus): void;
  /** What the projector shows besides the view: black, or the picture frozen while the facilitator prepares. */
  projector: { blank: boolean; frozen: boolean };
  setProjector(patch: Partial<{ blank: boolean; frozen: boolean }>): void;
  /** The board's role filter per analysis (null = every role), so the projector can show the same lane. */
  boardLanes: Record<string, string | null>;
  setBoardLane(analysisId: string, lane: string | null): void;
  /** Whether the "Ny analys" dialog is open (the menu can open it from anywhere). */
  newAnalysisOpen: boolean;
  setNewAnalysisOpen(open: boolean): void;
}

export type AppState = ShellSlice & AnalysisSlice & HistorySlice;
export type Slice<T> = StateCreator<AppState, [], [], T>;

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
      set({ saveError: error instanceof Error ? error.message : String(error) });
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
    // Full screen where the platform allows it; the layout works without it too.
    if (typeof document === 'undefined') return;
    if (presenting && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (!presenting && document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  },
  storage: null,
  setStorage(storage) {
    set({ storage });
  },
  projector: { blank: false, frozen: false },
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
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
