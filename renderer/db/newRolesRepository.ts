import { liveQuery } from 'dexie';
import type { Analysis, Placement, Role, Task } from '../../shared/model.ts';
import { inKeyFigures } from '../../shared/analysis.ts';
import type { ExtraFlags, NewRole, RolePart, Staffing } from '../../shared/newRoles.ts';
import type { Hire } from '../../shared/people.ts';
import type { AkrDb } from './db.ts';
import type { Live } from './live.ts';

/** The new roles of one analysis with what they need. */
export interface NewRolesData {
  roles: NewRole[];
  parts: RolePart[];
  staffing: Staffing | null;
  extras: ExtraFlags | null;
  /** The people hired into the new roles (per-person records, no names). */
  hires: Hire[];
}

/** One analysis's new roles with its board, for the key figures across analyses. */
export interface NewRolesInAnalysis extends NewRolesData {
  analysis: Analysis;
  board: { roles: Role[]; tasks: Task[]; placements: Placement[] };
}

/** Reads the new roles (their edits are committed by the store). */
export function newRolesRepository(db: AkrDb) {
  const read = async (analysisId: string): Promise<NewRolesData> => {
    const [roles, parts, staffing, extras, hires] = await Promise.all([
      db.newRoles.where('analysisId').equals(analysisId).toArray(),
      db.roleParts.where('analysisId').equals(analysisId).toArray(),
      db.staffing.get(analysisId),
      db.extraFlags.get(analysisId),
      db.hires.where('analysisId').equals(analysisId).toArray(),
    ]);
    return { roles, parts, staffing: staffing ?? null, extras: extras ?? null, hires };
  };
  return {
    live(analysisId: string): Live<NewRolesData> {
      return liveQuery(() => read(analysisId));
    },
    /** Every analysis that has new roles and counts in the key figures (not deleted, not an example), with its board. */
    liveAll(): Live<NewRolesInAnalysis[]> {
      return liveQuery(async () => {
        const ids = [...new Set((await db.newRoles.toArray()).map((r) => r.analysisId))];
        const found = await Promise.all(
          ids.map(async (id) => {
            const analysis = await db.analyses.get(id);
            if (!analysis || !inKeyFigures(analysis)) return null;
            const [data, roles, tasks, placements] = await Promise.all([
              read(id),
              db.roles.where('analysisId').equals(id).toArray(),
              db.tasks.where('analysisId').equals(id).toArray(),
              db.placements.where('analysisId').equals(id).toArray(),
            ]);
            return { analysis, ...data, board: { roles, tasks, placements } };
          }),
        );
        return found.filter((x): x is NewRolesInAnalysis => x !== null).sort((a, b) => a.analysis.unitName.localeCompare(b.analysis.unitName, 'sv'));
      });
    },
    /** Every analysis with people in its new roles (not deleted, not an example), for the reviews due. */
    livePeople(): Live<{ analysis: Analysis; roles: NewRole[]; hires: Hire[] }[]> {
      return liveQuery(async () => {
        const hires = await db.hires.toArray();
        const ids = [...new Set(hires.map((h) => h.analysisId))];
        const found = await Promise.all(
          ids.map(async (id) => {
            const analysis = await db.analyses.get(id);
            if (!analysis || !inKeyFigures(analysis)) return null;
            const roles = await db.newRoles.where('analysisId').equals(id).toArray();
            return { analysis, roles, hires: hires.filter((h) => h.analysisId === id) };
          }),
        );
        return found.filter((x) => x !== null).sort((a, b) => a.analysis.unitName.localeCompare(b.analysis.unitName, 'sv'));
      });
    },
  };
}

export type NewRolesRepository = ReturnType<typeof newRolesRepository>;
