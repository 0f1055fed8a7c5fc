/**
 * The store's shape: what each slice offers, and what the slices are made
 * with. A module of types only, so that the slices and the store that
 * composes them import it and not each other.
 */
import type { KioskLock, UnlockResult } from '../../shared/kiosk/lock.ts';
import type { StateCreator } from 'zustand';
import type { Change } from '../../shared/changes.ts';
import type { Analysis, Item, Role, Settings, Step } from '../../shared/model.ts';
import type { Patch } from '../../shared/records/patch.ts';
import type { EditableKind } from '../../shared/records/registry.ts';
import type { AnalysisFields, RoleFields } from '../../shared/analysis.ts';
import type { Quadrant, QuestionKey } from '../../shared/vocabulary.ts';
import type { Timer } from '../../shared/workshop.ts';
import type { Agenda } from '../../shared/agenda.ts';
import type { NewAnswer, NewImport, SurveyQuestions } from '../../shared/survey/answers.ts';
import type { SurveyResults } from '../../shared/survey/results.ts';
import type { NewSurveyTask } from '../../shared/survey/taskList.ts';
import type { SmallRoles, SurveySource } from '../../shared/vocabulary.ts';
import type { AkrFile } from '../../shared/exchange/format.ts';
import type { MergePlan } from '../../shared/exchange/merge.ts';
import type { Repositories } from '../db/repositories.ts';
import type { Platform, StorageStatus } from '../platform/index.ts';
import type { Route } from './route.ts';
import type { AnchorEntry, ReportTextField } from '../../shared/reportEdits.ts';
import type { AnchorKey, LogoType, Meeting } from '../../shared/vocabulary.ts';
import type { ActionOutcome } from '../../shared/vocabulary.ts';

/** Services the store's actions use; injected so tests can pass their own. */
export interface StoreDeps {
  repos: Repositories;
  platform: Platform;
  newId: () => string;
  now?: () => string;
}

export interface Toast {
  id: number;
  message: string;
  /** When set, the toast offers "Ångra" and runs this. */
  undo?: () => Promise<void>;
}

export interface ShellSlice {
  route: Route;
  navigate: (route: Route) => void;
  /** Writes in flight; the top bar shows "Sparar…" while above zero. */
  pendingWrites: number;
  /** The last write that failed (the top bar says so), until one succeeds. */
  saveError: unknown;
  /** Runs a write and keeps the save indicator honest: "Sparat" only once it is committed. */
  track: <T>(write: Promise<T>) => Promise<T>;
  beginWrite: () => () => void;
  toasts: Toast[];
  pushToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: (id: number) => void;
  /** Presentation mode: chrome hidden, the workshop view as large as the window allows. */
  presenting: boolean;
  setPresenting: (presenting: boolean) => void;
  storage: StorageStatus | null;
  setStorage: (status: StorageStatus) => void;
  /**
   * What the projector shows besides the view: black, or the picture frozen while the facilitator
   * prepares; the page of the view, and how many pages the projection said it has (null: not known).
   */
  projector: ProjectorState;
  setProjector: (patch: Partial<ProjectorState>) => void;
  /** The board's role filter per analysis (null = every role), so the projector can show the same lane. */
  boardLanes: Record<string, string | null>;
  setBoardLane: (analysisId: string, lane: string | null) => void;
  /** Whether the "Ny analys" dialog is open (the menu can open it from anywhere). */
  newAnalysisOpen: boolean;
  setNewAnalysisOpen: (open: boolean) => void;
}

export interface ProjectorState {
  blank: boolean;
  frozen: boolean;
  page: number;
  pages: number | null;
}

/** One undoable edit: what it changed, and a short description for announcements. */
export interface HistoryEntry {
  label: string;
  changes: Change[];
}

export interface History {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** An item as it will be once a write in flight lands; `item` null = deleted. */
export interface Pending {
  table: EditableKind;
  id: string;
  rev: number;
  item: Item | null;
  /** For an edit: the fields it changes, laid over the item as the database has it. */
  patch?: Patch;
}

export interface CommitOptions {
  /** Recorded as one step in its analysis's history (every change must then be of one analysis, and of a kind that can be undone). */
  undoable: boolean;
  /** What the step is called when it is undone or redone. */
  label?: string;
}

/**
 * The one write path and undo. Edits are shown at once (optimistically) and
 * written in the background; views drop a pending item as soon as the
 * database has caught up with it.
 */
export interface HistorySlice {
  histories: Record<string, History>;
  pending: Record<string, Pending>;
  /** The analyses the last successful write changed (a new object per write): what the sync folder follows. */
  changed: { seq: number; analyses: readonly string[] };
  /** True while a card is being dragged or carried by keyboard: undo waits. */
  gestureActive: boolean;
  setGestureActive: (active: boolean) => void;
  /** Writes an edit (and, if undoable, records it). Resolves once it is on disk. */
  commit: (changes: Change[], options: CommitOptions) => Promise<void>;
  /** Returns the undone entry's label, or null when refused or empty. */
  undo: (analysisId: string) => Promise<string | null>;
  redo: (analysisId: string) => Promise<string | null>;
  /**
   * Drops an analysis's undo and redo steps: after an import (an undo would
   * write back a version from before it) and when the analysis is erased.
   */
  forgetHistory: (analysisId: string) => void;
  /** Says that these analyses changed by other means than an edit (an import, a restore from History). */
  announceChanged: (analyses: readonly string[]) => void;
}

type Patchable<T> = Partial<Omit<T, keyof Item>>;

/**
 * Verbs on analyses, steps, roles and settings. Each one reads what the edit
 * starts from, calls a pure domain function, and commits the changes.
 */
export interface AnalysisSlice {
  createAnalysis: (fields: AnalysisFields) => Promise<string>;
  updateAnalysis: (id: string, patch: Patchable<Analysis>) => Promise<void>;
  duplicateAnalysis: (id: string, unitName: string) => Promise<string>;
  /** Makes the example analysis from its survey (imported, and the board filled from it); resolves to its id. */
  createExample: (input: { csv: string; unitName: string; organisation: string; fileName: string }) => Promise<string>;
  /** Soft-deletes; resolves to the undo. */
  deleteAnalysis: (id: string) => Promise<() => Promise<void>>;
  restoreAnalysis: (id: string) => Promise<void>;
  updateStep: (id: string, patch: Patchable<Step>) => Promise<void>;
  addRole: (analysisId: string, fields: RoleFields, existing: readonly Role[]) => Promise<void>;
  updateRole: (id: string, patch: Patchable<Role>) => Promise<void>;
  moveRole: (sorted: readonly Role[], id: string, step: -1 | 1) => Promise<void>;
  /** Deletes a role with its cards; resolves to the undo. */
  deleteRole: (id: string) => Promise<() => Promise<void>>;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
}

/** The room's notes and countdown, and the survey's edits. */
export interface WorkshopSlice {
  /**
   * Edits the stored agenda of an analysis as one undo step: `edit` gets the
   * agenda as stored once the edits before it are, so two fields saved in
   * quick succession (minutes, then speaker notes) both stay.
   */
  editAgenda: (analysisId: string, edit: (agenda: Agenda) => Change[], label: string) => Promise<void>;
  saveQuestionNote: (analysisId: string, question: QuestionKey, notes: string) => Promise<void>;
  /** Starts, pauses, resets or sets the countdown of an analysis. */
  saveTimer: (analysisId: string, patch: Partial<Pick<Timer, 'durationMs' | 'endsAt' | 'remainingMs'>>) => Promise<void>;
  importSurvey: (input: NewImport) => Promise<void>;
  /** Deletes the answers per person; the results stay as they are now. */
  deleteSurveyResponses: (analysisId: string, frozen: { results: SurveyResults; threshold: number }) => Promise<void>;
  setSurveySmallRoles: (analysisId: string, smallRoles: SmallRoles) => Promise<void>;
  /**
   * Stores answers typed in from paper or given at the kiosk (or a phone) in the survey's current
   * round, in one transaction; an answer with the key of one stored replaces it.
   */
  saveSurveyAnswers: (analysisId: string, answers: readonly NewAnswer[]) => Promise<void>;
  /** Deletes answers stored from paper, the kiosk or a phone in the current round, by their keys (NewAnswer.key). */
  deleteSurveyAnswers: (analysisId: string, source: SurveySource, keys: readonly string[]) => Promise<void>;
  /** What the staff survey asks besides the hours per task. */
  /** One undo step (`label` announces it). */
  setSurveyQuestions: (analysisId: string, questions: SurveyQuestions, label?: string) => Promise<void>;
  /** One quadrant's SWOT survey prompt; `defaultText` is its default in the UI language. One undo step. */
  setSurveySwotPrompt: (analysisId: string, quadrant: Quadrant, text: string, defaultText: string, label?: string) => Promise<void>;
}

/** The survey's task list (the analysis's tasks): each verb is one undo step, called `label` in the history. */
export interface SurveyTasksSlice {
  /** Adds tasks at the end of the list; titles the analysis has already are left out (and named in `skipped`). */
  addSurveyTasks: (analysisId: string, entries: readonly NewSurveyTask[], label: string) => Promise<{ added: string[]; skipped: string[] }>;
  renameSurveyTask: (analysisId: string, taskId: string, title: string, label: string) => Promise<void>;
  setSurveyTaskRoles: (analysisId: string, taskId: string, roleIds: readonly string[], label: string) => Promise<void>;
  setSurveyTaskGroup: (analysisId: string, taskId: string, group: string, label: string) => Promise<void>;
  /** One place up (-1) or down (+1) within its group; resolves to false at the group's edge. */
  moveSurveyTask: (analysisId: string, taskId: string, step: -1 | 1, label: string) => Promise<boolean>;
  mergeSurveyTasks: (analysisId: string, keepId: string, mergeId: string, label: string) => Promise<void>;
  deleteSurveyTask: (analysisId: string, taskId: string, label: string) => Promise<void>;
}

/** Files: import and History, which write the exchange's own records, and erasing for good. */
export interface FilesSlice {
  /**
   * The file for these analyses (or every one not deleted), with the per-person records only if asked.
   * What it holds is remembered as exchanged from this machine.
   */
  exportFile: (ids: readonly string[] | undefined, options: { appVersion: string; includePersonal: boolean }) => Promise<AkrFile>;
  importFile: (file: AkrFile, fileName: string, choices: Readonly<Record<string, 'here' | 'file'>>) => Promise<MergePlan[]>;
  restoreKept: (keptId: string) => Promise<void>;
  /** Erases an analysis for good; resolves to the names of its files in the sync folder. */
  eraseAnalysis: (id: string) => Promise<string[]>;
}

/** The kiosk lock (the kiosk's answers are stored with saveSurveyAnswers). */
export interface KioskSlice {
  /** A new lock for the kiosk of an analysis and its recovery code, to be shown once; nothing is stored yet. */
  makeKioskLock: (analysisId: string, pin: string) => Promise<{ lock: KioskLock; recovery: string }>;
  /** Stores the lock: from now on every window shows only the kiosk. */
  startKiosk: (lock: KioskLock) => Promise<void>;
  /** Tries a PIN or the recovery code; resolves to the outcome, or null when another window changed the lock meanwhile (try again). */
  unlockKiosk: (entry: string) => Promise<UnlockResult | null>;
}

/** The information meeting's slides (step 1): each verb one undo step, called `label` in the history. */
export interface InfoSlice {
  /** Sets a slide's title, body or notes; null gives a default slide its default text back. */
  editInfoSlide: (analysisId: string, slideId: string, patch: Partial<Record<'title' | 'body' | 'notes', string | null>>, label: string) => Promise<void>;
  setInfoSlideHidden: (analysisId: string, slideId: string, hidden: boolean, label: string) => Promise<void>;
  /** One place earlier (−1) or later (+1); nothing at the ends. */
  moveInfoSlide: (analysisId: string, slideId: string, step: -1 | 1, label: string) => Promise<void>;
  /** Adds a slide of the facilitator's own at the end; resolves to its id. */
  addInfoSlide: (analysisId: string, title: string, label: string) => Promise<string>;
  /** Deletes a slide of the facilitator's own (a default slide can only be hidden). */
  deleteInfoSlide: (analysisId: string, slideId: string, label: string) => Promise<void>;
  setInfoContact: (analysisId: string, contact: string, label: string) => Promise<void>;
}

/** The final report's own records: each verb is one undo step, called `label` in the history. */
export interface ReportSlice {
  /** The facilitator's summary, conclusions or recommendations (Markdown subset, shared/markdown.ts). */
  setReportText: (analysisId: string, field: ReportTextField, text: string, label: string) => Promise<void>;
  /** A role's core-mission summary; a blank text removes it. */
  setCoreMission: (analysisId: string, roleId: string, text: string, label: string) => Promise<void>;
  /** Fields of one item of the decision trail. */
  setAnchorEntry: (analysisId: string, key: AnchorKey, patch: Partial<AnchorEntry>, label: string) => Promise<void>;
  /** How many staff of a role came to a meeting (never who). */
  setAttendance: (analysisId: string, meeting: Meeting, roleId: string, count: number, label: string) => Promise<void>;
}

/** The organisation's logo of an analysis: set or removed, each one step to undo. */
export interface LogoSlice {
  /** Sets or replaces the logo (a picture already checked with `checkLogo`); `label` names the step in the history. */
  setLogo: (analysisId: string, picture: { type: LogoType; data: string; width: number; height: number }, label: string) => Promise<void>;
  /** Removes the logo; nothing when there is none. */
  removeLogo: (analysisId: string, label: string) => Promise<void>;
}

/** The follow-up (step 6): survey rounds, the board's snapshot, the action review; each verb one undo step, called `label`. */
export interface FollowUpSlice {
  /** Starts a follow-up survey round named `name` and makes it current; resolves to its id. */
  startSurveyRound: (analysisId: string, name: string, label: string) => Promise<string>;
  /** Makes a round current: the one answers go to and the survey view shows. */
  setSurveyRound: (analysisId: string, round: string, label: string) => Promise<void>;
  /** Freezes the board and the actions as they stand now, in place of the snapshot before. */
  takeBoardSnapshot: (analysisId: string, label: string) => Promise<void>;
  /** The follow-up round compared with the snapshot (null = the newest). */
  setFollowUpRound: (analysisId: string, round: string | null, label: string) => Promise<void>;
  /** How an action turned out, and what was done or why not. */
  reviewFollowUpAction: (analysisId: string, actionId: string, review: { outcome?: ActionOutcome | null; note?: string }, label: string) => Promise<void>;
  /** The follow-up meeting's notes (Markdown subset). */
  setFollowUpNotes: (analysisId: string, notes: string, label: string) => Promise<void>;
}
export type AppState = ShellSlice &
  AnalysisSlice &
  HistorySlice &
  WorkshopSlice &
  SurveyTasksSlice &
  FilesSlice &
  KioskSlice &
  InfoSlice &
  ReportSlice &
  LogoSlice &
  FollowUpSlice;
export type Slice<T> = StateCreator<AppState, [], [], T>;
