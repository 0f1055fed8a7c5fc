/**
 * Edits of the final report's own records, as changes for the one write path: the facilitator's
 * texts (`reportTexts`) and the decision trail with attendance (`anchoring`). Both are one record
 * per analysis (id = the analysis id), made on the first edit. Pure: data in, changes out.
 */
import { created, updated, type Change } from './changes.ts';
import { revise } from './items.ts';
import type { Timestamp } from './model.ts';
import type { RecordOf } from './records/registry.ts';
import type { AnchorKey, Meeting } from './vocabulary.ts';

export type ReportTexts = RecordOf<'reportTexts'>;
export type Anchoring = RecordOf<'anchoring'>;
export type AnchorEntry = NonNullable<Anchoring['entries'][AnchorKey]>;
/** The facilitator's three texts of the report. */
export type ReportTextField = 'summary' | 'conclusions' | 'recommendations';

export const EMPTY_ANCHOR_ENTRY: AnchorEntry = { done: false, date: null, by: '', note: '' };

function emptyTexts(analysisId: string, now: Timestamp): ReportTexts {
  return { id: analysisId, analysisId, rev: 1, updatedAt: now, summary: '', conclusions: '', recommendations: '', coreMissions: {} };
}

function emptyAnchoring(analysisId: string, now: Timestamp): Anchoring {
  return { id: analysisId, analysisId, rev: 1, updatedAt: now, entries: {}, attendance: [] };
}

/** One of the three texts; nothing when it is already so. */
export function setReportText(before: ReportTexts | undefined, analysisId: string, field: ReportTextField, text: string, now: Timestamp): Change[] {
  if ((before?.[field] ?? '') === text) return [];
  if (!before) return [created('reportTexts', { ...emptyTexts(analysisId, now), [field]: text })];
  return [updated('reportTexts', before, revise(before, { [field]: text }, now))];
}

/** A role's core-mission summary; a blank one is removed from the record. */
export function setCoreMission(before: ReportTexts | undefined, analysisId: string, roleId: string, text: string, now: Timestamp): Change[] {
  const current = before?.coreMissions ?? {};
  if ((current[roleId] ?? '') === text) return [];
  const coreMissions = Object.fromEntries(Object.entries(current).filter(([id]) => id !== roleId));
  if (text.trim() !== '') coreMissions[roleId] = text;
  if (!before) return [created('reportTexts', { ...emptyTexts(analysisId, now), coreMissions })];
  return [updated('reportTexts', before, revise(before, { coreMissions }, now))];
}

/** Changes fields of one item of the decision trail; nothing when they are already so. */
export function setAnchorEntry(before: Anchoring | undefined, analysisId: string, key: AnchorKey, patch: Partial<AnchorEntry>, now: Timestamp): Change[] {
  const entry = before?.entries[key] ?? EMPTY_ANCHOR_ENTRY;
  const next = { ...entry, ...patch };
  if (next.done === entry.done && next.date === entry.date && next.by === entry.by && next.note === entry.note) return [];
  const entries = { ...before?.entries, [key]: next };
  if (!before) return [created('anchoring', { ...emptyAnchoring(analysisId, now), entries })];
  return [updated('anchoring', before, revise(before, { entries }, now))];
}

/** How many of a role came to a meeting (0 removes the row); `newId` names a new row. */
export function setAttendance(
  before: Anchoring | undefined,
  analysisId: string,
  meeting: Meeting,
  roleId: string,
  count: number,
  newId: () => string,
  now: Timestamp,
): Change[] {
  const n = Math.max(0, Math.round(count));
  const list = before?.attendance ?? [];
  const found = list.find((a) => a.meeting === meeting && a.roleId === roleId);
  if ((found?.count ?? 0) === n) return [];
  const attendance =
    n === 0
      ? list.filter((a) => a !== found)
      : found
        ? list.map((a) => (a === found ? { ...a, count: n } : a))
        : [...list, { id: newId(), meeting, roleId, count: n }];
  if (!before) return [created('anchoring', { ...emptyAnchoring(analysisId, now), attendance })];
  return [updated('anchoring', before, revise(before, { attendance }, now))];
}

/** The number of staff of a role at a meeting. */
export function attendanceOf(anchoring: Anchoring | null | undefined, meeting: Meeting, roleId: string): number {
  return (anchoring?.attendance ?? []).filter((a) => a.meeting === meeting && a.roleId === roleId).reduce((n, a) => n + a.count, 0);
}
