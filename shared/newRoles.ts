/**
 * New roles (step 5 onwards): red and yellow tasks bundled into a new job,
 * with its requirements, contract form and a staffing estimate. Pure: the
 * views and the repository call these; nothing here touches a database.
 *
 * A new role takes *parts*: a task's hours for one existing role (one
 * placement on the board), all of them or some, so a task can be split
 * between new roles by hours.
 */
import { generateKeyBetween } from 'fractional-indexing';
import type { Change } from './changes.ts';
import type { Placement, Role, Task, Timestamp } from './model.ts';
import type { RecordOf } from './records/registry.ts';
import { byOrder, revise } from './items.ts';

export { CONTRACT_FORMS, PAYERS } from './vocabulary.ts';
export type { ContractForm, Payer } from './vocabulary.ts';
import type { ContractForm, Payer } from './vocabulary.ts';

/** A role shorter than this share of a full-time post is advised against as a job of its own. */
export const THIN_SHARE = 0.5;
export const DEFAULT_FULL_TIME_HOURS = 40;

/** A new role (ny tjänst) and its requirements (kravställning). */
export type NewRole = RecordOf<'newRoles'>;

/** Hours of one placement (a task for one existing role) given to a new role. */
export type RolePart = RecordOf<'roleParts'>;

/** The staffing estimate's inputs per analysis (id = the analysis id). */
export type Staffing = RecordOf<'staffing'>;

/** Task ids the facilitator has flagged as nice-to-have extras (guldkant), per analysis (id = the analysis id). */
export type ExtraFlags = RecordOf<'extraFlags'>;

export type PartStatus = 'ok' | 'notRedOrYellow' | 'gone';

export interface PartSummary {
  part: RolePart;
  placement: Placement | null;
  task: Task | null;
  sourceRole: Role | null;
  hours: number;
  /** The task is no longer red or yellow for that role, or is gone from the board: flagged, never dropped silently. */
  status: PartStatus;
  extra: boolean;
}

export interface Relief {
  roleId: string;
  name: string;
  hours: number;
  /** Hours per person in the role; null when the role has no people entered. */
  perPerson: number | null;
}

export interface NewRoleSummary {
  role: NewRole;
  parts: PartSummary[];
  hours: number;
  /** Share of a full-time post: hours ÷ the role's full-time week. */
  share: number;
  underHalf: boolean;
  /** Every part is a task flagged as an extra (guldkant). */
  onlyExtras: boolean;
  relief: Relief[];
}

export interface Board {
  roles: readonly Role[];
  tasks: readonly Task[];
  placements: readonly Placement[];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The hours of a part: its own, or – when it takes "the rest" – the
 * placement's hours less what other parts of it take explicitly (never below 0).
 */
export function partHours(part: RolePart, placement: Placement | null, parts: readonly RolePart[]): number {
  if (part.hours !== null) return part.hours;
  if (!placement || placement.hours === null) return 0;
  const others = parts.filter((p) => p.placementId === part.placementId && p.id !== part.id && p.hours !== null).reduce((sum, p) => sum + (p.hours ?? 0), 0);
  return round(Math.max(0, placement.hours - others));
}

/** Everything the role builder shows for each new role, in their order. */
export function summariseNewRoles(board: Board, roles: readonly NewRole[], parts: readonly RolePart[], extras: readonly string[] = []): NewRoleSummary[] {
  const placements = new Map(board.placements.map((p) => [p.id, p]));
  const tasks = new Map(board.tasks.map((t) => [t.id, t]));
  const existing = new Map(board.roles.map((r) => [r.id, r]));
  const extra = new Set(extras);
  return [...roles]
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id.localeCompare(b.id)))
    .map((role) => {
      const mine = parts.filter((p) => p.newRoleId === role.id).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
      const summaries: PartSummary[] = mine.map((part) => {
        const placement = placements.get(part.placementId) ?? null;
        const task = placement ? (tasks.get(placement.taskId) ?? null) : null;
        const sourceRole = placement ? (existing.get(placement.roleId) ?? null) : null;
        const status: PartStatus =
          !placement || !task || !sourceRole ? 'gone' : placement.colour === 'red' || placement.colour === 'yellow' ? 'ok' : 'notRedOrYellow';
        return { part, placement, task, sourceRole, hours: partHours(part, placement, parts), status, extra: task !== null && extra.has(task.id) };
      });
      const hours = round(summaries.reduce((sum, s) => sum + s.hours, 0));
      const share = role.fullTimeHours > 0 ? hours / role.fullTimeHours : 0;
      const byRole = new Map<string, Relief>();
      for (const s of summaries) {
        if (!s.sourceRole) continue;
        const r = byRole.get(s.sourceRole.id) ?? { roleId: s.sourceRole.id, name: s.sourceRole.name, hours: 0, perPerson: null };
        r.hours = round(r.hours + s.hours);
        r.perPerson = s.sourceRole.headcount > 0 ? round(r.hours / s.sourceRole.headcount) : null;
        byRole.set(s.sourceRole.id, r);
      }
      // In the board's role order, whatever order the roles were read in.
      const relief = [...board.roles].sort(byOrder).flatMap((r) => byRole.get(r.id) ?? []);
      return {
        role,
        parts: summaries,
        hours,
        share,
        underHalf: share < THIN_SHARE,
        onlyExtras: summaries.length > 0 && summaries.every((s) => s.extra),
        relief,
      };
    });
}

/** Hours of a placement not yet given to any new role (what "Lägg till" offers by default). */
export function unassignedHours(placement: Placement, parts: readonly RolePart[]): number | null {
  if (placement.hours === null) return null;
  const taken = parts.filter((p) => p.placementId === placement.id).reduce((sum, p) => sum + partHours(p, placement, parts), 0);
  return round(Math.max(0, placement.hours - taken));
}

/**
 * Who pays a new role's posts when the facilitator has not chosen: what the
 * contract form means. A BEA post is for work beyond the unit's budget and is
 * often paid by the labour-market unit at first (seed 001 §2.1.2 and §3.1.2:
 * the first six months or the first year placed with the labour-market
 * administration); an AB post, or one whose form is not decided, is the unit's.
 */
export function defaultPayer(contract: ContractForm | null): Payer {
  return contract === 'BEA' ? 'labourMarket' : 'unit';
}

/**
 * Whether the existing posts are lowered by the hours a new role takes, when
 * the facilitator has not chosen. BEA is for work "not budgeted within the
 * employer's operation" (seed 001 §2.1.2, note 5), so the posts already in the
 * budget stay as they are; an AB post takes over budgeted work, so the posts
 * it relieves are lowered by those hours (the estimate as it always was).
 */
export function defaultLowersPosts(contract: ContractForm | null): boolean {
  return contract !== 'BEA';
}

/** Who pays the role's posts: the facilitator's choice, else what the contract form means. */
export function payerOf(role: Pick<NewRole, 'contract' | 'payer'>): Payer {
  return role.payer ?? defaultPayer(role.contract);
}

/** Whether the role lowers the existing posts: the facilitator's choice, else what the contract form means. */
export function lowersPostsOf(role: Pick<NewRole, 'contract' | 'lowersPosts'>): boolean {
  return role.lowersPosts ?? defaultLowersPosts(role.contract);
}

export interface StaffingRow {
  roleId: string;
  name: string;
  postsNow: number;
  /** Hours per week the new roles take from this role. */
  hoursMoved: number;
  /** Of those, the hours that lower its posts (from new roles that lower the existing posts). */
  hoursLowering: number;
  postsProposed: number;
  monthlyCost: number | null;
  costNow: number | null;
  costProposed: number | null;
}

export interface AddedRow {
  roleId: string;
  name: string;
  posts: number;
  monthlyCost: number | null;
  /** What the posts cost a month, whoever pays; null while the monthly cost is missing. */
  cost: number | null;
  payer: Payer;
  /** Whether `payer` is what the contract form means (not the facilitator's own choice). */
  payerIsDefault: boolean;
  lowersPosts: boolean;
  lowersPostsIsDefault: boolean;
  /** What the unit pays a month: the cost when the unit pays, 0 when the labour-market unit does. */
  unitCost: number | null;
}

export interface StaffingEstimate {
  existing: StaffingRow[];
  added: AddedRow[];
  postsNow: number;
  postsProposed: number;
  /** What the unit pays a month now; null while any cost is missing. */
  costNow: number | null;
  /** What the unit pays a month in the proposal: its existing posts and the new posts it pays. */
  costProposed: number | null;
  monthlyDifference: number | null;
  yearlyDifference: number | null;
  /** What the labour-market unit pays a month for the new posts it pays (0 when none); null while a cost is missing. */
  paidElsewhere: number | null;
}

/**
 * The staffing estimate, as the unit's budget sees it. An existing role's
 * proposed posts are its posts now less the hours moved to new roles that
 * lower the existing posts, ÷ its full-time week; a new role's posts are its
 * hours ÷ its full-time week; cost = posts × the monthly cost of a post, and
 * the unit's cost counts only the new posts the unit pays. Posts stay
 * decimals: it is an estimate, not a schedule.
 */
export function estimateStaffing(board: Board, summaries: readonly NewRoleSummary[], staffing: Staffing | null): StaffingEstimate {
  const moved = new Map<string, number>();
  const lowering = new Map<string, number>();
  for (const s of summaries) {
    const lowers = lowersPostsOf(s.role);
    for (const r of s.relief) {
      moved.set(r.roleId, (moved.get(r.roleId) ?? 0) + r.hours);
      if (lowers) lowering.set(r.roleId, (lowering.get(r.roleId) ?? 0) + r.hours);
    }
  }
  const existing: StaffingRow[] = [...board.roles]
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map((role) => {
      const input = staffing?.roles[role.id];
      const postsNow = input?.posts ?? role.headcount;
      const hoursMoved = round(moved.get(role.id) ?? 0);
      const hoursLowering = round(lowering.get(role.id) ?? 0);
      // Costs from the unrounded posts; only what is shown is rounded.
      const proposed = postsNow - (role.fullTimeHours > 0 ? hoursLowering / role.fullTimeHours : 0);
      const monthlyCost = input?.monthlyCost ?? null;
      return {
        roleId: role.id,
        name: role.name,
        postsNow,
        hoursMoved,
        hoursLowering,
        postsProposed: round(proposed),
        monthlyCost,
        costNow: monthlyCost === null ? null : round(postsNow * monthlyCost),
        costProposed: monthlyCost === null ? null : round(proposed * monthlyCost),
      };
    });
  const added = summaries.map((s): AddedRow => {
    const payer = payerOf(s.role);
    const cost = s.role.monthlyCost === null ? null : round(s.share * s.role.monthlyCost);
    return {
      roleId: s.role.id,
      name: s.role.name,
      posts: round(s.share),
      monthlyCost: s.role.monthlyCost,
      cost,
      payer,
      payerIsDefault: (s.role.payer ?? null) === null,
      lowersPosts: lowersPostsOf(s.role),
      lowersPostsIsDefault: (s.role.lowersPosts ?? null) === null,
      unitCost: payer === 'unit' ? cost : 0,
    };
  });
  const sum = (values: (number | null)[]) => (values.some((v) => v === null) ? null : round(values.reduce<number>((a, v) => a + (v ?? 0), 0)));
  const costNow = sum(existing.map((r) => r.costNow));
  const costProposed = sum([...existing.map((r) => r.costProposed), ...added.map((r) => r.unitCost)]);
  const monthlyDifference = costNow === null || costProposed === null ? null : round(costProposed - costNow);
  return {
    existing,
    added,
    postsNow: round(existing.reduce((a, r) => a + r.postsNow, 0)),
    postsProposed: round(existing.reduce((a, r) => a + r.postsProposed, 0) + added.reduce((a, r) => a + r.posts, 0)),
    costNow,
    costProposed,
    monthlyDifference,
    yearlyDifference: monthlyDifference === null ? null : round(monthlyDifference * 12),
    paidElsewhere: sum(added.filter((r) => r.payer === 'labourMarket').map((r) => r.cost)),
  };
}

/**
 * Sets who pays a new role's posts, or whether it lowers the existing posts;
 * choosing what the contract form means stores null, so the role follows its
 * contract form again if that changes.
 */
export function setCostChoice(role: NewRole, patch: { payer: Payer } | { lowersPosts: boolean }, now: Timestamp): Change<NewRole>[] {
  if ('payer' in patch) {
    const payer = patch.payer === defaultPayer(role.contract) ? null : patch.payer;
    return (role.payer ?? null) === payer ? [] : [{ table: 'newRoles', before: role, after: revise(role, { payer }, now) }];
  }
  const lowersPosts = patch.lowersPosts === defaultLowersPosts(role.contract) ? null : patch.lowersPosts;
  return (role.lowersPosts ?? null) === lowersPosts ? [] : [{ table: 'newRoles', before: role, after: revise(role, { lowersPosts }, now) }];
}

export interface NewRoleFields {
  name: string;
  purpose?: string;
  fullTimeHours?: number;
}

/** A new role after the existing ones; null when the name is empty. */
export function createNewRole(existing: readonly NewRole[], analysisId: string, fields: NewRoleFields, id: string, now: Timestamp): Change<NewRole>[] {
  const name = fields.name.trim();
  if (name === '') return [];
  const last = existing.reduce<string | null>((max, r) => (max === null || r.order > max ? r.order : max), null);
  const role: NewRole = {
    id,
    rev: 1,
    updatedAt: now,
    analysisId,
    name,
    purpose: fields.purpose?.trim() ?? '',
    fullTimeHours: fields.fullTimeHours ?? DEFAULT_FULL_TIME_HOURS,
    contract: null,
    monthlyCost: null,
    skills: '',
    training: '',
    adaptations: '',
    supervision: '',
    order: generateKeyBetween(last, null),
    createdAt: now,
  };
  return [{ table: 'newRoles', before: null, after: role }];
}

/**
 * Gives a placement's hours to a new role: `hours` of them, or (null) all
 * that no other part takes. Adding a placement the role already has changes
 * nothing.
 */
export function addPart(
  parts: readonly RolePart[],
  newRole: NewRole,
  placement: Placement,
  hours: number | null,
  id: string,
  now: Timestamp,
): Change<RolePart>[] {
  if (parts.some((p) => p.newRoleId === newRole.id && p.placementId === placement.id)) return [];
  const mine = parts.filter((p) => p.newRoleId === newRole.id);
  const last = mine.reduce<string | null>((max, p) => (max === null || p.order > max ? p.order : max), null);
  const part: RolePart = {
    id,
    rev: 1,
    updatedAt: now,
    analysisId: newRole.analysisId,
    newRoleId: newRole.id,
    placementId: placement.id,
    hours,
    order: generateKeyBetween(last, null),
  };
  return [{ table: 'roleParts', before: null, after: part }];
}

/** Moves a part to another new role (a drag between roles); nothing when that role already has the placement. */
export function movePart(parts: readonly RolePart[], part: RolePart, to: NewRole, now: Timestamp): Change<RolePart>[] {
  if (part.newRoleId === to.id || parts.some((p) => p.newRoleId === to.id && p.placementId === part.placementId)) return [];
  const last = parts.filter((p) => p.newRoleId === to.id).reduce<string | null>((max, p) => (max === null || p.order > max ? p.order : max), null);
  return [{ table: 'roleParts', before: part, after: revise(part, { newRoleId: to.id, order: generateKeyBetween(last, null) }, now) }];
}

/** Deletes a new role with its parts and the people hired into it. */
export function deleteNewRole(role: NewRole, parts: readonly RolePart[], hires: readonly RecordOf<'hires'>[] = []): Change[] {
  return [
    ...parts.filter((p) => p.newRoleId === role.id).map((p): Change => ({ table: 'roleParts', before: p, after: null })),
    ...hires.filter((h) => h.newRoleId === role.id).map((h): Change => ({ table: 'hires', before: h, after: null })),
    { table: 'newRoles', before: role, after: null },
  ];
}

/** Flags or unflags a task as an extra (guldkant). */
export function setExtra(flags: ExtraFlags | null, analysisId: string, taskId: string, extra: boolean, now: Timestamp): Change<ExtraFlags>[] {
  const current = flags?.taskIds ?? [];
  if (current.includes(taskId) === extra) return [];
  const taskIds = extra ? [...current, taskId] : current.filter((id) => id !== taskId);
  if (!flags) return [{ table: 'extraFlags', before: null, after: { id: analysisId, rev: 1, updatedAt: now, analysisId, taskIds } }];
  return [{ table: 'extraFlags', before: flags, after: revise(flags, { taskIds }, now) }];
}

/** Sets one existing role's staffing inputs. */
export function setStaffing(
  staffing: Staffing | null,
  analysisId: string,
  roleId: string,
  patch: { posts?: number | null; monthlyCost?: number | null },
  now: Timestamp,
): Change<Staffing>[] {
  const roles = { ...(staffing?.roles ?? {}) };
  roles[roleId] = { posts: roles[roleId]?.posts ?? null, monthlyCost: roles[roleId]?.monthlyCost ?? null, ...patch };
  if (!staffing) return [{ table: 'staffing', before: null, after: { id: analysisId, rev: 1, updatedAt: now, analysisId, roles } }];
  return [{ table: 'staffing', before: staffing, after: revise(staffing, { roles }, now) }];
}

export interface KeyFigures {
  analyses: number;
  newRoles: number;
  hours: number;
  byContract: Record<ContractForm | 'none', number>;
  /** Hours per week freed per existing role, by role name across analyses. */
  freed: { name: string; hours: number }[];
}

/** Key figures over many analyses, for a coordinator. */
export function keyFigures(perAnalysis: readonly NewRoleSummary[][]): KeyFigures {
  const byContract: KeyFigures['byContract'] = { AB: 0, BEA: 0, none: 0 };
  const freed = new Map<string, number>();
  let count = 0;
  let hours = 0;
  for (const summaries of perAnalysis) {
    for (const s of summaries) {
      count++;
      hours += s.hours;
      byContract[s.role.contract ?? 'none']++;
      for (const r of s.relief) freed.set(r.name, (freed.get(r.name) ?? 0) + r.hours);
    }
  }
  return {
    analyses: perAnalysis.filter((s) => s.length > 0).length,
    newRoles: count,
    hours: round(hours),
    byContract,
    freed: [...freed].map(([name, h]) => ({ name, hours: round(h) })).sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, 'sv')),
  };
}
