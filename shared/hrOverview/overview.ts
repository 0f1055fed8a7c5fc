/**
 * HR's overview across units: the key figures read from a folder of
 * analysis files (readFolder.ts), the newest copy of each analysis, as a
 * table per unit, per administration (förvaltning) and in total, and as CSV.
 *
 * A count of people the file hides (under its privacy threshold) stays
 * hidden here: a unit's cell says "fewer than N", and a sum over units with
 * a hidden count says "at least" the sum of those shown, never a figure the
 * hidden one could be worked out from.
 */
import type { CsvValue } from '../csvWrite.ts';
import type { KeyFigureSummary } from '../keyFigures.ts';
import type { PeopleKey } from '../vocabulary.ts';
import type { FoundSummary } from './readFolder.ts';

/** The table's figure columns, in order (the CSV has the same). */
export const OVERVIEW_COLUMNS = [
  'newRoles',
  'hoursMoved',
  'hoursFreed',
  'contractAB',
  'contractBEA',
  'contractNone',
  'people',
  'peopleAB',
  'peopleBEA',
  'priorityGroup',
  'women',
  'men',
  'movedToAB',
  'net1',
  'net2',
  'net3',
] as const;
export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number];

/** The people columns and the key of the file's people figures each shows. */
const PEOPLE_COLUMNS = {
  people: 'total',
  peopleAB: 'AB',
  peopleBEA: 'BEA',
  priorityGroup: 'priorityGroup',
  women: 'women',
  men: 'men',
  movedToAB: 'movedToAB',
} as const satisfies Partial<Record<OverviewColumn, PeopleKey>>;

export type Cell =
  /** A figure: hours per week, kronor or a count. */
  | { kind: 'number'; value: number }
  /** A count of people: `value` is the sum of those shown; `hidden` units had theirs hidden, under `threshold`. */
  | { kind: 'people'; value: number; hidden: number; threshold: number }
  /** Nothing recorded (no people, no estimate). */
  | { kind: 'none' };

export interface OverviewRow {
  /** The analysis id for a unit; the administration for a group; '' for the total. */
  key: string;
  unitName: string;
  organisation: string;
  administration: string;
  /** The units summed (1 for a unit). */
  units: number;
  /** The file each unit's figures came from (one for a unit). */
  paths: string[];
  cells: Record<OverviewColumn, Cell>;
}

export interface Overview {
  units: OverviewRow[];
  /** One row per administration ('' = none given), sorted by name with none last. */
  administrations: OverviewRow[];
  total: OverviewRow;
  /** Copies of an analysis left out for a newer one. */
  olderCopies: number;
}

/**
 * The newest copy of each analysis: the highest revision (the sum of its
 * items' revisions), then the latest edit; the path breaks a tie, so the
 * answer never depends on the order the files were read in.
 */
export function newestPerAnalysis(found: readonly FoundSummary[]): FoundSummary[] {
  const newest = new Map<string, FoundSummary>();
  for (const f of found) {
    const kept = newest.get(f.summary.analysisId);
    if (!kept || isNewer(f, kept)) newest.set(f.summary.analysisId, f);
  }
  return [...newest.values()];
}

function isNewer(a: FoundSummary, b: FoundSummary): boolean {
  const x = a.summary;
  const y = b.summary;
  if (x.revision !== y.revision) return x.revision > y.revision;
  if (x.lastEdit !== y.lastEdit) return x.lastEdit > y.lastEdit;
  return a.path < b.path;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One unit's cells. */
function unitCells(s: KeyFigureSummary): Record<OverviewColumn, Cell> {
  const num = (value: number): Cell => ({ kind: 'number', value });
  const people = (key: PeopleKey): Cell => {
    if (s.people === null) return { kind: 'none' };
    const value = s.people[key];
    return value === null ? { kind: 'people', value: 0, hidden: 1, threshold: s.threshold } : { kind: 'people', value, hidden: 0, threshold: s.threshold };
  };
  const net = (year: number): Cell => (s.estimate ? num(s.estimate.years[year]?.net ?? 0) : { kind: 'none' });
  return {
    newRoles: num(s.newRoles),
    hoursMoved: num(s.hoursMoved),
    hoursFreed: num(round2(s.freed.reduce((sum, f) => sum + f.hours, 0))),
    contractAB: num(s.byContract.AB),
    contractBEA: num(s.byContract.BEA),
    contractNone: num(s.byContract.none),
    ...(Object.fromEntries(Object.entries(PEOPLE_COLUMNS).map(([column, key]) => [column, people(key)])) as Record<keyof typeof PEOPLE_COLUMNS, Cell>),
    net1: net(0),
    net2: net(1),
    net3: net(2),
  };
}

/** The sum of cells: numbers add up; people add the shown counts and count the hidden; none where all are none. */
export function sumCells(cells: readonly Cell[]): Cell {
  let value = 0;
  let hidden = 0;
  let threshold = 0;
  let people = false;
  let any = false;
  for (const c of cells) {
    if (c.kind === 'none') continue;
    any = true;
    value += c.value;
    if (c.kind === 'people') {
      people = true;
      hidden += c.hidden;
      if (c.hidden > 0) threshold = Math.max(threshold, c.threshold);
    }
  }
  if (!any) return { kind: 'none' };
  return people ? { kind: 'people', value, hidden, threshold } : { kind: 'number', value: round2(value) };
}

function sumRows(key: string, rows: readonly OverviewRow[], fields: Pick<OverviewRow, 'unitName' | 'organisation' | 'administration'>): OverviewRow {
  const cells = Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, sumCells(rows.map((r) => r.cells[c]))])) as Record<OverviewColumn, Cell>;
  return { key, ...fields, units: rows.reduce((n, r) => n + r.units, 0), paths: rows.flatMap((r) => r.paths), cells };
}

const byName = (a: string, b: string) => a.localeCompare(b, 'sv');

/** The overview of what was read: the newest copy of each analysis, per unit, per administration and in total. */
export function buildOverview(found: readonly FoundSummary[]): Overview {
  const kept = newestPerAnalysis(found);
  const units: OverviewRow[] = kept
    .map(({ summary: s, path }) => ({
      key: s.analysisId,
      unitName: s.unitName,
      organisation: s.organisation,
      administration: s.administration.trim(),
      units: 1,
      paths: [path],
      cells: unitCells(s),
    }))
    .sort((a, b) => byName(a.unitName, b.unitName) || byName(a.key, b.key));
  const groups = new Map<string, OverviewRow[]>();
  for (const row of units) groups.set(row.administration, [...(groups.get(row.administration) ?? []), row]);
  const administrations = [...groups]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : byName(a, b)))
    .map(([name, rows]) => sumRows(name, rows, { unitName: '', organisation: '', administration: name }));
  return {
    units,
    administrations,
    total: sumRows('', units, { unitName: '', organisation: '', administration: '' }),
    olderCopies: found.length - kept.length,
  };
}

export type SortKey = 'unitName' | 'administration' | OverviewColumn;

/** A cell's value for sorting: nothing recorded sorts below every figure, a hidden count as 0. */
const sortValue = (c: Cell) => (c.kind === 'none' ? -Infinity : c.value);

/** The rows sorted by a column (names in Swedish order), ties by unit name. */
export function sortRows(rows: readonly OverviewRow[], key: SortKey, direction: 'ascending' | 'descending'): OverviewRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: OverviewRow, b: OverviewRow): number => {
    if (key === 'unitName' || key === 'administration') return byName(a[key], b[key]);
    const x = sortValue(a.cells[key]);
    const y = sortValue(b.cells[key]);
    return x === y ? 0 : x < y ? -1 : 1;
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a.unitName, b.unitName));
}

/** The words a CSV needs from the UI language. */
export interface OverviewCsvWords {
  unitName: string;
  administration: string;
  organisation: string;
  columns: Record<OverviewColumn, string>;
  /** The administration of units with none given. */
  noAdministration: string;
  /** The unit column of a sum row. */
  allUnits: string;
  /** The administration column of the total row. */
  allAdministrations: string;
  /** A hidden count: "fewer than {threshold}". */
  fewerThan: (threshold: number) => string;
  /** A sum with hidden counts in it: "at least {value}". */
  atLeast: (value: number) => string;
}

/** A cell as CSV: figures as numbers, hidden counts in words. */
export function csvValueOf(cell: Cell, words: Pick<OverviewCsvWords, 'fewerThan' | 'atLeast'>): CsvValue {
  if (cell.kind === 'none') return null;
  if (cell.kind === 'number' || cell.hidden === 0) return cell.value;
  return cell.value === 0 ? words.fewerThan(cell.threshold) : words.atLeast(cell.value);
}

/** The overview as CSV rows: the units, then each administration and the total. */
export function overviewCsvRows(overview: Overview, units: readonly OverviewRow[], words: OverviewCsvWords): CsvValue[][] {
  const row = (unitName: string, administration: string, organisation: string, r: OverviewRow): CsvValue[] => [
    unitName,
    administration,
    organisation,
    ...OVERVIEW_COLUMNS.map((c) => csvValueOf(r.cells[c], words)),
  ];
  const admin = (name: string) => (name === '' ? words.noAdministration : name);
  return [
    [words.unitName, words.administration, words.organisation, ...OVERVIEW_COLUMNS.map((c) => words.columns[c])],
    ...units.map((r) => row(r.unitName, admin(r.administration), r.organisation, r)),
    [],
    ...overview.administrations.map((r) => row(words.allUnits, admin(r.administration), '', r)),
    row(words.allUnits, words.allAdministrations, '', overview.total),
  ];
}
