/**
 * The people hired into the new roles (issue 23): per-person records with no
 * names, their planned reviews at 6 and 12 months, and the counts of them that
 * may leave the machine. Pure: the views and the store call these.
 *
 * What a count says of the people is guarded by the privacy threshold: a count
 * under it is not given, and never so that it can be worked out by subtracting
 * the figures that are given from a total (see `hideSmall`).
 */
import { generateKeyBetween } from 'fractional-indexing';
import type { Change } from './changes.ts';
import { revise } from './items.ts';
import type { CalendarDate, Timestamp } from './model.ts';
import type { NewRole } from './newRoles.ts';
import type { RecordOf } from './records/registry.ts';
import { PEOPLE_KEYS, REVIEW_MONTHS, type PeopleKey, type ReviewMonth } from './vocabulary.ts';
import type { PeopleFigures } from './keyFiguresSchema.ts';

export { GENDERS, REVIEW_MONTHS, REVIEW_OUTCOMES } from './vocabulary.ts';
export type { Gender, ReviewMonth, ReviewOutcome } from './vocabulary.ts';

/** A person hired into a new role. */
export type Hire = RecordOf<'hires'>;
export type HireReview = Hire['review6'];

/** What a person's form edits: everything but the bookkeeping, the role and the economic estimate. */
export type HireFields = Pick<Hire, 'startDate' | 'contract' | 'wageSubsidy' | 'priorityGroup' | 'gender' | 'employer' | 'review6' | 'review12'>;

/** Reviews this close to their due date (or past it) are shown as due. */
export const REVIEW_NOTICE_DAYS = 14;

const EMPTY_REVIEW: HireReview = { heldOn: null, outcome: null, note: '' };

/** A person with nothing known yet. */
export function blankHire(): HireFields {
  return {
    startDate: null,
    contract: null,
    wageSubsidy: null,
    priorityGroup: null,
    gender: 'notStated',
    employer: null,
    review6: { ...EMPTY_REVIEW },
    review12: { ...EMPTY_REVIEW },
  };
}

// ---- Calendar days ----

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const parts = (day: CalendarDate) => day.split('-').map(Number) as [number, number, number];
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The day `months` months after `day`; a day the month does not have becomes
 * its last: 31 Aug + 6 months = 28 Feb (29 in a leap year).
 */
export function addMonths(day: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysIn(year, month)))}`;
}

/** The day `days` days after `day`. */
export function addDays(day: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(day);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The half-year a day is in: "2026-1" (January–June) or "2026-2". */
export function halfYearOf(day: CalendarDate): string {
  const [y, m] = parts(day);
  return `${y}-${m <= 6 ? 1 : 2}`;
}

// ---- Reviews ----

/** The review at `month` months of a person. */
export function reviewOf(hire: Pick<Hire, 'review6' | 'review12'>, month: ReviewMonth): HireReview {
  return month === 6 ? hire.review6 : hire.review12;
}

/** When a review is due: the start plus 6 or 12 months; null while the start is not known. */
export function reviewDueOn(hire: Pick<Hire, 'startDate'>, month: ReviewMonth): CalendarDate | null {
  return hire.startDate === null ? null : addMonths(hire.startDate, month);
}

/** Whether a review has been held by `today` (held on a day, that day come). */
const heldBy = (review: HireReview, today: CalendarDate) => review.heldOn !== null && review.heldOn <= today;

/** The day a person moved from BEA to AB (a review held with that outcome), or null. */
export function movedToABOn(hire: Hire, today: CalendarDate): CalendarDate | null {
  const days = REVIEW_MONTHS.map((m) => reviewOf(hire, m))
    .filter((r) => r.outcome === 'toAB' && heldBy(r, today))
    .map((r) => r.heldOn as CalendarDate) // held: heldBy checked the day
    .sort();
  return days[0] ?? null;
}

/** Whether the person's employment has ended by `today` (a review held with that outcome). */
export function endedBy(hire: Hire, today: CalendarDate): boolean {
  return REVIEW_MONTHS.some((m) => reviewOf(hire, m).outcome === 'ended' && heldBy(reviewOf(hire, m), today));
}

/** The contract form on `today`: the one at the start, or AB from the day a review moved the person to it. */
export function contractOn(hire: Hire, today: CalendarDate): Hire['contract'] {
  return movedToABOn(hire, today) !== null ? 'AB' : hire.contract;
}

/** A review that is due: not held, and its day come or coming within `REVIEW_NOTICE_DAYS`. */
export interface DueReview {
  hire: Hire;
  role: NewRole;
  /** The person's place among the role's people, from 1 (people have no names). */
  number: number;
  month: ReviewMonth;
  due: CalendarDate;
  overdue: boolean;
}

/** The people of a role in their order, numbered from 1 as the views show them. */
export function peopleOf(hires: readonly Hire[], roleId: string): Hire[] {
  return hires.filter((h) => h.newRoleId === roleId).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id.localeCompare(b.id)));
}

/**
 * The reviews due by `today` + 14 days and not held, earliest first. A review
 * is no longer due once a later one is held, or the employment has ended.
 */
export function reviewsDue(hires: readonly Hire[], roles: readonly NewRole[], today: CalendarDate): DueReview[] {
  const horizon = addDays(today, REVIEW_NOTICE_DAYS);
  const due: DueReview[] = [];
  for (const role of roles) {
    peopleOf(hires, role.id).forEach((hire, index) => {
      if (REVIEW_MONTHS.some((m) => reviewOf(hire, m).outcome === 'ended')) return;
      for (const month of REVIEW_MONTHS) {
        const day = reviewDueOn(hire, month);
        if (day === null || day > horizon || reviewOf(hire, month).heldOn !== null) continue;
        const laterHeld = REVIEW_MONTHS.some((m) => m > month && reviewOf(hire, m).heldOn !== null);
        if (!laterHeld) due.push({ hire, role, number: index + 1, month, due: day, overdue: day < today });
      }
    });
  }
  return due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.role.name.localeCompare(b.role.name, 'sv') || a.number - b.number));
}

// ---- Edits ----

/** A person added last to a new role. */
export function createHire(hires: readonly Hire[], role: NewRole, fields: HireFields, id: string, now: Timestamp): Change<Hire>[] {
  const last = peopleOf(hires, role.id).at(-1)?.order ?? null;
  const hire: Hire = {
    id,
    rev: 1,
    updatedAt: now,
    analysisId: role.analysisId,
    newRoleId: role.id,
    ...fields,
    order: generateKeyBetween(last, null),
    createdAt: now,
  };
  return [{ table: 'hires', before: null, after: hire }];
}

const sameReview = (a: HireReview, b: HireReview) => a.heldOn === b.heldOn && a.outcome === b.outcome && a.note === b.note;

/** A person's fields changed; nothing when nothing differs. The economic estimate is left as it is. */
export function editHire(hire: Hire, fields: HireFields, now: Timestamp): Change<Hire>[] {
  const patch: Partial<HireFields> = {};
  for (const key of ['startDate', 'contract', 'wageSubsidy', 'priorityGroup', 'gender', 'employer'] as const) {
    if (hire[key] !== fields[key]) Object.assign(patch, { [key]: fields[key] });
  }
  if (!sameReview(hire.review6, fields.review6)) patch.review6 = { ...fields.review6 };
  if (!sameReview(hire.review12, fields.review12)) patch.review12 = { ...fields.review12 };
  return Object.keys(patch).length === 0 ? [] : [{ table: 'hires', before: hire, after: revise(hire, patch, now) }];
}

/** A person removed. */
export function deleteHire(hire: Hire): Change<Hire>[] {
  return [{ table: 'hires', before: hire, after: null }];
}

/** What is wrong with a person's form, by field; empty when it can be saved. */
export function checkHire(fields: HireFields): Partial<Record<'review6' | 'review12', 'outcomeWithoutDate' | 'beforeStart'>> {
  const problems: ReturnType<typeof checkHire> = {};
  for (const month of REVIEW_MONTHS) {
    const review = reviewOf(fields, month);
    const key = month === 6 ? 'review6' : 'review12';
    if (review.outcome !== null && review.heldOn === null) problems[key] = 'outcomeWithoutDate';
    else if (review.heldOn !== null && fields.startDate !== null && review.heldOn < fields.startDate) problems[key] = 'beforeStart';
  }
  return problems;
}

// ---- Counting people ----

/** The counts of people, every one given. */
export type PeopleCounts = Record<PeopleKey, number>;

/**
 * Counts the people. Everyone recorded is in the total and in each of its
 * parts: by the contract form on `today` (for someone whose employment has
 * ended, the form it had), by the priority target group, by gender.
 */
export function countPeople(hires: readonly Hire[], today: CalendarDate): PeopleCounts {
  const counts = Object.fromEntries(PEOPLE_KEYS.map((k) => [k, 0])) as PeopleCounts; // every key, each 0
  for (const hire of hires) {
    counts.total++;
    counts[contractOn(hire, today) ?? 'contractNotStated']++;
    if (hire.priorityGroup === true) counts.priorityGroup++;
    if (hire.priorityGroup === false) counts.notPriorityGroup++;
    counts[({ woman: 'women', man: 'men', other: 'otherGender', notStated: 'genderNotStated' } as const)[hire.gender]]++;
    if (hire.wageSubsidy === true) counts.wageSubsidy++;
    if (movedToABOn(hire, today) !== null) counts.movedToAB++;
    if (endedBy(hire, today)) counts.ended++;
  }
  return counts;
}

/** The counts that add up to the total (or, for the target group, to at most the total). */
export const PEOPLE_PARTITIONS: readonly (readonly PeopleKey[])[] = [
  ['AB', 'BEA', 'contractNotStated'],
  ['priorityGroup', 'notPriorityGroup'],
  ['women', 'men', 'otherGender', 'genderNotStated'],
];

/**
 * Hides the cells of one partition of a total that must not be given: each
 * under the threshold (but above 0), and, when exactly one is hidden, one more
 * so that it cannot be worked out by subtracting the others from the total:
 * the smallest shown cell above 0 (hiding a 0 beside it would leave the hidden
 * sum equal to the hidden figure), else the smallest. Of two cells, both.
 */
export function hidePartition(cells: readonly number[], threshold: number): (number | null)[] {
  const shown: (number | null)[] = cells.map((n) => (n > 0 && n < threshold ? null : n));
  if (shown.filter((n) => n === null).length !== 1) return shown;
  if (cells.length === 2) return cells.map(() => null);
  const open = shown.flatMap((n, i) => (n === null ? [] : [{ n, i }]));
  const pool = open.some((c) => c.n > 0) ? open.filter((c) => c.n > 0) : open;
  const pick = pool.reduce<{ n: number; i: number } | null>((best, c) => (best === null || c.n < best.n ? c : best), null)?.i ?? -1;
  if (pick >= 0) shown[pick] = null;
  return shown;
}

/**
 * The counts as they may be given, with the privacy threshold: a total under
 * it hides everything; each partition of the total is hidden as
 * `hidePartition` says; a count of its own (wage subsidy, moved to AB, ended)
 * is hidden under the threshold.
 */
export function hideSmall(counts: PeopleCounts, threshold: number): PeopleFigures {
  const figures = { ...counts } as Record<PeopleKey, number | null>;
  if (counts.total > 0 && counts.total < threshold) return Object.fromEntries(PEOPLE_KEYS.map((k) => [k, null])) as PeopleFigures; // every key, hidden
  for (const partition of PEOPLE_PARTITIONS) {
    const hidden = hidePartition(
      partition.map((k) => counts[k]),
      threshold,
    );
    partition.forEach((k, i) => (figures[k] = hidden[i] ?? null));
  }
  for (const k of ['wageSubsidy', 'movedToAB', 'ended'] as const) if (counts[k] > 0 && counts[k] < threshold) figures[k] = null;
  return figures;
}

/** The people of an analysis (or of several) as the key figures give them, on `today`, with the privacy threshold. */
export function peopleFigures(hires: readonly Hire[], threshold: number, today: CalendarDate): PeopleFigures {
  return hideSmall(countPeople(hires, today), threshold);
}

/** Moves from BEA to AB in one half-year. */
export interface HalfYearMoves {
  /** "2026-1" = January–June 2026, "2026-2" = July–December. */
  period: string;
  count: number;
}

/** Moves from BEA to AB per half-year, from the first move to the last, half-years without moves included. */
export function movesByHalfYear(hires: readonly Hire[], today: CalendarDate): HalfYearMoves[] {
  const byPeriod = new Map<string, number>();
  for (const hire of hires) {
    const day = movedToABOn(hire, today);
    if (day !== null) byPeriod.set(halfYearOf(day), (byPeriod.get(halfYearOf(day)) ?? 0) + 1);
  }
  const periods = [...byPeriod.keys()].sort();
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return [];
  const out: HalfYearMoves[] = [];
  let [y, h] = first.split('-').map(Number) as [number, number];
  for (let period = first; period <= last; period = `${y}-${h}`) {
    out.push({ period, count: byPeriod.get(period) ?? 0 });
    [y, h] = h === 1 ? [y, 2] : [y + 1, 1];
  }
  return out;
}

/** The moves per half-year as they may be shown: a partition of the moves to AB (hidden entirely when that is). */
export function hideSmallMoves(moves: readonly HalfYearMoves[], movedToAB: number | null, threshold: number): { period: string; count: number | null }[] {
  if (movedToAB === null) return moves.map((m) => ({ period: m.period, count: null }));
  const hidden = hidePartition(
    moves.map((m) => m.count),
    threshold,
  );
  return moves.map((m, i) => ({ period: m.period, count: hidden[i] ?? null }));
}
