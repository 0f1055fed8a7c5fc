import type { Item } from '../model.ts';
import type { AnalysisRecord } from './format.ts';

/** The stores an analysis file writes into, and where each comes from in a record. */
export const RECORD_TABLES = [
  'analyses',
  'steps',
  'roles',
  'tasks',
  'placements',
  'questionNotes',
  'timers',
  'surveys',
  'surveyImports',
  'surveyResponses',
  'swotNotes',
  'swotStacks',
  'voting',
  'discussion',
  'actions',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/** Every item of a record with the store it belongs in. */
export function recordItems(r: AnalysisRecord): { table: RecordTable; item: Item }[] {
  const of = (table: RecordTable, items: readonly (Item | null)[]) => items.flatMap((item) => (item ? [{ table, item }] : []));
  return [
    ...of('analyses', [r.analysis]),
    ...of('steps', r.steps),
    ...of('roles', r.roles),
    ...of('tasks', r.tasks),
    ...of('placements', r.placements),
    ...of('questionNotes', r.questionNotes),
    ...of('timers', [r.timer]),
    ...of('surveys', [r.survey.state]),
    ...of('surveyImports', r.survey.imports),
    ...of('surveyResponses', r.survey.responses),
    ...of('swotNotes', r.workshop2.notes),
    ...of('swotStacks', r.workshop2.stacks),
    ...of('voting', [r.workshop2.voting]),
    ...of('discussion', r.workshop2.discussion),
    ...of('actions', r.workshop2.actions),
  ];
}

export interface MergePlan {
  analysisId: string;
  unitName: string;
  /** The analysis is not on this machine yet. */
  isNew: boolean;
  /** Items the file adds, and items where the file's revision is newer. */
  added: number;
  changed: number;
  /** Items where this machine's revision is the same or newer: kept as they are. */
  kept: number;
  writes: { table: RecordTable; item: Item }[];
}

/**
 * What importing one analysis from a file does: an item the machine does
 * not have is added, an item with a higher revision in the file replaces
 * the machine's, everything else stays. `local` is what the machine holds
 * for that analysis (null when it has none).
 */
export function planMerge(local: AnalysisRecord | null, incoming: AnalysisRecord): MergePlan {
  const have = new Map((local ? recordItems(local) : []).map(({ table, item }) => [`${table}:${item.id}`, item.rev]));
  const plan: MergePlan = { analysisId: incoming.analysis.id, unitName: incoming.analysis.unitName, isNew: local === null, added: 0, changed: 0, kept: 0, writes: [] };
  for (const entry of recordItems(incoming)) {
    const rev = have.get(`${entry.table}:${entry.item.id}`);
    if (rev === undefined) {
      plan.added++;
      plan.writes.push(entry);
    } else if (entry.item.rev > rev) {
      plan.changed++;
      plan.writes.push(entry);
    } else plan.kept++;
  }
  return plan;
}
