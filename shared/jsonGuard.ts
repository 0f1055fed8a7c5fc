/**
 * Checks on a value parsed from JSON that came from outside (a file, a
 * policy), run before any reader walks it: no key that could reach an
 * object's prototype, and no nesting deeper than the reader expects.
 */

/** Keys that could reach an object's prototype if a reader ever copied them with plain assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a parsed value is refused: a prototype key, or nesting beyond the limit; each with the path where. */
export type GuardProblem = { code: 'forbiddenKey'; path: string; key: string } | { code: 'tooDeep'; path: string; depth: number; limit: number };

/**
 * The first key anywhere in the value that could reach an object's prototype,
 * with its path (unless `keys` is false), or the first place nested deeper
 * than `maxNesting`. Walks with its own stack, so no depth of nesting can
 * overflow the call stack.
 */
export function forbiddenKey(value: unknown, maxNesting: number, keys = true): GuardProblem | null {
  // Each entry knows its parent, so a path is only put together for a key that is found.
  interface Step {
    value: object;
    key: string;
    parent: Step | null;
    depth: number;
  }
  const pathOf = (step: Step | null, key: string) => {
    const keys = [key];
    for (let at = step; at?.parent; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.');
  };
  if (value === null || typeof value !== 'object') return null;
  const stack: Step[] = [{ value, key: '', parent: null, depth: 1 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const names = Object.keys(next.value);
    if (keys) for (const key of names) if (FORBIDDEN_KEYS.has(key)) return { code: 'forbiddenKey', path: pathOf(next, key), key };
    for (let i = names.length - 1; i >= 0; i--) {
      const key = names[i] ?? '';
      const child: unknown = (next.value as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') continue;
      if (next.depth >= maxNesting) return { code: 'tooDeep', path: pathOf(next, key), depth: next.depth + 1, limit: maxNesting };
      stack.push({ value: child, key, parent: next, depth: next.depth + 1 });
    }
  }
  return null;
}
