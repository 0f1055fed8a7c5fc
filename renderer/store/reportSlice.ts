import type { Change } from '../../shared/changes.ts';
import { setAnchorEntry, setAttendance, setCoreMission, setReportText } from '../../shared/reportEdits.ts';
import type { ReportSlice, Slice, StoreDeps } from './types.ts';

/**
 * The final report's own records: the facilitator's texts and the decision trail. Each verb is
 * one undo step; the edits of one analysis run one after another, each reading the record as the
 * one before it wrote it, so a summary saved while a date is being set keeps both.
 */
export function createReportSlice({ repos, newId, now = () => new Date().toISOString() }: StoreDeps): Slice<ReportSlice> {
  return (_set, get) => {
    const queue = new Map<string, Promise<void>>();
    const inTurn = (analysisId: string, label: string, changes: () => Promise<Change[]>) => {
      const run = async () => {
        const list = await changes();
        if (list.length > 0) await get().commit(list, { undoable: true, label });
      };
      const next = (queue.get(analysisId) ?? Promise.resolve()).then(run, run);
      queue.set(analysisId, next);
      return next;
    };
    const texts = (analysisId: string) => repos.items.get('reportTexts', analysisId);
    const anchoring = (analysisId: string) => repos.items.get('anchoring', analysisId);
    return {
      setReportText(analysisId, field, text, label) {
        return inTurn(analysisId, label, async () => setReportText(await texts(analysisId), analysisId, field, text, now()));
      },
      setCoreMission(analysisId, roleId, text, label) {
        return inTurn(analysisId, label, async () => setCoreMission(await texts(analysisId), analysisId, roleId, text, now()));
      },
      setAnchorEntry(analysisId, key, patch, label) {
        return inTurn(analysisId, label, async () => setAnchorEntry(await anchoring(analysisId), analysisId, key, patch, now()));
      },
      setAttendance(analysisId, meeting, roleId, count, label) {
        return inTurn(analysisId, label, async () => setAttendance(await anchoring(analysisId), analysisId, meeting, roleId, count, newId, now()));
      },
    };
  };
}
