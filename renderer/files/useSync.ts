import { useSyncExternalStore } from 'react';
import { useServices } from '../store/context.ts';
import type { SyncState } from '../sync/syncController.ts';

/** The sync folder's state, re-rendering when it changes. */
export function useSync(): SyncState {
  const { sync } = useServices();
  return useSyncExternalStore(sync.subscribe, sync.getState);
}
