import type { Item } from '../../shared/model.ts';
import { applyPatch } from '../../shared/records/patch.ts';
import type { Pending } from './types.ts';

/**
 * Lays edits in flight over what the database holds, until it has caught up.
 * An edit lays only the fields it changes over the stored item, so another
 * window's edit of other fields shows as well.
 */
export function overlayPending<T extends Item>(items: T[], pending: Pending[]): T[] {
  if (pending.length === 0) return items;
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const p of pending) {
    const live = byId.get(p.id);
    if (live && live.rev >= p.rev) continue;
    if (p.item === null) byId.delete(p.id);
    else if (live && p.patch) byId.set(p.id, { ...applyPatch(live, p.patch), rev: p.rev });
    else byId.set(p.id, p.item as T); // pending items of this table are of this type
  }
  return [...byId.values()];
}
