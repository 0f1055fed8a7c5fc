import type { Item, Timestamp } from './model.ts';

/**
 * Applies a patch to a stored item and bumps its revision. Every write goes
 * through here so that `rev` and `updatedAt` can never be forgotten.
 */
export function revise<T extends Item>(item: T, patch: Partial<Omit<T, keyof Item>>, now: Timestamp): T {
  return { ...item, ...patch, rev: item.rev + 1, updatedAt: now };
}

/** Orders items by their fractional-index `order` key (plain code-unit order, as the keys are built for). */
export function byOrder<T extends { order: string; id: string }>(a: T, b: T): number {
  if (a.order < b.order) return -1;
  if (a.order > b.order) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
