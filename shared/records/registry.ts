/**
 * Every kind of record the app stores, declared once: its type (derived from
 * its schema in schemas.ts), where it belongs (an analysis or this
 * machine), how it is tied to its analysis, which other kinds it refers to,
 * whether it goes into the analysis file, whether it is per-person data, and
 * whether its edits can be undone.
 *
 * Everything that deals with all kinds derives from this: the database's
 * typing and table list, copying, erasing, export and import, the checks of a
 * file, merging and tombstones, and the sync folder's change signature.
 * Adding a kind of record is one declaration here, its schema in schemas.ts
 * and its line in checks.ts (the compiler rejects a schema of another shape),
 * plus a database schema version (renderer/db/schema.ts) and a file format
 * version (shared/exchange/migrations.ts); tests fail until they all agree.
 */
import type * as z from 'zod/mini';
// Types only: the schemas and zod are loaded with the file reader (checks.ts), not with the app's first screen.
import type * as S from './schemas.ts';
import { questionNoteId, responseId, stepId } from './ids.ts';

/**
 * Where a record points at another. `path` is a dot path into the item; `[]`
 * means each element of an array, `{}` each key of an object. `to` is the kind
 * pointed at, or where in the item that kind is named (a link that can point
 * at more than one kind).
 */
export interface Ref {
  path: string;
  to: string | { kindAt: string; kinds?: Readonly<Record<string, string>> };
  /**
   * A link the analysis cannot do without: a file where it points at nothing
   * is refused, and a version restored from History whose link is gone is
   * refused (`refuse`) or restored without the link (`clear`, a nullable field).
   * Other links may point at something deleted since; readers cope.
   */
  required?: 'refuse' | 'clear';
}

/** How an analysis's items of a kind are tied to it. */
export type Owner =
  /** The analysis itself. */
  | 'self'
  /** At most one per analysis, whose id is the analysis's id. */
  | 'one'
  /** Any number, each naming its analysis in `analysisId` (indexed). */
  | 'many';

/** Carries a kind's record type in its declaration; never set at run time. */
declare const recordType: unique symbol;

export interface KindSpec<T = unknown> {
  readonly [recordType]?: T;
  /** An analysis's, or this machine's (app settings, the machine's id). */
  scope: 'analysis' | 'machine';
  /** For an analysis's kinds: how an item names its analysis. */
  owner: Owner | null;
  /** The primary key (the property every item is stored under). */
  key: string;
  /** The database's indexes, primary key first (Dexie's syntax). */
  indexes: string;
  refs: readonly Ref[];
  /** Goes into the analysis file (`.akr`). */
  inFile: boolean;
  /**
   * About one named person: left out of files unless the user ticks it, never
   * in the sync folder, and only summarised with the privacy threshold.
   */
  perPerson: boolean;
  /** Can be part of an undo step. */
  undoable: boolean;
  /** Ids made from the item's own fields rather than drawn at random (a copy makes them again). */
  idOf?: (item: T) => string;
}

/** The record type a schema of schemas.ts gives. */
type Rec<Schema extends z.ZodMiniType> = z.output<Schema>;

/** Declares a kind whose items are of type T. */
const kind = <T>(spec: KindSpec<T>): KindSpec<T> => spec;

const content = <T>(spec: Pick<KindSpec<T>, 'owner' | 'indexes'> & Partial<KindSpec<T>>): KindSpec<T> =>
  kind({ scope: 'analysis', key: 'id', refs: [], inFile: true, perPerson: false, undoable: true, ...spec });

/**
 * What an analysis holds: edited by the user, copied with the analysis, and
 * merged item by item when a file is imported.
 */
export const CONTENT_KINDS = {
  analyses: content<Rec<typeof S.analysis>>({ owner: 'self', indexes: 'id, updatedAt, deletedAt' }),
  steps: content<Rec<typeof S.step>>({ owner: 'many', indexes: 'id, analysisId', idOf: (s) => stepId(s.analysisId, s.key) }),
  roles: content<Rec<typeof S.role>>({ owner: 'many', indexes: 'id, analysisId' }),
  // Tasks merged into a task are deleted: their ids stay, so that answers naming them count for it.
  tasks: content<Rec<typeof S.task>>({ owner: 'many', indexes: 'id, analysisId', refs: [{ path: 'merged[]', to: 'tasks' }] }),
  // Only the analysis's index: each index is a write per card, and the board, imports and copies
  // read an analysis's cards whole. A task's or role's cards are picked from those.
  placements: content<Rec<typeof S.placement>>({
    owner: 'many',
    indexes: 'id, analysisId',
    refs: [
      { path: 'taskId', to: 'tasks', required: 'refuse' },
      { path: 'roleId', to: 'roles', required: 'refuse' },
    ],
  }),
  questionNotes: content<Rec<typeof S.questionNote>>({ owner: 'many', indexes: 'id, analysisId', idOf: (n) => questionNoteId(n.analysisId, n.question) }),
  // A running countdown is a clock, not an edit to take back.
  timers: content<Rec<typeof S.timer>>({ owner: 'one', indexes: 'id', undoable: false }),
  // The survey's questions and SWOT prompts are undone like any edit; an import and a deletion of
  // answers (which write this state too) are committed outside the history: deleted answers stay deleted.
  surveys: content<Rec<typeof S.surveyState>>({ owner: 'one', indexes: 'id, analysisId' }),
  surveyImports: content<Rec<typeof S.surveyImport>>({ owner: 'many', indexes: 'id, analysisId', undoable: false }),
  surveyResponses: content<Rec<typeof S.surveyResponse>>({
    owner: 'many',
    indexes: 'id, analysisId, importId',
    refs: [
      { path: 'importId', to: 'surveyImports' },
      // An answer may name a task deleted since: it then counts for nothing, and again if the task is restored.
      { path: 'hours[].taskId', to: 'tasks' },
    ],
    perPerson: true,
    undoable: false,
    idOf: (r) => responseId(r.analysisId, r.key),
  }),
  swotNotes: content<Rec<typeof S.swotNote>>({ owner: 'many', indexes: 'id, analysisId', refs: [{ path: 'stackId', to: 'swotStacks', required: 'clear' }] }),
  swotStacks: content<Rec<typeof S.swotStack>>({ owner: 'many', indexes: 'id, analysisId' }),
  voting: content<Rec<typeof S.voting>>({ owner: 'one', indexes: 'id' }),
  discussion: content<Rec<typeof S.discussionEntry>>({ owner: 'many', indexes: 'id, analysisId', refs: [{ path: 'noteIds[]', to: 'swotNotes' }] }),
  actions: content<Rec<typeof S.action>>({
    owner: 'many',
    indexes: 'id, analysisId, due',
    refs: [{ path: 'link.id', to: { kindAt: 'link.kind', kinds: { note: 'swotNotes', task: 'tasks' } } }],
  }),
  newRoles: content<Rec<typeof S.newRole>>({ owner: 'many', indexes: 'id, analysisId' }),
  roleParts: content<Rec<typeof S.rolePart>>({
    owner: 'many',
    indexes: 'id, analysisId, newRoleId, placementId',
    refs: [
      { path: 'newRoleId', to: 'newRoles', required: 'refuse' },
      // The placement may be gone from the board: the role then flags the part.
      { path: 'placementId', to: 'placements' },
    ],
  }),
  staffing: content<Rec<typeof S.staffing>>({ owner: 'one', indexes: 'id, analysisId', refs: [{ path: 'roles{}', to: 'roles' }] }),
  extraFlags: content<Rec<typeof S.extraFlags>>({ owner: 'one', indexes: 'id, analysisId', refs: [{ path: 'taskIds[]', to: 'tasks' }] }),
  agendas: content<Rec<typeof S.agenda>>({ owner: 'one', indexes: 'id, analysisId' }),
  // The information meeting's slides (step 1), the decision trail and the facilitator's report texts.
  infoMeetings: content<Rec<typeof S.infoMeeting>>({ owner: 'one', indexes: 'id, analysisId' }),
  anchoring: content<Rec<typeof S.anchoring>>({ owner: 'one', indexes: 'id, analysisId', refs: [{ path: 'attendance[].roleId', to: 'roles' }] }),
  reportTexts: content<Rec<typeof S.reportTexts>>({ owner: 'one', indexes: 'id, analysisId', refs: [{ path: 'coreMissions{}', to: 'roles' }] }),
  logos: content<Rec<typeof S.logo>>({ owner: 'one', indexes: 'id, analysisId' }),
  // The follow-up (step 6): "then" is the board frozen when the report was made; the ids it keeps
  // are values (the items may be deleted since), declared so that a copy points at its own.
  boardSnapshots: content<Rec<typeof S.boardSnapshot>>({
    owner: 'one',
    indexes: 'id, analysisId',
    refs: [
      { path: 'roles[].id', to: 'roles' },
      { path: 'tasks[].id', to: 'tasks' },
      { path: 'cells[].taskId', to: 'tasks' },
      { path: 'cells[].roleId', to: 'roles' },
      { path: 'actions[].id', to: 'actions' },
    ],
  }),
  followUps: content<Rec<typeof S.followUp>>({ owner: 'one', indexes: 'id, analysisId', refs: [{ path: 'actions{}', to: 'actions' }] }),
  // The people in the new roles: per-person (see schemas.ts `hire`).
  hires: content<Rec<typeof S.hire>>({
    owner: 'many',
    indexes: 'id, analysisId',
    refs: [{ path: 'newRoleId', to: 'newRoles', required: 'refuse' }],
    perPerson: true,
  }),
};

export type ContentKind = keyof typeof CONTENT_KINDS;
const CONTENT_NAMES = Object.keys(CONTENT_KINDS) as [ContentKind, ...ContentKind[]];

const ledger = <T>(spec: Pick<KindSpec<T>, 'refs'>): KindSpec<T> =>
  kind({ scope: 'analysis', owner: 'many', key: 'id', indexes: 'id, analysisId', inFile: true, perPerson: false, undoable: false, ...spec });

/**
 * What an analysis remembers of its exchanges with other machines: travels
 * in its file, but is not copied with it and is merged by its own rules
 * (shared/exchange/merge.ts).
 */
export const LEDGER_KINDS = {
  tombstones: ledger<Rec<ReturnType<typeof S.tombstone<typeof CONTENT_NAMES>>>>({ refs: [{ path: 'itemId', to: { kindAt: 'table' } }] }),
  keptVersions: ledger<Rec<ReturnType<typeof S.keptVersion<typeof CONTENT_NAMES>>>>({ refs: [{ path: 'itemId', to: { kindAt: 'table' } }] }),
  exchanges: ledger<Rec<typeof S.exchangeBase>>({ refs: [] }),
};

export type LedgerKind = keyof typeof LEDGER_KINDS;

/** This machine's own: never in a file. */
export const LOCAL_KINDS = {
  syncFiles: kind<Rec<typeof S.syncFile>>({
    scope: 'analysis',
    owner: 'many',
    key: 'name',
    indexes: 'name, analysisId',
    refs: [],
    inFile: false,
    perPerson: false,
    undoable: false,
  }),
  machine: kind<Rec<typeof S.machineRow>>({
    scope: 'machine',
    owner: null,
    key: 'key',
    indexes: 'key',
    refs: [],
    inFile: false,
    perPerson: false,
    undoable: false,
  }),
  preferences: kind<Rec<typeof S.preferences>>({
    scope: 'machine',
    owner: null,
    key: 'id',
    indexes: 'id',
    refs: [],
    inFile: false,
    perPerson: false,
    undoable: false,
  }),
};

export type LocalKind = keyof typeof LOCAL_KINDS;

const room = <T>(spec: Pick<KindSpec<T>, 'owner' | 'indexes'> & Partial<KindSpec<T>>): KindSpec<T> =>
  kind({ scope: 'analysis', key: 'id', refs: [], inFile: false, perPerson: false, undoable: false, ...spec });

/**
 * What this machine keeps of the phones in its room for an analysis: never in
 * a file or the sync folder (the journal they came from is this machine's,
 * and so is what it acknowledged), not copied with the analysis, erased with
 * it. Written through the one write path, in the same transaction as what a
 * submission brought, but never part of an undo step: an undo must not make
 * a delivered submission count again.
 */
export const ROOM_KINDS = {
  roomReceipts: room<Rec<typeof S.roomReceipt>>({ owner: 'many', indexes: 'id, analysisId' }),
  // A phone's note is one person's unvetted words until the facilitator lets it through: per-person,
  // and local, so it reaches no file and no other machine while it waits.
  roomQueue: room<Rec<typeof S.roomQueuedNote>>({ owner: 'many', indexes: 'id, analysisId', perPerson: true }),
  roomSettings: room<Rec<typeof S.roomSettings>>({ owner: 'one', indexes: 'id' }),
  roomPolls: room<Rec<typeof S.roomPoll>>({ owner: 'many', indexes: 'id, analysisId' }),
};

export type RoomKind = keyof typeof ROOM_KINDS;

export const KINDS = { ...CONTENT_KINDS, ...LEDGER_KINDS, ...LOCAL_KINDS, ...ROOM_KINDS };
export type KindName = keyof typeof KINDS;
export type RecordOf<K extends KindName> = Exclude<(typeof KINDS)[K][typeof recordType], undefined>;

/** Kinds an edit can change (through the one write path): an analysis's content, the app's preferences, and what the room delivered. */
export type EditableKind = ContentKind | 'preferences' | RoomKind;
/** The kinds that go into the analysis file. */
export type FileKind = ContentKind | LedgerKind;

export const KIND_NAMES = Object.keys(KINDS) as KindName[];
export const CONTENT_KIND_NAMES: readonly ContentKind[] = CONTENT_NAMES;
export const LEDGER_KIND_NAMES = Object.keys(LEDGER_KINDS) as LedgerKind[];
export const FILE_KIND_NAMES: readonly FileKind[] = [...CONTENT_NAMES, ...LEDGER_KIND_NAMES];
/** Every kind an analysis owns, in this machine's database: what erasing it removes. */
export const ANALYSIS_KIND_NAMES = KIND_NAMES.filter((k) => KINDS[k].scope === 'analysis');

/** The declaration of a kind, with its item type widened (for code that walks all kinds). */
export function specOf(name: KindName): KindSpec<Record<string, unknown>> {
  // Each declaration's idOf takes its own item type; callers pass items of that kind.
  return KINDS[name] as unknown as KindSpec<Record<string, unknown>>;
}

/** The analysis an item belongs to, by its kind's owner rule; null for this machine's kinds. */
export function analysisOf(name: KindName, item: Record<string, unknown>): string | null {
  const owner = KINDS[name].owner;
  if (owner === null) return null;
  const value = owner === 'many' ? item.analysisId : item.id;
  return typeof value === 'string' ? value : null;
}

/** The id an item is stored under (its kind's primary key). */
export function keyOf(name: KindName, item: Record<string, unknown>): string {
  return String(item[KINDS[name].key]);
}
