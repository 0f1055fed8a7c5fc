import type { DesktopApi } from '../../shared/ipc.ts';
import { browserPlatform } from './browserPlatform.ts';
import { electronPlatform } from './electronPlatform.ts';
import type { Platform } from './platform.ts';

declare global {
  interface Window {
    /** Present only inside the desktop app (exposed by electron/preload.ts). */
    api?: DesktopApi;
  }
}

/** Picks the implementation once, at start-up; nothing else asks where it runs. */
export function detectPlatform(): Platform {
  return window.api ? electronPlatform(window.api) : browserPlatform();
}

export type { Platform, StorageStatus } from './platform.ts';
