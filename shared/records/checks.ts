/**
 * The schema of every kind, for checking records that come from outside:
 * files and versions kept in History. A module of its own so that zod and
 * the schemas load with the file reader, not with the app's first screen.
 * The type makes the compiler insist on a schema for every declared kind,
 * and that each gives exactly its kind's record type.
 */
import type * as z from 'zod/mini';
import * as S from './schemas.ts';
import { CONTENT_KIND_NAMES, type ContentKind, type KindName, type RecordOf } from './registry.ts';

const contentKinds = CONTENT_KIND_NAMES as [ContentKind, ...ContentKind[]];

export const SCHEMAS: { readonly [K in KindName]: z.ZodMiniType<RecordOf<K>> } = {
  analyses: S.analysis,
  steps: S.step,
  roles: S.role,
  tasks: S.task,
  placements: S.placement,
  questionNotes: S.questionNote,
  timers: S.timer,
  surveys: S.surveyState,
  surveyImports: S.surveyImport,
  surveyResponses: S.surveyResponse,
  swotNotes: S.swotNote,
  swotStacks: S.swotStack,
  voting: S.voting,
  discussion: S.discussionEntry,
  actions: S.action,
  newRoles: S.newRole,
  roleParts: S.rolePart,
  staffing: S.staffing,
  extraFlags: S.extraFlags,
  agendas: S.agenda,
  infoMeetings: S.infoMeeting,
  anchoring: S.anchoring,
  reportTexts: S.reportTexts,
  logos: S.logo,
  boardSnapshots: S.boardSnapshot,
  followUps: S.followUp,
  hires: S.hire,
  tombstones: S.tombstone(contentKinds),
  keptVersions: S.keptVersion(contentKinds),
  exchanges: S.exchangeBase,
  syncFiles: S.syncFile,
  machine: S.machineRow,
  preferences: S.preferences,
  roomReceipts: S.roomReceipt,
  roomQueue: S.roomQueuedNote,
  roomSettings: S.roomSettings,
  roomPolls: S.roomPoll,
};

/** The schema of a kind, with its item type widened (for code that walks all kinds). */
export function schemaOf(name: KindName): z.ZodMiniType<Record<string, unknown>> {
  return SCHEMAS[name];
}
