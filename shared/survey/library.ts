/**
 * Starting task lists for the staff survey (step 2): the facilitator picks
 * a unit type's list, or tasks from their own earlier analyses, instead of
 * writing the unit's task list from scratch.
 *
 * This module holds the types and the functions over them. The lists
 * themselves live in `./libraryLists/` and are loaded with
 * `loadLibraryLists()`, so importing this module does not carry them into
 * the app's start-up bundle.
 */
import { matchKey, tidy } from '../text.ts';
import type { Timestamp } from '../model.ts';

export type { Bilingual, LibraryGroup, LibraryList, LibraryTask } from './libraryTypes.ts';
import type { LibraryGroup, LibraryList, LibraryTask } from './libraryTypes.ts';

/** The starting lists, loaded on first use (their own chunk). */
export async function loadLibraryLists(): Promise<readonly LibraryList[]> {
  const { libraryLists } = await import('./libraryLists/index.ts');
  return libraryLists();
}

/** A task as stored in any analysis, as far as the own library needs it. */
export interface OwnTaskSource {
  readonly title: string;
  readonly analysisId: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

/** A title from the facilitator's earlier analyses. */
export interface OwnLibraryEntry {
  /** As most recently used. */
  title: string;
  /** When it was last created or edited in any analysis. */
  lastUsed: Timestamp;
  /** The analyses that have it, most recently used first. */
  analysisIds: string[];
}

export interface OwnLibraryOptions {
  /** The analysis being built: its titles are left out. */
  analysisId: string;
  /** Analyses whose tasks are not the facilitator's own (the example analysis). */
  skip?: Iterable<string>;
}

/**
 * The facilitator's own library: every task title of their other analyses on
 * this computer, one entry per title (by `matchKey`), most recently used
 * first, without the titles the analysis being built already has.
 */
export function ownLibrary(tasks: Iterable<OwnTaskSource>, options: OwnLibraryOptions): OwnLibraryEntry[] {
  const skip = new Set(options.skip);
  const all = [...tasks].filter((t) => !skip.has(t.analysisId) && tidy(t.title) !== '');
  const present = new Set(all.filter((t) => t.analysisId === options.analysisId).map((t) => matchKey(t.title)));
  const byKey = new Map<string, { title: string; lastUsed: Timestamp; analyses: Map<string, Timestamp> }>();
  for (const t of all) {
    const key = matchKey(t.title);
    if (t.analysisId === options.analysisId || present.has(key)) continue;
    const used = t.updatedAt > t.createdAt ? t.updatedAt : t.createdAt;
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { title: tidy(t.title), lastUsed: used, analyses: new Map([[t.analysisId, used]]) });
      continue;
    }
    if (used > entry.lastUsed) {
      entry.title = tidy(t.title);
      entry.lastUsed = used;
    }
    const inAnalysis = entry.analyses.get(t.analysisId);
    if (inAnalysis === undefined || used > inAnalysis) entry.analyses.set(t.analysisId, used);
  }
  return [...byKey.values()]
    .map((e) => ({
      title: e.title,
      lastUsed: e.lastUsed,
      analysisIds: [...e.analyses].sort((a, b) => (a[1] > b[1] ? -1 : a[1] < b[1] ? 1 : a[0].localeCompare(b[0]))).map(([id]) => id),
    }))
    .sort((a, b) => (a.lastUsed > b.lastUsed ? -1 : a.lastUsed < b.lastUsed ? 1 : a.title.localeCompare(b.title, 'sv')));
}

/** A library task, marked when the analysis already has it. */
export interface PickableTask extends LibraryTask {
  /** The analysis has a task with this title, in either language. */
  present: boolean;
}

export interface PickableGroup extends Omit<LibraryGroup, 'tasks'> {
  tasks: PickableTask[];
}

export interface PickableList extends Omit<LibraryList, 'groups'> {
  groups: PickableGroup[];
  /** How many of the list's tasks the analysis already has. */
  present: number;
  total: number;
}

/**
 * A list with each task marked when the analysis already has a task of that
 * title (by `matchKey`, in Swedish or in English), so the picker can show it
 * as added and not add it twice.
 */
export function pickable(list: LibraryList, existingTitles: Iterable<string>): PickableList {
  const existing = new Set([...existingTitles].map(matchKey));
  let present = 0;
  let total = 0;
  const groups = list.groups.map((g) => ({
    ...g,
    tasks: g.tasks.map((t) => {
      const has = existing.has(matchKey(t.sv)) || existing.has(matchKey(t.en));
      total += 1;
      if (has) present += 1;
      return { ...t, present: has };
    }),
  }));
  return { ...list, groups, present, total };
}
