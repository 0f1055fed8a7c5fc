import type { OverviewColumn } from '../../shared/hrOverview/overview.ts';

/**
 * The overview's figure columns under shared headings, in the order of
 * OVERVIEW_COLUMNS (a test checks it): the tables then fit a laptop's width
 * with short column labels ("AB", "År 1") under a heading that says what they
 * count. A group without a heading is one column with its own full label.
 */
export const COLUMN_GROUPS: readonly { heading: 'hours' | 'contract' | 'people' | 'net' | null; columns: readonly OverviewColumn[] }[] = [
  { heading: null, columns: ['newRoles'] },
  { heading: 'hours', columns: ['hoursMoved', 'hoursFreed'] },
  { heading: 'contract', columns: ['contractAB', 'contractBEA', 'contractNone'] },
  { heading: 'people', columns: ['people', 'peopleAB', 'peopleBEA', 'priorityGroup', 'women', 'men', 'movedToAB'] },
  { heading: 'net', columns: ['net1', 'net2', 'net3'] },
];
