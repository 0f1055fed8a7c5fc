/**
 * Response tracking while the survey is open: per role, the people expected
 * to answer (the role's headcount), the answers received in the current
 * round and the response rate. The privacy threshold applies here as in the
 * results: a role with fewer answers than the threshold (but some) shows no
 * count, and the total is left out when it would give such a count away.
 */
import type { Role } from '../model.ts';
import { matchKey } from '../text.ts';

/** One role's line. */
export interface RoleTracking {
  roleId: string;
  name: string;
  /** The role's headcount, or null when not set. */
  expected: number | null;
  /** Answers received; null when fewer than the threshold (but some). */
  received: number | null;
  /** received / expected (may pass 1 when more answered than the headcount says); null when either is unknown. */
  rate: number | null;
}

export interface Tracking {
  roles: RoleTracking[];
  /** Answers for a role the analysis does not have; null when fewer than the threshold (but some). */
  otherReceived: number | null;
  /** All the headcounts set. */
  expected: number;
  /** All answers received; null when it would reveal a count held back. */
  received: number | null;
  /** Names of the analysis's roles nobody has answered for. */
  silent: string[];
}

/**
 * Tracks the answers of the current round (`respondents`, each with the role
 * it answered as) against the analysis's roles, in the roles' order.
 */
export function responseTracking(
  roles: readonly Pick<Role, 'id' | 'name' | 'headcount'>[],
  respondents: readonly { role: string }[],
  threshold: number,
): Tracking {
  const counts = new Map<string, number>();
  for (const r of respondents) counts.set(matchKey(r.role), (counts.get(matchKey(r.role)) ?? 0) + 1);
  const shown = (n: number) => (n > 0 && n < threshold ? null : n);
  let held = 0;
  const known = new Set<string>();
  const lines = roles.map((role): RoleTracking => {
    const key = matchKey(role.name);
    const count = known.has(key) ? 0 : (counts.get(key) ?? 0);
    known.add(key);
    const received = shown(count);
    if (received === null) held += count;
    const expected = role.headcount > 0 ? role.headcount : null;
    return { roleId: role.id, name: role.name, expected, received, rate: received !== null && expected !== null ? received / expected : null };
  });
  let other = 0;
  for (const [key, n] of counts) if (!known.has(key)) other += n;
  const otherReceived = shown(other);
  if (otherReceived === null) held += other;
  return {
    roles: lines,
    otherReceived,
    expected: lines.reduce((sum, l) => sum + (l.expected ?? 0), 0),
    // What is held back may be told together once it is as many as the threshold, like a merged "Övriga".
    received: held > 0 && held < threshold ? null : respondents.length,
    silent: lines.filter((l) => l.received === 0).map((l) => l.name),
  };
}
