import { matchKey } from '../text.ts';
import type { RawTable } from './table.ts';
import type { TimeUnit } from './values.ts';

/**
 * What a column of a survey file holds.
 * - respondent: an anonymous id (a new file with the same ids replaces those answers)
 * - role: the respondent's professional role (yrkesroll)
 * - mission: the respondent's core mission (grunduppdrag), free text
 * - task: (wide) time on one task, the task named by the column
 * - taskName / time: (long) the task's name, and the time on it
 * - contractHours / contractPercent: the person's contracted hours per week, or
 *   sysselsättningsgrad in percent (turned into hours with the role's full-time week)
 * - comment: the person's free-text comments
 * - ignored: not imported (metadata such as start time, e-mail, name)
 */
export type ColumnKind = 'respondent' | 'role' | 'mission' | 'task' | 'taskName' | 'time' | 'contractHours' | 'contractPercent' | 'comment' | 'ignored';

export type { Shape, IgnoredReason } from '../vocabulary.ts';
import type { Shape, IgnoredReason } from '../vocabulary.ts';

/** Why a column is ignored, for the import report. */

export interface ColumnMapping {
  kind: ColumnKind;
  /** The task's title, for a wide file's task column. */
  title?: string;
  ignoredBecause?: IgnoredReason;
}

export interface Mapping {
  shape: Shape;
  unit: TimeUnit;
  columns: ColumnMapping[];
}

const norm = matchKey;

const RESPONDENT = /^(svars-?id|svarsnummer|respondent(-?id| id)?|response ?id|id|nr|löpnummer)$/;
const PERSONAL = /^(e-?post(adress)?|e-?mail( address)?|namn|name|full name|fullständigt namn|användare|user(name)?)$/;
const METADATA =
  /^(start(tid|time| time)?|slut(tid)?|end ?time|completion time|tid för slutförande|senast ändrad|last modified( time)?|tidsstämpel|tidstämpel|timestamp|ip(-?adress| address)?|datum|date|status)$/;
const ROLE = /(yrkesroll|yrke|befattning|profession|^roll$|^role$|^title$|^titel$)/;
const MISSION = /(grunduppdrag|core mission|ditt uppdrag|^uppdrag$|^mission$)/;
const TASK_NAME = /^(task|task name|uppgift|arbetsuppgift|aktivitet|activity)$/;
const TIME = /(hours|timmar|^tid$|^time$|procent|percent|andel|%)/;
const PERCENT = /(procent|percent|andel|%)/;
/**
 * "Avtalad tid (timmar per vecka)", "Sysselsättningsgrad (%)", "Contracted hours per week":
 * the person's contract, matched at the start (before the task forms, which the unit in
 * brackets would otherwise match). A share of full time when it says so.
 */
const CONTRACT = /^(avtalad (arbets)?tid|sysselsättningsgrad|tjänstgöringsgrad|contracted (working )?hours|employment rate)\b/;
const CONTRACT_SHARE = /^(sysselsättningsgrad|tjänstgöringsgrad|employment rate)/;
const COMMENT = /^((övriga|andra) )?(kommentar(er)?|synpunkter)$|^((other|any|further) )?comments?$/;
/**
 * "Timmar per vecka: Diska", "Hours per week – Dishes", "% av veckan: Diska":
 * the unit and its separator at the start; the title is the rest. Only the
 * start is matched by a pattern (anchored, one run of spaces before one
 * separator character, so it cannot backtrack more than once over the
 * header); the rest is taken by slicing.
 */
const TASK_PREFIX =
  /^(timmar per vecka|timmar\/vecka|tim\/v(ecka)?|h\/v|hours per week|hours\/week|% av veckan|procent av veckan|andel av veckan|% of (the )?week|percent of (the )?week)\s*[:–—-]/i;
/** "Diska (timmar per vecka)", "Diska (%)": the unit in the last brackets, checked whole. */
const TASK_SUFFIX_UNIT = /^(timmar per vecka|timmar\/vecka|tim\/v(ecka)?|h\/v|h|hours per week|hours\/week|% av veckan|%|procent|percent)$/i;

/**
 * The task title inside a wide file's column header, if it has one of the
 * known forms. Linear in the header's length: a header is file content, and
 * may be 20 MB of spaces.
 */
export function taskTitleOf(header: string): { title: string; percent: boolean } | null {
  const text = header.trim();
  const prefix = TASK_PREFIX.exec(text);
  if (prefix) {
    const title = text.slice(prefix[0].length).trim();
    if (title !== '') return { title, percent: PERCENT.test(norm(prefix[1] ?? '')) };
  }
  if (!text.endsWith(')')) return null;
  const open = text.lastIndexOf('(');
  const unit = text.slice(open + 1, -1);
  const title = text.slice(0, Math.max(open, 0)).trim();
  if (open < 0 || title === '' || !TASK_SUFFIX_UNIT.test(unit)) return null;
  return { title, percent: PERCENT.test(norm(unit)) };
}

/** Applied to trimmed cells: digits, one decimal mark, digits, an optional % (nothing a pattern can backtrack over twice). */
const NUMERIC = /^[-+]?\d+([.,]\d+)?\s*%?$/;

/** Share of a column's non-blank cells that look like numbers (1 for an all-blank column). */
function numericShare(table: RawTable, col: number): number {
  let filled = 0;
  let numeric = 0;
  for (const row of table.rows) {
    const v = (row[col] ?? '').trim();
    if (v === '') continue;
    filled++;
    if (NUMERIC.test(v)) numeric++;
  }
  return filled === 0 ? 1 : numeric / filled;
}

/**
 * Guesses what each column holds from its header and values: the shape
 * (wide or long), the time unit, and respondent, role, mission, task and
 * metadata columns. Names and e-mail addresses are always ignored.
 */
export function guessMapping(table: RawTable): Mapping {
  const headers = table.header.map(norm);
  const columns: ColumnMapping[] = headers.map(() => ({ kind: 'ignored', ignoredBecause: 'unknown' }));
  const taken = (kind: ColumnKind) => columns.some((c) => c.kind === kind);
  let percentVotes = 0;
  let hourVotes = 0;

  headers.forEach((h, i) => {
    const wide = CONTRACT.test(h) ? null : taskTitleOf(table.header[i] ?? '');
    if (CONTRACT.test(h)) columns[i] = { kind: CONTRACT_SHARE.test(h) || PERCENT.test(h) ? 'contractPercent' : 'contractHours' };
    else if (wide) {
      columns[i] = { kind: 'task', title: wide.title };
      if (wide.percent) percentVotes++;
      else hourVotes++;
    } else if (PERSONAL.test(h)) columns[i] = { kind: 'ignored', ignoredBecause: 'personal' };
    else if (METADATA.test(h)) columns[i] = { kind: 'ignored', ignoredBecause: 'metadata' };
  });
  headers.forEach((h, i) => {
    const column = columns[i];
    if (column?.kind !== 'ignored' || column.ignoredBecause !== 'unknown') return;
    if (!taken('respondent') && RESPONDENT.test(h)) columns[i] = { kind: 'respondent' };
    else if (!taken('role') && ROLE.test(h)) columns[i] = { kind: 'role' };
    else if (!taken('mission') && MISSION.test(h)) columns[i] = { kind: 'mission' };
    else if (!taken('comment') && COMMENT.test(h)) columns[i] = { kind: 'comment' };
    else if (!taken('taskName') && TASK_NAME.test(h)) columns[i] = { kind: 'taskName' };
    else if (!taken('time') && TIME.test(h) && numericShare(table, i) >= 0.8) {
      columns[i] = { kind: 'time' };
      if (PERCENT.test(h)) percentVotes++;
      else hourVotes++;
    }
  });

  const long = taken('taskName') && taken('time') && !taken('task');
  if (!long) {
    // A wide file whose task columns carry no "Timmar per vecka:" prefix: the numeric columns left over are tasks.
    for (const [i, c] of columns.entries()) {
      if (c.kind === 'time') columns[i] = { kind: 'task', title: table.header[i] ?? '' };
      if (c.kind === 'taskName') columns[i] = { kind: 'ignored', ignoredBecause: 'unknown' };
    }
    if (!taken('task')) {
      for (const [i, c] of columns.entries()) {
        if (c.kind === 'ignored' && c.ignoredBecause === 'unknown' && numericShare(table, i) >= 0.8 && table.rows.some((r) => (r[i] ?? '').trim() !== '')) {
          columns[i] = { kind: 'task', title: table.header[i] ?? '' };
        }
      }
    }
  }
  return { shape: long ? 'long' : 'wide', unit: percentVotes > hourVotes ? 'percent' : 'hours', columns };
}

/** What is wrong with a mapping before it can be used, if anything. */
export type MappingProblem = 'noRole' | 'noTasks' | 'noTaskName' | 'noTime' | 'twoOf';

export function mappingProblems(mapping: Mapping): MappingProblem[] {
  const count = (kind: ColumnKind) => mapping.columns.filter((c) => c.kind === kind).length;
  const problems: MappingProblem[] = [];
  if (count('role') === 0) problems.push('noRole');
  if (mapping.shape === 'wide' && count('task') === 0) problems.push('noTasks');
  if (mapping.shape === 'long' && count('taskName') === 0) problems.push('noTaskName');
  if (mapping.shape === 'long' && count('time') === 0) problems.push('noTime');
  if (
    (['respondent', 'role', 'mission', 'taskName', 'time', 'comment'] as const).some((k) => count(k) > 1) ||
    count('contractHours') + count('contractPercent') > 1
  )
    problems.push('twoOf');
  return problems;
}
