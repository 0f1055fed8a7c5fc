import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { Repositories } from '../db/repositories.ts';
import type { Platform } from '../platform/index.ts';
import type { AppState } from './types.ts';
import type { SyncController } from '../sync/syncController.ts';

/** What the React tree needs: the store, the repositories (for live reads) and the platform. */
export interface AppServices {
  store: StoreApi<AppState>;
  repos: Repositories;
  platform: Platform;
  /** The sync folder: writes after edits, offers other machines' files. */
  sync: SyncController;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}

/** Reads a narrow slice of the store. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().store, selector);
}
