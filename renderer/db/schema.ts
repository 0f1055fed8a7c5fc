/**
 * Frozen schema versions of the AKR Studio database.
 *
 * Never edit a version that has shipped: append the next one with its own
 * `stores` and an `upgrade` that inlines whatever data it needs (no imports of
 * live constants, which may change later), and raise DB_VERSION (dbVersion.ts).
 * Each version has a test that seeds the version before it and opens the
 * database at the latest.
 */
import type { Transaction } from 'dexie';
import { surveyV7 } from '../../shared/exchange/migrations.ts';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export { DB_NAME } from './dbVersion.ts';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // v1: analyses with their six steps, roles, tasks and per-role placements; app settings.
    version: 1,
    stores: {
      analyses: 'id, updatedAt, deletedAt',
      steps: 'id, analysisId',
      roles: 'id, analysisId',
      tasks: 'id, analysisId',
      placements: 'id, analysisId, taskId, roleId',
      settings: 'key',
    },
  },
  {
    // v2: notes on the three workshop questions, and the countdown timer of each analysis.
    // New tables only; nothing stored at v1 changes shape.
    version: 2,
    stores: {
      questionNotes: 'id, analysisId',
      timers: 'id',
    },
  },
  {
    // v3: the staff survey – imported files, respondents' answers (deletable on their own), and
    // the survey's state per analysis. New tables only; nothing stored at v2 changes shape.
    version: 3,
    stores: {
      surveyImports: 'id, analysisId',
      surveyResponses: 'id, analysisId, importId',
      surveys: 'id, analysisId',
    },
  },
  {
    // v4: workshop 2 – SWOT notes and stacks, dot voting, the three discussion lists, and actions
    // (indexed by due date for the overview across analyses). New tables only.
    version: 4,
    stores: {
      swotNotes: 'id, analysisId',
      swotStacks: 'id, analysisId',
      voting: 'id',
      discussion: 'id, analysisId',
      actions: 'id, analysisId, due',
    },
  },
  {
    // v5: files between machines – tombstones of deleted items, the versions a conflict set aside
    // (History), what was last exchanged per analysis and machine, and this machine's own state
    // (its id, the sync folder's files). New tables only.
    version: 5,
    stores: {
      tombstones: 'id, analysisId',
      keptVersions: 'id, analysisId',
      exchanges: 'id, analysisId',
      machine: 'key',
    },
  },
  {
    // v6: new roles built from red and yellow tasks – the roles with their requirements, the parts
    // of tasks they take, the staffing estimate's inputs and the tasks flagged as extras
    // (guldkant). New tables only.
    version: 6,
    stores: {
      newRoles: 'id, analysisId',
      roleParts: 'id, analysisId, newRoleId, placementId',
      staffing: 'id, analysisId',
      extraFlags: 'id, analysisId',
    },
  },
  {
    // v7: the workshop agenda of each analysis (timeboxed items with speaker notes). New table only.
    version: 7,
    stores: {
      agendas: 'id, analysisId',
    },
  },
  {
    // v8: app settings become an item like any other (id "app", with a revision), so they are edited
    // through the one write path; the sync folder's files get a table of their own, tied to their
    // analysis (they were rows "sync:<name>" of the machine table). The old settings table goes.
    version: 8,
    stores: {
      preferences: 'id',
      syncFiles: 'name, analysisId',
      settings: null,
    },
    async upgrade(tx) {
      const now = new Date().toISOString();
      const old = (await tx.table('settings').get('app')) as Record<string, unknown> | undefined;
      if (old) {
        const { key: _key, ...settings } = old;
        await tx.table('preferences').put({ ...settings, id: 'app', rev: 1, updatedAt: now });
      }
      const machine = tx.table('machine');
      const rows = (await machine.toArray()) as { key: string; analysisId?: string; sha256?: string; rev?: number }[];
      const files = rows.filter((r) => r.key.startsWith('sync:'));
      await tx.table('syncFiles').bulkPut(files.map((r) => ({ name: r.key.slice('sync:'.length), analysisId: r.analysisId, sha256: r.sha256, rev: r.rev })));
      await machine.bulkDelete(files.map((r) => r.key));
    },
  },
  {
    // v9: a respondent's answers become a list of { task, hours } instead of an object keyed by task
    // title, so that no title ("constructor", "__proto__" …) is ever a key; versions of responses
    // kept by a conflict change the same way. No index changes.
    version: 9,
    stores: {},
    async upgrade(tx) {
      const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
      // Own keys only, as IndexedDB gives them back: an own "__proto__" key is an answer like any other.
      // (Read and put whole, not with modify(), whose copy of each record assigns key by key and so
      // would drop an own "__proto__".)
      const asList = <R extends { hours?: unknown }>(r: R): R =>
        isMap(r.hours) ? { ...r, hours: Object.entries(r.hours).map(([task, hours]) => ({ task, hours })) } : r;
      const responses = tx.table('surveyResponses');
      await responses.bulkPut(((await responses.toArray()) as { hours?: unknown }[]).map(asList));
      const kept = tx.table('keptVersions');
      const versions = ((await kept.toArray()) as { table?: unknown; version?: unknown }[]).filter((k) => k.table === 'surveyResponses' && isMap(k.version));
      await kept.bulkPut(versions.map((k) => ({ ...k, version: asList(k.version as { hours?: unknown }) })));
    },
  },
  {
    // v10: answers name tasks by id (a title on no task becomes a task), belong to a survey round
    // and say where they came from; the survey state gets its rounds, questions and SWOT prompts.
    // The same step as the file format's version 7 (surveyV7, frozen there). No index changes.
    version: 10,
    stores: {},
    async upgrade(tx) {
      type Row = Record<string, unknown> & { id?: unknown; analysisId?: unknown; table?: unknown };
      const rows = async (name: string) => (await tx.table(name).toArray()) as Row[];
      const [analyses, tasks, surveys, responses, kept] = await Promise.all([
        rows('analyses'),
        rows('tasks'),
        rows('surveys'),
        rows('surveyResponses'),
        rows('keptVersions'),
      ]);
      const of = (list: Row[], id: unknown) => list.filter((r) => r.analysisId === id);
      // Every analysis with survey data (the analysis row gives the fallback time of the tasks made).
      const ids = new Set<unknown>([...surveys.map((r) => r.id), ...responses.map((r) => r.analysisId), ...kept.map((k) => k.analysisId)]);
      for (const analysisId of ids) {
        if (typeof analysisId !== 'string') continue;
        const analysis = analyses.find((a) => a.id === analysisId);
        const mine = of(responses, analysisId);
        const state = surveys.filter((r) => r.id === analysisId);
        const keptHere = of(kept, analysisId).filter((k) => k.table === 'surveyResponses' || k.table === 'surveys');
        if (mine.length === 0 && state.length === 0 && keptHere.length === 0) continue;
        const out = surveyV7({
          analysisId,
          stamp: typeof analysis?.createdAt === 'string' ? analysis.createdAt : new Date(0).toISOString(),
          tasks: of(tasks, analysisId),
          surveys: state,
          responses: mine,
          keptVersions: keptHere,
        });
        await tx.table('tasks').bulkPut(out.newTasks);
        await tx.table('surveys').bulkPut(out.surveys);
        await tx.table('surveyResponses').bulkPut(out.responses);
        await tx.table('keptVersions').bulkPut(out.keptVersions);
      }
    },
  },
  {
    // v11: phones in the room – receipts of the submissions delivered from the room's journal, notes
    // from phones waiting to be let through, the room's switches and the tallies of colour polls.
    // New tables only; the new fields of SWOT notes (phone dots) and cards (a poll's counts) are
    // optional and unindexed.
    version: 11,
    stores: {
      roomReceipts: 'id, analysisId',
      roomQueue: 'id, analysisId',
      roomSettings: 'id',
      roomPolls: 'id, analysisId',
    },
  },
  {
    // v12: the information meeting's slides, the decision trail, the facilitator's report texts and
    // the organisation's logo, one of each per analysis. New tables only; a new role's payer and
    // whether it lowers the existing posts are optional, unindexed fields.
    version: 12,
    stores: {
      infoMeetings: 'id, analysisId',
      anchoring: 'id, analysisId',
      reportTexts: 'id, analysisId',
      logos: 'id, analysisId',
    },
  },
  {
    // v13: cards are indexed by their analysis only. The taskId and roleId indexes cost two index
    // writes per card (an imported analysis of 8,000 cards: 16,000) for two rare reads (a poll's
    // card, a deleted role's cards), which now pick from the analysis's cards. No record changes.
    version: 13,
    stores: {
      placements: 'id, analysisId',
    },
  },
  {
    // v14: the follow-up's snapshot of the board and its review, and the people in the new roles.
    // New tables only; an analysis's administration and a new role's use of freed hours are
    // optional, unindexed fields.
    version: 14,
    stores: {
      boardSnapshots: 'id, analysisId',
      followUps: 'id, analysisId',
      hires: 'id, analysisId',
    },
  },
];

/**
 * What the next schema version must declare so that the database has a
 * table for every kind the record registry declares, with its indexes, and no
 * other: the tables to add or re-index, and null for those to delete. Empty
 * when the shipped versions already match. (The versions above stay frozen:
 * copy this into a new version, with an upgrade where records change shape.)
 */
export function nextStores(versions: readonly SchemaVersion[], declared: Readonly<Record<string, { indexes: string }>>): Record<string, string | null> {
  const normal = (spec: string) =>
    spec
      .split(',')
      .map((s) => s.trim())
      .join(', ');
  const now = new Map<string, string>();
  for (const v of versions) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) now.delete(name);
      else now.set(name, normal(spec));
    }
  }
  const next: Record<string, string | null> = {};
  for (const [name, { indexes }] of Object.entries(declared)) if (now.get(name) !== normal(indexes)) next[name] = normal(indexes);
  for (const name of now.keys()) if (!(name in declared)) next[name] = null;
  return next;
}
