import { liveQuery, type Table } from 'dexie';
import type { Analysis, AnalysisBundle, Item, Role, Settings, Step } from '../../shared/model.ts';
import { DEFAULT_SETTINGS } from '../../shared/model.ts';
import { byOrder, revise } from '../../shared/items.ts';
import { itemKey, tombstoneOf } from '../../shared/exchange/versions.ts';
import { EXCHANGE_TABLES } from '../../shared/exchange/tables.ts';
import { duplicateAnalysis, isPurgeable } from '../../shared/analysis.ts';
import { questionNoteId } from '../../shared/workshop.ts';
import type { AkrDb } from './db.ts';
import { boardRepository, changesRepository, type BoardRepository, type ChangesRepository } from './boardRepository.ts';
import { surveyRepository, type SurveyRepository } from './surveyRepository.ts';
import { responseId } from '../../shared/survey/model.ts';
import { copyWorkshop2 } from '../../shared/swot.ts';
import { copyNewRoles } from '../../shared/newRoles.ts';
import { readWorkshop2, swotRepository, type SwotRepository } from './swotRepository.ts';
import { exchangeRepository, type ExchangeRepository } from './exchangeRepository.ts';
import { newRolesRepository, type NewRolesRepository } from './newRolesRepository.ts';

/** A subscription to a query that re-runs whenever the data it read changes. */
export interface Live<T> {
  subscribe(observer: { next: (value: T) => void; error?: (error: unknown) => void }): { unsubscribe(): void };
  /** The value a new subscriber would get at once, where the query already has one (see sharedLive). */
  peek?(): T | undefined;
}

/** An analysis with what the list of analyses shows about it. */
export interface AnalysisSummary {
  analysis: Analysis;
  steps: Step[];
  roleCount: number;
}

/** Thrown when an edit targets an item that no longer exists (e.g. deleted in another window). */
export class ItemMissingError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} finns inte längre`);
    this.name = 'ItemMissingError';
  }
}

type Clock = () => string;
type Patch<T extends Item> = Partial<Omit<T, keyof Item>>;

/**
 * Writes one item: reads the current version and applies only the changed
 * fields in the same transaction, so a concurrent edit of another field of the
 * same item (another window) is kept rather than overwritten.
 */
async function patchItem<T extends Item>(db: AkrDb, table: Table<T, string>, what: string, id: string, patch: Patch<T>, now: string): Promise<T> {
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (!current) throw new ItemMissingError(what, id);
    const next = revise(current, patch, now);
    await table.put(next);
    return next;
  });
}

/** Repository for analyses and their steps (the aggregate root and its fixed children). */
export function analysesRepository(db: AkrDb, now: Clock = () => new Date().toISOString()) {
  const all = [
    db.analyses,
    db.steps,
    db.roles,
    db.tasks,
    db.placements,
    db.questionNotes,
    db.timers,
    db.surveys,
    db.surveyImports,
    db.surveyResponses,
    db.swotNotes,
    db.swotStacks,
    db.voting,
    db.discussion,
    db.actions,
  ] as const;
  // Erasing also reaches what only this machine keeps about an analysis.
  // Erasing reaches every store of an analysis (EXCHANGE_TABLES: its items, deletions, History and
  // what was exchanged) and this machine's notes about its sync-folder files.
  const everything = [...EXCHANGE_TABLES.map((name) => db.table(name)), db.machine];

  /**
   * Deletes the analyses and everything they hold or left behind, inside the
   * caller's transaction. A store indexed by analysisId is cleared through the
   * index; the others (the analysis itself, its timer, voting …) are keyed by
   * the analysis id. So a store added to EXCHANGE_TABLES is erased too.
   */
  async function eraseInside(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      for (const name of EXCHANGE_TABLES) {
        const table = db.table(name) as Table<{ analysisId?: string }, string>;
        if (table.schema.idxByName.analysisId) await table.where('analysisId').equals(id).delete();
        else await table.delete(id);
      }
      await db.machine.filter((row) => row.key !== 'id' && row.analysisId === id).delete();
    }
  }

  async function loadBundle(id: string): Promise<AnalysisBundle> {
    return db.transaction('r', all, async () => {
      const analysis = await db.analyses.get(id);
      if (!analysis) throw new ItemMissingError('Analysen', id);
      const [steps, roles, tasks, placements] = await Promise.all([
        db.steps.where('analysisId').equals(id).toArray(),
        db.roles.where('analysisId').equals(id).toArray(),
        db.tasks.where('analysisId').equals(id).toArray(),
        db.placements.where('analysisId').equals(id).toArray(),
      ]);
      return { analysis, steps, roles, tasks, placements };
    });
  }

  async function putBundle(bundle: AnalysisBundle): Promise<void> {
    await db.transaction('rw', all, async () => {
      await db.analyses.add(bundle.analysis);
      await db.steps.bulkAdd(bundle.steps);
      await db.roles.bulkAdd(bundle.roles);
      await db.tasks.bulkAdd(bundle.tasks);
      await db.placements.bulkAdd(bundle.placements);
    });
  }

  return {
    create: putBundle,
    loadBundle,
    update: (id: string, patch: Patch<Analysis>) => patchItem(db, db.analyses, 'Analysen', id, patch, now()),
    updateStep: (id: string, patch: Patch<Step>) => patchItem(db, db.steps, 'Steget', id, patch, now()),
    /** Soft delete: the analysis is hidden and can be restored until purged. */
    remove: (id: string) => patchItem(db, db.analyses, 'Analysen', id, { deletedAt: now() }, now()),
    restore: (id: string) => patchItem(db, db.analyses, 'Analysen', id, { deletedAt: null }, now()),
    /** Copies an analysis with everything it holds, including the notes on the three questions. */
    async duplicate(id: string, unitName: string): Promise<string> {
      const copy = duplicateAnalysis(await loadBundle(id), () => crypto.randomUUID(), now(), unitName);
      const to = copy.analysis.id;
      const [notes, survey, imports, responses, workshop2, newRoles, parts, staffing, extras] = await Promise.all([
        db.questionNotes.where('analysisId').equals(id).toArray(),
        db.surveys.get(id),
        db.surveyImports.where('analysisId').equals(id).toArray(),
        db.surveyResponses.where('analysisId').equals(id).toArray(),
        readWorkshop2(db, id),
        db.newRoles.where('analysisId').equals(id).toArray(),
        db.roleParts.where('analysisId').equals(id).toArray(),
        db.staffing.get(id),
        db.extraFlags.get(id),
      ]);
      const at = now();
      const importIds = new Map(imports.map((i) => [i.id, crypto.randomUUID()]));
      const original = await loadBundle(id);
      // duplicateAnalysis keeps the order of tasks, so the i-th copy is the i-th original.
      const taskIds = new Map(original.tasks.map((t, i) => [t.id, copy.tasks[i]?.id ?? '']));
      const w2 = copyWorkshop2(workshop2, to, taskIds, () => crypto.randomUUID(), at);
      // Placements and roles too keep their order in the copy.
      const byIndex = <T extends { id: string }>(from: readonly T[], into: readonly T[]) => new Map(from.map((x, i) => [x.id, into[i]?.id ?? '']));
      const nr = copyNewRoles(
        { roles: newRoles, parts, staffing: staffing ?? null, extras: extras ?? null },
        to,
        { placements: byIndex(original.placements, copy.placements), tasks: taskIds, roles: byIndex(original.roles, copy.roles) },
        () => crypto.randomUUID(),
        at,
      );
      await db.transaction('rw', [...all, db.newRoles, db.roleParts, db.staffing, db.extraFlags], async () => {
        await putBundle(copy);
        await db.questionNotes.bulkAdd(notes.map((n) => ({ ...n, id: questionNoteId(to, n.question), analysisId: to, rev: 1, updatedAt: at })));
        if (survey) await db.surveys.add({ ...survey, id: to, analysisId: to, rev: 1, updatedAt: at });
        await db.surveyImports.bulkAdd(imports.map((i) => ({ ...i, id: importIds.get(i.id) ?? i.id, analysisId: to, rev: 1, updatedAt: at })));
        await db.surveyResponses.bulkAdd(
          responses.map((r) => ({ ...r, id: responseId(to, r.key), analysisId: to, importId: importIds.get(r.importId) ?? r.importId, rev: 1, updatedAt: at })),
        );
        await db.swotNotes.bulkAdd(w2.notes);
        await db.swotStacks.bulkAdd(w2.stacks);
        if (w2.voting) await db.voting.add(w2.voting);
        await db.discussion.bulkAdd(w2.discussion);
        await db.actions.bulkAdd(w2.actions);
        await db.newRoles.bulkAdd(nr.roles);
        await db.roleParts.bulkAdd(nr.parts);
        if (nr.staffing) await db.staffing.add(nr.staffing);
        if (nr.extras) await db.extraFlags.add(nr.extras);
      });
      return copy.analysis.id;
    },
    /**
     * Erases an analysis for good, now (the right to erasure): everything it
     * holds, its deletions, its History and what was exchanged about it. No
     * undo; the UI asks first. Returns the sync-folder files that were its.
     */
    async erase(id: string): Promise<string[]> {
      return db.transaction('rw', everything, async () => {
        const files = (await db.machine.toArray()).flatMap((row) => (row.key !== 'id' && row.analysisId === id ? [row.key.slice('sync:'.length)] : []));
        await eraseInside([id]);
        return files;
      });
    },
    /** Deletes for good the analyses that were deleted long enough ago, with everything they hold. */
    async purgeDeleted(): Promise<number> {
      const at = now();
      // Look first without locking anything: usually there is nothing to purge.
      const candidates = await db.analyses.where('deletedAt').above('').toArray();
      if (!candidates.some((a) => isPurgeable(a, at))) return 0;
      return db.transaction('rw', everything, async () => {
        const old = (await db.analyses.where('deletedAt').above('').toArray()).filter((a) => isPurgeable(a, at));
        await eraseInside(old.map((a) => a.id));
        return old.length;
      });
    },
    liveSummaries(): Live<AnalysisSummary[]> {
      return liveQuery(async () => {
        const analyses = (await db.analyses.toArray()).filter((a) => a.deletedAt === null);
        const ids = analyses.map((a) => a.id);
        const [steps, roles] = await Promise.all([
          db.steps.where('analysisId').anyOf(ids).toArray(),
          db.roles.where('analysisId').anyOf(ids).toArray(),
        ]);
        return analyses
          .map((analysis) => ({
            analysis,
            steps: steps.filter((s) => s.analysisId === analysis.id),
            roleCount: roles.filter((r) => r.analysisId === analysis.id).length,
          }))
          .sort((a, b) => b.analysis.updatedAt.localeCompare(a.analysis.updatedAt));
      });
    },
    /** Deleted analyses not yet purged, newest deletion first. */
    liveDeleted(): Live<Analysis[]> {
      return liveQuery(async () =>
        (await db.analyses.where('deletedAt').above('').toArray()).sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '')),
      );
    },
    liveAnalysis(id: string): Live<Analysis | null> {
      return liveQuery(async () => (await db.analyses.get(id)) ?? null);
    },
    liveSteps(analysisId: string): Live<Step[]> {
      return liveQuery(() => db.steps.where('analysisId').equals(analysisId).toArray());
    },
  };
}

/** What a deleted role took with it, so the deletion can be undone. */
export interface RemovedRole {
  role: Role;
  placements: AnalysisBundle['placements'];
}

/** Repository for the roles of an analysis. */
export function rolesRepository(db: AkrDb, now: Clock = () => new Date().toISOString()) {
  return {
    add: async (role: Role) => {
      await db.transaction('rw', db.roles, () => db.roles.add(role));
    },
    update: (id: string, patch: Patch<Role>) => patchItem(db, db.roles, 'Rollen', id, patch, now()),
    /** Deletes a role with its placements; returns them for undo. */
    async remove(id: string): Promise<RemovedRole> {
      return db.transaction('rw', db.roles, db.placements, db.tombstones, async () => {
        const role = await db.roles.get(id);
        if (!role) throw new ItemMissingError('Rollen', id);
        const placements = await db.placements.where('roleId').equals(id).toArray();
        await db.placements.bulkDelete(placements.map((p) => p.id));
        await db.roles.delete(id);
        const at = now();
        await db.tombstones.bulkPut([tombstoneOf('roles', role, at), ...placements.map((p) => tombstoneOf('placements', p, at))]);
        return { role, placements };
      });
    },
    async restore(removed: RemovedRole): Promise<void> {
      await db.transaction('rw', db.roles, db.placements, db.tombstones, async () => {
        // Above the tombstones' revisions, so the role is newer than its deletion everywhere.
        await db.roles.put(revise({ ...removed.role, rev: removed.role.rev + 1 }, {}, now()));
        await db.placements.bulkPut(removed.placements.map((p) => revise({ ...p, rev: p.rev + 1 }, {}, now())));
        await db.tombstones.bulkDelete([itemKey('roles', removed.role.id), ...removed.placements.map((p) => itemKey('placements', p.id))]);
      });
    },
    live(analysisId: string): Live<Role[]> {
      return liveQuery(async () => (await db.roles.where('analysisId').equals(analysisId).toArray()).sort(byOrder));
    },
  };
}

/** Repository for the app settings (one row). */
export function settingsRepository(db: AkrDb) {
  const read = async (): Promise<Settings> => {
    const row = await db.settings.get('app');
    if (!row) return DEFAULT_SETTINGS;
    const { key: _key, ...settings } = row;
    return { ...DEFAULT_SETTINGS, ...settings };
  };
  return {
    get: read,
    async update(patch: Partial<Settings>): Promise<Settings> {
      return db.transaction('rw', db.settings, async () => {
        const next = { ...(await read()), ...patch };
        await db.settings.put({ key: 'app', ...next });
        return next;
      });
    },
    live(): Live<Settings> {
      return liveQuery(read);
    },
  };
}

export type AnalysesRepository = ReturnType<typeof analysesRepository>;
export type RolesRepository = ReturnType<typeof rolesRepository>;
export type SettingsRepository = ReturnType<typeof settingsRepository>;

/** All repositories, as the store sees them. */
export interface Repositories {
  analyses: AnalysesRepository;
  roles: RolesRepository;
  settings: SettingsRepository;
  changes: ChangesRepository;
  board: BoardRepository;
  survey: SurveyRepository;
  swot: SwotRepository;
  exchange: ExchangeRepository;
  newRoles: NewRolesRepository;
}

export function createRepositories(db: AkrDb, now?: Clock): Repositories {
  return {
    analyses: analysesRepository(db, now),
    roles: rolesRepository(db, now),
    settings: settingsRepository(db),
    changes: changesRepository(db, now),
    board: boardRepository(db, now),
    survey: surveyRepository(db, now),
    swot: swotRepository(db),
    exchange: exchangeRepository(db),
    newRoles: newRolesRepository(db),
  };
}
