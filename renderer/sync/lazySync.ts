/**
 * The sync controller, loaded when first used: its module pulls in the
 * strict file reader (zod) and the merge, which the first screen does not
 * need. Until it is loaded, its state is the empty one.
 */
import type { SyncController, SyncState } from './syncController.ts';

export function lazySyncController(load: () => Promise<SyncController>, supported: boolean): SyncController {
  let state: SyncState = {
    supported,
    folder: null,
    label: null,
    needsPermission: false,
    lastWrite: null,
    problem: null,
    offers: [],
    waiting: [],
    unreadable: [],
  };
  let real: SyncController | null = null;
  let loading: Promise<SyncController> | null = null;
  const listeners = new Set<() => void>();
  const ready = (): Promise<SyncController> => {
    loading ??= load().then((controller) => {
      real = controller;
      const follow = () => {
        state = controller.getState();
        for (const l of listeners) l();
      };
      controller.subscribe(follow);
      follow();
      return controller;
    });
    return loading;
  };
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: async () => (await ready()).start(),
    choose: async () => (await ready()).choose(),
    reconnect: async () => (await ready()).reconnect(),
    forget: async () => (await ready()).forget(),
    sync: async () => (await ready()).sync(),
    scan: async () => (await ready()).scan(),
    write: async (ids) => (await ready()).write(ids),
    imported: async (offer) => (await ready()).imported(offer),
    later: (offer) => real?.later(offer),
    removeFiles: async (names) => (await ready()).removeFiles(names),
  };
}
