/**
 * The status of each of the six steps, following the work done in the app
 * (a survey imported, the board sorted, SWOT notes written …) unless the
 * facilitator has set it themselves. Only the facilitator's own setting is
 * stored (`manual` and `status` on the step); what the work says is derived
 * here each time, so it can never go stale.
 */
import type { Step, StepKey, StepStatus } from './model.ts';

/** What the app can see of the work done in one analysis. */
export interface WorkFacts {
  roles: number;
  /** Survey files imported. */
  surveyImports: number;
  /** Cards on the board (a task for one role). */
  cards: number;
  /** Cards still in Osorterat. */
  unsorted: number;
  /** Red and yellow cards: what new roles are built from. */
  redOrYellow: number;
  /** The three questions' notes that hold any text. */
  questionNotes: number;
  swotNotes: number;
  /** Lines under Effekter, Konsekvenser and Framgångsfaktorer. */
  discussion: number;
  actions: number;
  newRoles: number;
}

export const NO_WORK: WorkFacts = {
  roles: 0,
  surveyImports: 0,
  cards: 0,
  unsorted: 0,
  redOrYellow: 0,
  questionNotes: 0,
  swotNotes: 0,
  discussion: 0,
  actions: 0,
  newRoles: 0,
};

/** The items work facts are counted from, of one analysis or of several (grouped by `analysisId`). */
export interface WorkItems {
  roles: readonly { analysisId: string }[];
  surveyImports: readonly { analysisId: string }[];
  placements: readonly { analysisId: string; colour: string }[];
  questionNotes: readonly { analysisId: string; notes: string }[];
  swotNotes: readonly { analysisId: string }[];
  discussion: readonly { analysisId: string }[];
  actions: readonly { analysisId: string }[];
  newRoles: readonly { analysisId: string }[];
}

/** The work facts of each analysis in `items`; an analysis with nothing done has none (use NO_WORK). */
export function workFactsByAnalysis(items: WorkItems): Map<string, WorkFacts> {
  const facts = new Map<string, WorkFacts>();
  const of = (id: string): WorkFacts => {
    let f = facts.get(id);
    if (!f) facts.set(id, (f = { ...NO_WORK }));
    return f;
  };
  for (const r of items.roles) of(r.analysisId).roles += 1;
  for (const i of items.surveyImports) of(i.analysisId).surveyImports += 1;
  for (const p of items.placements) {
    const f = of(p.analysisId);
    f.cards += 1;
    if (p.colour === 'unsorted') f.unsorted += 1;
    if (p.colour === 'red' || p.colour === 'yellow') f.redOrYellow += 1;
  }
  for (const n of items.questionNotes) if (n.notes.trim() !== '') of(n.analysisId).questionNotes += 1;
  for (const n of items.swotNotes) of(n.analysisId).swotNotes += 1;
  for (const d of items.discussion) of(d.analysisId).discussion += 1;
  for (const a of items.actions) of(a.analysisId).actions += 1;
  for (const n of items.newRoles) of(n.analysisId).newRoles += 1;
  return facts;
}

/** Why the work gives a step its status (shown under the status), or null when nothing is seen yet. */
export type StepReason = 'surveyStarted' | 'surveyImported' | 'boardSorted' | 'swotNotes' | 'workshop2Notes' | 'dateSet';

export interface DerivedStatus {
  status: StepStatus;
  reason: StepReason | null;
}

/** What the work in the app says of one step: done when its work is seen, planned when it has a date. */
export function statusFromWork(key: StepKey, facts: WorkFacts, date: string | null): DerivedStatus {
  const done = (reason: StepReason): DerivedStatus => ({ status: 'done', reason });
  switch (key) {
    // The information meeting comes before the survey: answers in mean it was held.
    case 'info':
      if (facts.surveyImports > 0) return done('surveyStarted');
      break;
    case 'survey':
      if (facts.surveyImports > 0) return done('surveyImported');
      break;
    case 'workshop1':
      if (facts.cards > 0 && facts.unsorted === 0) return done('boardSorted');
      break;
    case 'swotSurvey':
      if (facts.swotNotes > 0) return done('swotNotes');
      break;
    case 'workshop2':
      if (facts.discussion > 0 || facts.actions > 0) return done('workshop2Notes');
      break;
    // The report and the follow-up meeting leave nothing in the app to see: the facilitator says when they are done.
    case 'report':
      break;
  }
  return date !== null ? { status: 'planned', reason: 'dateSet' } : { status: 'notStarted', reason: null };
}

/**
 * Whether the facilitator set the step's status themselves. Steps stored
 * before the status followed the work have no `manual`: a status other than
 * "not started" was then chosen by the facilitator, and stays theirs.
 */
export function isManual(step: Pick<Step, 'manual' | 'status'>): boolean {
  return step.manual ?? step.status !== 'notStarted';
}

export interface StepState extends DerivedStatus {
  key: StepKey;
  /** Who decides the status shown: the work, or the facilitator (until they reset it). */
  source: 'work' | 'facilitator';
  /** What the work says, also while the facilitator's setting wins. */
  fromWork: DerivedStatus;
}

/** A step's status as shown: the facilitator's setting wins; otherwise what the work says. */
export function stepState(step: Step, facts: WorkFacts): StepState {
  const fromWork = statusFromWork(step.key, facts, step.date);
  if (isManual(step)) return { key: step.key, status: step.status, reason: null, source: 'facilitator', fromWork };
  return { key: step.key, ...fromWork, source: 'work', fromWork };
}

/** The steps with the status as shown (for the rail, the list's dots and progress). */
export function withStatusShown(steps: readonly Step[], facts: WorkFacts): Step[] {
  return steps.map((s) => {
    const { status } = stepState(s, facts);
    return status === s.status ? s : { ...s, status };
  });
}

/** The status shown of each of the six steps (a missing step is not started). */
export function statusesShown(steps: readonly Step[], facts: WorkFacts): Record<StepKey, StepStatus> {
  const shown = withStatusShown(steps, facts);
  const of = (key: StepKey): StepStatus => shown.find((s) => s.key === key)?.status ?? 'notStarted';
  return { info: of('info'), survey: of('survey'), workshop1: of('workshop1'), swotSurvey: of('swotSurvey'), workshop2: of('workshop2'), report: of('report') };
}

/** The edit when the facilitator picks a status: it is theirs until they reset it. */
export const setByFacilitator = (status: StepStatus) => ({ status, manual: true }) as const;

/** The edit that hands the status back to the work ("Följ arbetet igen"). */
export const followWork = () => ({ manual: false }) as const;
