/**
 * The built-in starting task lists, one per unit type. Loaded through
 * `loadLibraryLists()` in `../library.ts`, never imported on the start-up path.
 */
import type { LibraryList } from '../libraryTypes.ts';
import { bibliotek } from './bibliotek.ts';
import { forskola } from './forskola.ts';
import { hemtjanst } from './hemtjanst.ts';
import { kok } from './kok.ts';
import { lssBoende } from './lssBoende.ts';
import { sarskiltBoende } from './sarskiltBoende.ts';
import { skola } from './skola.ts';
import { vattenAvlopp } from './vattenAvlopp.ts';

const LISTS: readonly LibraryList[] = [forskola, skola, hemtjanst, sarskiltBoende, lssBoende, kok, bibliotek, vattenAvlopp];

/** Every starting list, in the order they are offered. */
export function libraryLists(): readonly LibraryList[] {
  return LISTS;
}

/** One starting list by its id, or undefined for an id no list has (any more). */
export function libraryList(id: string): LibraryList | undefined {
  return LISTS.find((l) => l.id === id);
}
