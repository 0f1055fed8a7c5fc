import type { Item } from '../../shared/model.ts';
import type { Pending } from './historySlice.ts';

/** Lays edits in flight over what the database holds, until it has caught up. */
export function overlayPending<T extends Item>(items: T[], pending: Pending[]): T[] {
  if (pending.length === 0) return items;
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const p of pending) {
    const live = byId.get(p.id);
    if (live && live.rev >= p.rev) continue;
    if (p.item === null) byId.delete(p.id);
    else byId.set(p.id, p.item as T); // pending items of this table are of this type
  }
  return [...byId.values()];
}
