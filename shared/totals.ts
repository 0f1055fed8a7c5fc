import type { Colour, Placement, Role } from './model.ts';
import { COLOURS } from './model.ts';

/** Hours per week of one role, by AKR colour. */
export interface RoleTotals {
  roleId: string;
  /** Summed hours per colour; cards with unknown hours add nothing. */
  byColour: Record<Colour, number>;
  /** Sum of `byColour`. */
  total: number;
  /** Each colour's part of `total`, 0..1; all 0 when `total` is 0. */
  share: Record<Colour, number>;
  cardCount: number;
  /** How many cards have unknown hours (null), so the UI can say the totals are incomplete. */
  unknownHours: number;
}

/** Totals per role (in the order the roles were given) and for the whole board. */
export interface BoardTotals {
  roles: RoleTotals[];
  all: Omit<RoleTotals, 'roleId'>;
}

/**
 * Sums hours per colour per role. Placements of roles not in `roles` (a role
 * being deleted, another analysis) are ignored; hours that are not finite
 * numbers count as unknown so one bad value cannot turn every total into NaN.
 *
 * This runs on every card move, over 1,000+ placements within 2 ms, so it is
 * one pass with a map lookup per placement and no per-placement allocation.
 */
export function boardTotals(placements: readonly Placement[], roles: readonly Pick<Role, 'id'>[]): BoardTotals {
  const byId = new Map<string, RoleTotals>();
  const perRole = roles.map((role) => {
    const totals: RoleTotals = { roleId: role.id, ...emptyTotals() };
    byId.set(role.id, totals);
    return totals;
  });
  for (const p of placements) {
    const totals = byId.get(p.roleId);
    if (totals === undefined) continue;
    totals.cardCount += 1;
    const hours = p.hours;
    if (hours === null || !Number.isFinite(hours)) totals.unknownHours += 1;
    else totals.byColour[p.colour] += hours;
  }
  const all = emptyTotals();
  for (const totals of perRole) {
    finish(totals);
    for (const colour of COLOURS) all.byColour[colour] += totals.byColour[colour];
    all.cardCount += totals.cardCount;
    all.unknownHours += totals.unknownHours;
  }
  finish(all);
  return { roles: perRole, all };
}

/** A role's hours as a share of one full-time post (20 of 40 → 0.5); 0 when the full-time week is not positive. */
export function shareOfFullTime(hours: number, fullTimeHours: number): number {
  // `!(x > 0)` also catches NaN.
  if (!(fullTimeHours > 0)) return 0;
  return hours / fullTimeHours;
}

function zeroes(): Record<Colour, number> {
  return { unsorted: 0, green: 0, yellow: 0, red: 0, black: 0 };
}

function emptyTotals(): Omit<RoleTotals, 'roleId'> {
  return { byColour: zeroes(), total: 0, share: zeroes(), cardCount: 0, unknownHours: 0 };
}

/** Fills `total` and `share` from `byColour`; total is their sum, so shares add up to 1. */
function finish(totals: Omit<RoleTotals, 'roleId'>): void {
  let total = 0;
  for (const colour of COLOURS) total += totals.byColour[colour];
  totals.total = total;
  for (const colour of COLOURS) totals.share[colour] = total > 0 ? totals.byColour[colour] / total : 0;
}
