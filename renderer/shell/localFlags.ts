import { useSyncExternalStore } from 'react';

/**
 * Small yes/no choices of this machine (a folded panel, a message put away),
 * kept in localStorage like the language hint: they belong to the computer,
 * not to an analysis, so they are neither exported nor synced.
 */
export const LOCAL_FLAGS = {
  /** The board's totals bars are shown ('1') or folded ('0'); unset: chosen by the window's height. */
  totalsOpen: 'akr-board-totals-open',
  /** The storage reminder was put away for good. */
  storageBannerDismissed: 'akr-storage-banner-dismissed',
  /** A file with all analyses was saved from this machine. */
  fileCopySaved: 'akr-file-copy-saved',
} as const;

type FlagKey = (typeof LOCAL_FLAGS)[keyof typeof LOCAL_FLAGS];

const listeners = new Set<() => void>();
/** Where a flag lives when localStorage refuses it (it then lasts until the window closes). */
const fallback = new Map<FlagKey, boolean>();

function read(key: FlagKey): boolean | null {
  try {
    const value = localStorage.getItem(key);
    return value === '1' ? true : value === '0' ? false : null;
  } catch {
    return null;
  }
}

/** Remembers a flag on this machine and tells every component that reads it. */
export function setLocalFlag(key: FlagKey, value: boolean): void {
  try {
    localStorage.setItem(key, value ? '1' : '0');
  } catch {
    fallback.set(key, value);
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the app (the same origin) changing the flag.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** A flag of this machine: true, false, or null when never set. */
export function useLocalFlag(key: FlagKey): boolean | null {
  return useSyncExternalStore(subscribe, () => read(key) ?? fallback.get(key) ?? null);
}
