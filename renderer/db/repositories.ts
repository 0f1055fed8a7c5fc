import { liveQuery } from 'dexie';
import type { Analysis, Placement, Role, Settings, Step } from '../../shared/model.ts';
import { DEFAULT_SETTINGS } from '../../shared/model.ts';
import { effectiveSettings, startingSettings, type Policy } from '../../shared/policy.ts';
import { byOrder } from '../../shared/items.ts';
import type { AnalysisRecord } from '../../shared/exchange/format.ts';
import { isPurgeable } from '../../shared/analysis.ts';
import { NO_WORK, workFactsByAnalysis, type WorkFacts } from '../../shared/stepStatus.ts';
import type { EditableKind, RecordOf } from '../../shared/records/registry.ts';
import type { AkrDb } from './db.ts';
import { liveAfter, type Live } from './live.ts';
import { analysisTables, eraseInside, fileTables, readRecord } from './records.ts';
import { boardRepository, type BoardRepository } from './boardRepository.ts';
import { changesRepository, type ChangesRepository } from './writer.ts';
import { surveyRepository, type SurveyRepository } from './surveyRepository.ts';
import { swotRepository, type SwotRepository } from './swotRepository.ts';
import { exchangeRepository, type ExchangeRepository } from './exchangeRepository.ts';
import { newRolesRepository, type NewRolesRepository } from './newRolesRepository.ts';
import { syncFilesRepository, type SyncFilesRepository } from './syncFilesRepository.ts';
import { kioskRepository, type KioskRepository } from './kioskRepository.ts';
import { roomRepository, type RoomRepository } from './roomRepository.ts';
import { infoRepository, type InfoRepository } from './infoRepository.ts';
import { reportRepository, type ReportRepository } from './reportRepository.ts';
import { followUpRepository, type FollowUpRepository } from './followUpRepository.ts';

type Clock = () => string;

/** An analysis with what the list of analyses shows about it. */
export interface AnalysisSummary {
  analysis: Analysis;
  steps: Step[];
  roleCount: number;
  /** What is done in it: the steps' status follows this unless the facilitator set it. */
  facts: WorkFacts;
}

/** The work done in these analyses, read for the six steps' status and the next step. */
async function readWorkFacts(db: AkrDb, ids: readonly string[]): Promise<Map<string, WorkFacts>> {
  const [roles, surveyImports, placements, questionNotes, swotNotes, discussion, actions, newRoles] = await Promise.all([
    db.roles.where('analysisId').anyOf(ids).toArray(),
    db.surveyImports.where('analysisId').anyOf(ids).toArray(),
    db.placements.where('analysisId').anyOf(ids).toArray(),
    db.questionNotes.where('analysisId').anyOf(ids).toArray(),
    db.swotNotes.where('analysisId').anyOf(ids).toArray(),
    db.discussion.where('analysisId').anyOf(ids).toArray(),
    db.actions.where('analysisId').anyOf(ids).toArray(),
    db.newRoles.where('analysisId').anyOf(ids).toArray(),
  ]);
  return workFactsByAnalysis({ roles, surveyImports, placements, questionNotes, swotNotes, discussion, actions, newRoles });
}

/**
 * Reads any stored item, for the store's verbs: they read what an edit
 * starts from, compute the changes with a pure function, and commit them.
 */
export function itemsRepository(db: AkrDb) {
  return {
    get<K extends EditableKind>(kind: K, id: string): Promise<RecordOf<K> | undefined> {
      return db.table<RecordOf<K>, string>(kind).get(id);
    },
    /** One item as it changes (null while there is none), for views of a record kept one per analysis. */
    liveGet<K extends EditableKind>(kind: K, id: string): Live<RecordOf<K> | null> {
      return liveQuery(async () => (await db.table<RecordOf<K>, string>(kind).get(id)) ?? null);
    },
    /** Items of a kind by an indexed field (`analysisId`, `roleId`, `importId` …). */
    where<K extends EditableKind>(kind: K, field: string, value: string): Promise<RecordOf<K>[]> {
      return db.table<RecordOf<K>, string>(kind).where(field).equals(value).toArray();
    },
    /** Items of a kind by id, in the order asked for (undefined where there is none). */
    bulkGet<K extends EditableKind>(kind: K, ids: readonly string[]): Promise<(RecordOf<K> | undefined)[]> {
      return db.table<RecordOf<K>, string>(kind).bulkGet([...ids]);
    },
  };
}

/** Analyses: the lists, the whole of one for a copy, and erasing for good. */
export function analysesRepository(db: AkrDb, now: Clock = () => new Date().toISOString()) {
  return {
    /** Everything the analysis holds that goes into its file, or null. */
    async record(id: string): Promise<AnalysisRecord | null> {
      return db.transaction('r', fileTables(db), () => readRecord(db, id));
    },
    /**
     * Erases an analysis for good, now (the right to erasure): everything it
     * holds, its deletions, its History, what was exchanged about it and this
     * machine's notes of its sync-folder files. No undo; the UI asks first.
     * Returns the sync-folder files that were its.
     */
    async erase(id: string): Promise<string[]> {
      return db.transaction('rw', analysisTables(db), async () => {
        const files = (await db.syncFiles.where('analysisId').equals(id).toArray()).map((f) => f.name);
        await eraseInside(db, [id]);
        return files;
      });
    },
    /**
     * Deletes for good the analyses that were deleted long enough ago, with everything they hold;
     * `purged` hears their ids (to erase what is kept of them outside the database).
     */
    async purgeDeleted(purged?: (ids: string[]) => void): Promise<number> {
      const at = now();
      // Look first without locking anything: usually there is nothing to purge.
      const candidates = await db.analyses.where('deletedAt').above('').toArray();
      if (!candidates.some((a) => isPurgeable(a, at))) return 0;
      return db.transaction('rw', analysisTables(db), async () => {
        const old = (await db.analyses.where('deletedAt').above('').toArray()).filter((a) => isPurgeable(a, at));
        const ids = old.map((a) => a.id);
        await eraseInside(db, ids);
        if (ids.length > 0) purged?.(ids);
        return old.length;
      });
    },
    liveSummaries(): Live<AnalysisSummary[]> {
      return liveQuery(async () => {
        const analyses = (await db.analyses.toArray()).filter((a) => a.deletedAt === null);
        const ids = analyses.map((a) => a.id);
        const [steps, facts] = await Promise.all([db.steps.where('analysisId').anyOf(ids).toArray(), readWorkFacts(db, ids)]);
        return analyses
          .map((analysis) => {
            const work = facts.get(analysis.id) ?? NO_WORK;
            return { analysis, steps: steps.filter((s) => s.analysisId === analysis.id), roleCount: work.roles, facts: work };
          })
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
    /** What is done in the analysis, for its steps' status and the next step. */
    liveWork(analysisId: string): Live<WorkFacts> {
      return liveQuery(async () => (await readWorkFacts(db, [analysisId])).get(analysisId) ?? NO_WORK);
    },
    /** The same facts read once (for a question asked on a press, not a view that follows them). */
    async work(analysisId: string): Promise<WorkFacts> {
      return (await readWorkFacts(db, [analysisId])).get(analysisId) ?? NO_WORK;
    },
  };
}

/** The roles of an analysis. */
export function rolesRepository(db: AkrDb) {
  return {
    live(analysisId: string): Live<Role[]> {
      return liveQuery(async () => (await db.roles.where('analysisId').equals(analysisId).toArray()).sort(byOrder));
    },
    /** A role's cards on the board (deleting the role deletes them). */
    async placementsOf(analysisId: string, roleId: string): Promise<Placement[]> {
      return (await db.placements.where('analysisId').equals(analysisId).toArray()).filter((p) => p.roleId === roleId);
    },
  };
}

/** The app's preferences: the one record under the id "app". */
export type PreferencesRow = RecordOf<'preferences'>;

/**
 * The app's preferences as the app uses them: the user's, with the
 * organisation's policy applied (effectiveSettings). `policy` is read once
 * at start; a policy that cannot be had is no policy.
 */
export function settingsRepository(db: AkrDb, policy: Promise<Policy | null> = Promise.resolve(null)) {
  const known = policy.catch(() => null);
  /** What the user has stored, or null before the first change. */
  const stored = async (): Promise<Settings | null> => {
    const row = await db.preferences.get('app');
    if (!row) return null;
    const { id: _id, rev: _rev, updatedAt: _at, ...settings } = row;
    return { ...DEFAULT_SETTINGS, ...settings };
  };
  return {
    async get(): Promise<Settings> {
      const [settings, p] = await Promise.all([stored(), known]);
      return effectiveSettings(settings, p);
    },
    /** What the first change of a setting starts from: the defaults with the policy's unlocked values. */
    async starting(): Promise<Settings> {
      return startingSettings(await known);
    },
    /** The stored record (null before the first change): what an edit of the settings starts from. */
    async row(): Promise<PreferencesRow | null> {
      return (await db.preferences.get('app')) ?? null;
    },
    live(): Live<Settings> {
      return liveAfter(known, () => liveQuery(stored), effectiveSettings);
    },
  };
}

export type AnalysesRepository = ReturnType<typeof analysesRepository>;
export type RolesRepository = ReturnType<typeof rolesRepository>;
export type SettingsRepository = ReturnType<typeof settingsRepository>;
export type ItemsRepository = ReturnType<typeof itemsRepository>;

/** All repositories, as the store sees them. Reads, and the one write path (`changes`). */
export interface Repositories {
  items: ItemsRepository;
  analyses: AnalysesRepository;
  roles: RolesRepository;
  settings: SettingsRepository;
  changes: ChangesRepository;
  board: BoardRepository;
  survey: SurveyRepository;
  swot: SwotRepository;
  exchange: ExchangeRepository;
  newRoles: NewRolesRepository;
  syncFiles: SyncFilesRepository;
  kiosk: KioskRepository;
  room: RoomRepository;
  info: InfoRepository;
  report: ReportRepository;
  followUp: FollowUpRepository;
}

/** The repositories over `db`; `policy` is the organisation's, as the platform read it (none by default). */
export function createRepositories(db: AkrDb, now?: Clock, policy?: Promise<Policy | null>): Repositories {
  const settings = settingsRepository(db, policy);
  return {
    items: itemsRepository(db),
    analyses: analysesRepository(db, now),
    roles: rolesRepository(db),
    settings,
    changes: changesRepository(db, now),
    board: boardRepository(db),
    survey: surveyRepository(db),
    swot: swotRepository(db),
    exchange: exchangeRepository(db, now, undefined, async () => (await settings.get()).privacyThreshold),
    newRoles: newRolesRepository(db),
    syncFiles: syncFilesRepository(db),
    kiosk: kioskRepository(db),
    room: roomRepository(db),
    info: infoRepository(db),
    report: reportRepository(db),
    followUp: followUpRepository(db),
  };
}
