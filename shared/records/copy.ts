/**
 * Copying an analysis with everything it holds, for any kind the registry
 * declares: each item gets a new id (or the one its kind makes from its
 * fields), every declared reference is pointed at the copy's items, and the
 * copy starts at revision 1. What the analysis remembers of its exchanges
 * (the ledger) is not copied: the copy has never been exchanged.
 */
import type { Item, Timestamp } from '../model.ts';
import { emptyRecord, itemsOf, type AnalysisRecord } from '../exchange/format.ts';
import type { ContentKind } from './registry.ts';
import { CONTENT_KIND_NAMES, specOf } from './registry.ts';
import { remapLinks } from './refs.ts';

export interface CopyOptions {
  unitName: string;
  now: Timestamp;
  newId: () => string;
}

export interface Copy {
  record: AnalysisRecord;
  /** Old id → new id, per kind. */
  ids: ReadonlyMap<ContentKind, ReadonlyMap<string, string>>;
}

/** A copy of the analysis of `source` under new ids, named `unitName`. */
export function copyAnalysis(source: AnalysisRecord, { unitName, now, newId }: CopyOptions): Copy {
  const to = newId();
  const ids = new Map<ContentKind, Map<string, string>>();
  const fresh = (item: Record<string, unknown>) => ({
    ...item,
    rev: 1,
    updatedAt: now,
    ...('analysisId' in item ? { analysisId: to } : {}),
    ...('createdAt' in item ? { createdAt: now } : {}),
  });
  // First every new id, so that a reference can point at an item of a kind copied later.
  for (const kind of CONTENT_KIND_NAMES) {
    const spec = specOf(kind);
    const map = new Map<string, string>();
    for (const item of itemsOf(source, kind)) {
      const fields = item as unknown as Record<string, unknown>; // an item of this kind
      map.set(item.id, spec.owner === 'self' || spec.owner === 'one' ? to : spec.idOf ? spec.idOf(fresh(fields)) : newId());
    }
    ids.set(kind, map);
  }
  const mapped = (kind: string, id: string) => ids.get(kind as ContentKind)?.get(id);
  const record = emptyRecord({ ...source.analysis, id: to, rev: 1, updatedAt: now, createdAt: now, deletedAt: null, unitName });
  const lists = record as unknown as Record<string, Item[]>; // one list per kind of the record
  for (const kind of CONTENT_KIND_NAMES) {
    if (kind === 'analyses') continue;
    lists[kind] = itemsOf(source, kind).map((item) => {
      const fields = item as unknown as Record<string, unknown>; // an item of this kind
      return { ...remapLinks(kind, fresh(fields), mapped), id: mapped(kind, item.id) ?? newId() } as unknown as Item;
    });
  }
  return { record, ids };
}
