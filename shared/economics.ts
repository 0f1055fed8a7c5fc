/**
 * The economic estimate for the municipality (seed 001 §3.2.3: the
 * municipal-economic calculation tool): per person in a new role, per role
 * and in total, for years 1, 2 and 3 of the employment. Pure: the app, the
 * report and the file's key figures all call `estimateEconomics`.
 *
 * The arithmetic, per person and year (kronor; inputs are per month):
 * - salary cost = monthly salary × 12 × (1 + on-costs % ÷ 100). The salary is
 *   what the person is paid for their post, whatever its hours: the
 *   facilitator types the real monthly salary, so no share of a full-time post
 *   is applied on top (one person = one post as it is paid).
 * - wage subsidy = salary cost × subsidy % ÷ 100 that year (a state subsidy:
 *   it lowers the municipality's cost, whoever of its parts pays).
 * - cost = salary cost − wage subsidy: the municipality's, and the payer's
 *   that year (the unit or the labour-market unit; both are the municipality).
 * - savings = (income support + daily activity no longer paid) × 12.
 * - net = savings − cost: above 0 the municipality saves.
 *
 * Per role, on top of its people: the hours it takes from the existing roles,
 * valued as hours ÷ the existing role's full-time week × the monthly cost of
 * one of its posts (the staffing inputs) × 12. That value is a saving only when
 * the role lowers the existing posts (`lowersPostsOf`); otherwise the hours
 * stay with the staff as time for the core mission, shown with their value
 * but outside the net.
 *
 * Nothing is assumed: every input is blank until typed, and a figure whose
 * input is missing is null ("not given"), with the missing inputs listed. A
 * person without any estimate input is not in the estimate at all.
 */
import { generateKeyBetween } from 'fractional-indexing';
import type { Change } from './changes.ts';
import { revise } from './items.ts';
import type { Role, Timestamp } from './model.ts';
import { lowersPostsOf, type NewRole, type NewRoleSummary, type Staffing } from './newRoles.ts';
import type { RecordOf } from './records/registry.ts';
import type { Payer } from './vocabulary.ts';

export type Hire = RecordOf<'hires'>;
export type HireEstimate = NonNullable<Hire['estimate']>;

/** The three years of the estimate. */
export const ESTIMATE_YEARS = [1, 2, 3] as const;
export type EstimateYearNumber = (typeof ESTIMATE_YEARS)[number];

/** A person's estimate before anything is typed: every input blank. */
export const EMPTY_ESTIMATE: HireEstimate = {
  monthlySalary: null,
  onCostPercent: null,
  payers: [null, null, null],
  subsidyPercent: [null, null, null],
  incomeSupport: null,
  dailyActivity: null,
};

/** The inputs a figure can be missing. `existingCost` is the monthly cost of a post in an existing role (the staffing inputs). */
export const ESTIMATE_INPUTS = ['monthlySalary', 'onCostPercent', 'payer', 'subsidyPercent', 'incomeSupport', 'dailyActivity', 'existingCost'] as const;
export type EstimateInput = (typeof ESTIMATE_INPUTS)[number];

/** One missing input: for a year (payer, subsidy), or for an existing role (its post's cost). */
export interface Missing {
  input: EstimateInput;
  year?: EstimateYearNumber;
  /** The existing role's name, for `existingCost`. */
  role?: string;
}

/** Kronor a year for the municipality; null = not given (an input is missing). */
export interface YearFigures {
  year: EstimateYearNumber;
  /** Salary with on-costs. */
  salaryCost: number | null;
  /** The wage subsidy (state), which lowers the cost. */
  subsidy: number | null;
  /** What the municipality pays: salary cost − subsidy. */
  cost: number | null;
  /** The cost per payer; null while a payer or the cost is not given. */
  byPayer: Record<Payer, number> | null;
  /** Income support and daily activity no longer paid. */
  peopleSavings: number | null;
  /** The existing posts lowered (the freed hours' value where the role lowers the posts; 0 otherwise). */
  postsSaving: number | null;
  /** peopleSavings + postsSaving. */
  savings: number | null;
  /** savings − cost: above 0 the municipality saves. */
  net: number | null;
  /** The freed hours' value where the posts are not lowered: time for the core mission, outside the net. */
  coreMissionValue: number | null;
}

export interface PersonEstimate {
  hireId: string;
  inputs: HireEstimate;
  years: YearFigures[];
  missing: Missing[];
}

/** Hours a new role takes from one existing role, and what they are worth a year. */
export interface FreedHours {
  roleId: string;
  name: string;
  hours: number;
  fullTimeHours: number;
  /** The monthly cost of one full-time post in that role (staffing input); null when not typed. */
  monthlyCost: number | null;
  /** hours ÷ full-time hours × monthly cost × 12; null while the monthly cost is missing. */
  value: number | null;
}

export interface RoleEstimate {
  newRoleId: string;
  name: string;
  /** Whether the role lowers the existing posts (its freed hours count as a saving). */
  lowersPosts: boolean;
  /** What the freed hours are used for, in the facilitator's words. */
  freedUse: string;
  freed: FreedHours[];
  /** The freed hours' value a year, summed; null while a monthly cost is missing. */
  freedValue: number | null;
  /** People with an estimate, in their order. */
  people: PersonEstimate[];
  /** People hired into the role with no estimate input yet (not in the figures). */
  withoutEstimate: number;
  /** Years 1–3 summed over the people and the freed hours; null when nobody in the role has an estimate. */
  years: YearFigures[] | null;
  missing: Missing[];
}

export interface EconomicEstimate {
  roles: RoleEstimate[];
  /** People with an estimate, over all roles. */
  people: number;
  /** Years 1–3 over the roles with an estimate; null when nobody has one. */
  years: YearFigures[] | null;
  missing: Missing[];
}

const times = (a: number | null, f: (a: number) => number): number | null => (a === null ? null : f(a));
const plus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);

/** One person's figures for years 1–3, with what is missing. */
export function personEstimate(hire: Pick<Hire, 'id'>, inputs: HireEstimate): PersonEstimate {
  const missing: Missing[] = [];
  if (inputs.monthlySalary === null) missing.push({ input: 'monthlySalary' });
  if (inputs.onCostPercent === null) missing.push({ input: 'onCostPercent' });
  const salaryCost = inputs.monthlySalary === null || inputs.onCostPercent === null ? null : inputs.monthlySalary * 12 * (1 + inputs.onCostPercent / 100);
  const incomeSupport = times(inputs.incomeSupport, (m) => m * 12);
  const dailyActivity = times(inputs.dailyActivity, (m) => m * 12);
  const peopleSavings = plus(incomeSupport, dailyActivity);
  const years = ESTIMATE_YEARS.map((year, i): YearFigures => {
    const payer = inputs.payers[i] ?? null;
    const percent = inputs.subsidyPercent[i] ?? null;
    if (payer === null) missing.push({ input: 'payer', year });
    if (percent === null) missing.push({ input: 'subsidyPercent', year });
    const subsidy = salaryCost === null || percent === null ? null : (salaryCost * percent) / 100;
    const cost = salaryCost === null || subsidy === null ? null : salaryCost - subsidy;
    const byPayer = cost === null || payer === null ? null : { unit: payer === 'unit' ? cost : 0, labourMarket: payer === 'labourMarket' ? cost : 0 };
    const net = peopleSavings === null || cost === null ? null : peopleSavings - cost;
    return { year, salaryCost, subsidy, cost, byPayer, peopleSavings, postsSaving: 0, savings: peopleSavings, net, coreMissionValue: 0 };
  });
  if (inputs.incomeSupport === null) missing.push({ input: 'incomeSupport' });
  if (inputs.dailyActivity === null) missing.push({ input: 'dailyActivity' });
  return { hireId: hire.id, inputs, years, missing };
}

function sumYears(lists: readonly YearFigures[][]): YearFigures[] {
  const sum = (year: number, pick: (y: YearFigures) => number | null) =>
    lists.reduce<number | null>((total, list) => plus(total, pick(list[year] as YearFigures)), 0);
  return ESTIMATE_YEARS.map((year, i): YearFigures => {
    const unit = sum(i, (y) => y.byPayer?.unit ?? null);
    const labourMarket = sum(i, (y) => y.byPayer?.labourMarket ?? null);
    return {
      year,
      salaryCost: sum(i, (y) => y.salaryCost),
      subsidy: sum(i, (y) => y.subsidy),
      cost: sum(i, (y) => y.cost),
      byPayer: unit === null || labourMarket === null ? null : { unit, labourMarket },
      peopleSavings: sum(i, (y) => y.peopleSavings),
      postsSaving: sum(i, (y) => y.postsSaving),
      savings: sum(i, (y) => y.savings),
      net: sum(i, (y) => y.net),
      coreMissionValue: sum(i, (y) => y.coreMissionValue),
    };
  });
}

/** The freed hours' value a year for one relief line: hours ÷ full-time hours × monthly cost × 12. */
function freedHours(summary: NewRoleSummary, existing: ReadonlyMap<string, Role>, staffing: Staffing | null): FreedHours[] {
  return summary.relief.map((r) => {
    const fullTimeHours = existing.get(r.roleId)?.fullTimeHours ?? 40;
    const monthlyCost = staffing?.roles[r.roleId]?.monthlyCost ?? null;
    return {
      roleId: r.roleId,
      name: r.name,
      hours: r.hours,
      fullTimeHours,
      monthlyCost,
      value: monthlyCost === null || fullTimeHours <= 0 ? null : (r.hours / fullTimeHours) * monthlyCost * 12,
    };
  });
}

function sortedHires(hires: readonly Hire[], roleId: string): Hire[] {
  return hires.filter((h) => h.newRoleId === roleId).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id.localeCompare(b.id)));
}

/** One new role's estimate: its people's years summed, plus its freed hours. */
export function roleEstimate(summary: NewRoleSummary, hires: readonly Hire[], existingRoles: readonly Role[], staffing: Staffing | null): RoleEstimate {
  const role: NewRole = summary.role;
  const mine = sortedHires(hires, role.id);
  const people = mine.flatMap((h) => (h.estimate ? [personEstimate(h, h.estimate)] : []));
  const freed = freedHours(summary, new Map(existingRoles.map((r) => [r.id, r])), staffing);
  const freedValue = freed.reduce<number | null>((total, f) => plus(total, f.value), 0);
  const lowers = lowersPostsOf(role);
  const missing: Missing[] = [];
  for (const p of people) for (const m of p.missing) if (!missing.some((x) => x.input === m.input && x.year === m.year)) missing.push(m);
  for (const f of freed) if (f.value === null) missing.push({ input: 'existingCost', role: f.name });
  let years: YearFigures[] | null = null;
  if (people.length > 0) {
    years = sumYears(people.map((p) => p.years)).map((y) => {
      const postsSaving = lowers ? freedValue : 0;
      const savings = plus(y.peopleSavings, postsSaving);
      return {
        ...y,
        postsSaving,
        savings,
        net: savings === null || y.cost === null ? null : savings - y.cost,
        coreMissionValue: lowers ? 0 : freedValue,
      };
    });
  }
  return {
    newRoleId: role.id,
    name: role.name,
    lowersPosts: lowers,
    freedUse: role.freedUse ?? '',
    freed,
    freedValue,
    people,
    withoutEstimate: mine.length - people.length,
    years,
    missing,
  };
}

/** The estimate of every new role of an analysis, and the totals over the roles with an estimate. */
export function estimateEconomics(
  summaries: readonly NewRoleSummary[],
  hires: readonly Hire[],
  existingRoles: readonly Role[],
  staffing: Staffing | null,
): EconomicEstimate {
  const roles = summaries.map((s) => roleEstimate(s, hires, existingRoles, staffing));
  const counted = roles.filter((r) => r.years !== null);
  const missing = counted
    .flatMap((r) => r.missing)
    .filter((m, i, all) => all.findIndex((x) => x.input === m.input && x.year === m.year && x.role === m.role) === i);
  return {
    roles,
    people: counted.reduce((n, r) => n + r.people.length, 0),
    years: counted.length === 0 ? null : sumYears(counted.map((r) => r.years as YearFigures[])),
    missing,
  };
}

/**
 * Which roles' figures a document may show under the privacy threshold: a
 * role's sum over fewer people than the threshold is hidden, and when the
 * total is shown, the hidden roles together must be at least the threshold
 * too (else the total less the shown roles would give them away), so roles
 * with the fewest people are hidden with them until they are. The total is
 * hidden when it is over fewer people than the threshold.
 */
export function shownEstimates(estimate: EconomicEstimate, threshold: number): { roles: Set<string>; total: boolean } {
  const counted = estimate.roles.filter((r) => r.years !== null);
  if (estimate.people === 0 || estimate.people < threshold) return { roles: new Set(), total: false };
  const shown = counted.filter((r) => r.people.length >= threshold);
  let hidden = counted.length - shown.length === 0 ? 0 : counted.filter((r) => r.people.length < threshold).reduce((n, r) => n + r.people.length, 0);
  const byFewest = [...shown].sort((a, b) => a.people.length - b.people.length || a.name.localeCompare(b.name, 'sv'));
  while (hidden > 0 && hidden < threshold && byFewest.length > 0) {
    const next = byFewest.shift() as RoleEstimate;
    hidden += next.people.length;
  }
  return { roles: new Set(byFewest.map((r) => r.newRoleId)), total: true };
}

/**
 * The estimate as a file's key figures carry it: the years' totals, or null
 * when fewer people than the threshold have an estimate, or a figure is not
 * given (a file says nothing rather than a wrong sum).
 */
export function estimateKeyFigures(
  estimate: EconomicEstimate,
  threshold: number,
): { people: number; years: { cost: number; savings: number; net: number }[] } | null {
  if (estimate.years === null || estimate.people === 0 || estimate.people < threshold) return null;
  const years: { cost: number; savings: number; net: number }[] = [];
  for (const y of estimate.years) {
    if (y.cost === null || y.savings === null || y.net === null) return null;
    const round = (n: number) => Math.round(n * 100) / 100;
    years.push({ cost: round(y.cost), savings: round(y.savings), net: round(y.net) });
  }
  return { people: estimate.people, years };
}

/**
 * One input of a person's estimate: a monthly amount or the on-costs, or who
 * pays or the subsidy in one year (index 0–2). One input at a time, applied to
 * the estimate as stored, so two quick edits of different years both stay.
 */
export type EstimatePatch =
  | { field: 'monthlySalary' | 'onCostPercent' | 'incomeSupport' | 'dailyActivity'; value: number | null }
  | { field: 'payers'; year: number; value: Payer | null }
  | { field: 'subsidyPercent'; year: number; value: number | null };

/** A person's estimate with one input set (made, all blank, when there is none); null only makes it. */
export function patchEstimate(current: HireEstimate | undefined, patch: EstimatePatch | null): HireEstimate {
  const base = current ?? EMPTY_ESTIMATE;
  const next: HireEstimate = { ...base, payers: [...base.payers], subsidyPercent: [...base.subsidyPercent] };
  if (patch === null) return next;
  switch (patch.field) {
    case 'payers':
      if (patch.year >= 0 && patch.year < ESTIMATE_YEARS.length) next.payers[patch.year] = patch.value;
      return next;
    case 'subsidyPercent':
      if (patch.year >= 0 && patch.year < ESTIMATE_YEARS.length) next.subsidyPercent[patch.year] = patch.value;
      return next;
    default:
      next[patch.field] = patch.value;
      return next;
  }
}

/** Sets one of a person's estimate inputs, or (null) makes their estimate; nothing when it is already so. */
export function setHireEstimate(hire: Hire, patch: EstimatePatch | null, now: Timestamp): Change<Hire>[] {
  const estimate = patchEstimate(hire.estimate, patch);
  if (hire.estimate && JSON.stringify(estimate) === JSON.stringify(hire.estimate)) return [];
  return [{ table: 'hires', before: hire, after: revise(hire, { estimate }, now) }];
}

/**
 * A person in a new role made for the estimate, when the role has none yet:
 * nothing known about them but the role (and its contract form as their start);
 * their own fields are filled in with the people in the new roles.
 */
export function addHireForEstimate(hires: readonly Hire[], role: NewRole, id: string, now: Timestamp): Change<Hire>[] {
  const last = hires.filter((h) => h.newRoleId === role.id).reduce<string | null>((max, h) => (max === null || h.order > max ? h.order : max), null);
  const review = { heldOn: null, outcome: null, note: '' };
  const hire: Hire = {
    id,
    rev: 1,
    updatedAt: now,
    analysisId: role.analysisId,
    newRoleId: role.id,
    startDate: null,
    contract: role.contract,
    wageSubsidy: null,
    priorityGroup: null,
    gender: 'notStated',
    employer: null,
    review6: { ...review },
    review12: { ...review },
    estimate: { ...EMPTY_ESTIMATE, payers: [null, null, null], subsidyPercent: [null, null, null] },
    order: generateKeyBetween(last, null),
    createdAt: now,
  };
  return [{ table: 'hires', before: null, after: hire }];
}

/** Sets what a new role's freed hours are used for (trimmed; nothing when unchanged). */
export function setFreedUse(role: NewRole, text: string, now: Timestamp): Change<NewRole>[] {
  const freedUse = text.trim();
  return (role.freedUse ?? '') === freedUse ? [] : [{ table: 'newRoles', before: role, after: revise(role, { freedUse }, now) }];
}
