/**
 * What the facilitator does next in an analysis, from what is done so far:
 * the "Nästa steg" card on the overview says it in plain words and opens the
 * view where it is done. Follows the method's order (roles, survey, workshop
 * 1 on the board, SWOT survey, workshop 2, new roles, actions, final report
 * and follow-up); a step the facilitator has marked done is passed over.
 */
import type { StepKey, StepStatus } from './model.ts';
import type { WorkFacts } from './stepStatus.ts';

export type NextStepKey =
  | 'addRoles'
  | 'importSurvey'
  | 'fillBoard'
  | 'addTasks'
  | 'sortBoard'
  | 'finishSorting'
  | 'importSwot'
  | 'holdWorkshop2'
  | 'buildNewRoles'
  | 'agreeActions'
  | 'finalReport'
  | 'allDone';

/** The views of an analysis a next step can open (a subset of the app's routes, named the same). */
export type NextStepView = 'roles' | 'survey' | 'board' | 'swot' | 'newRoles' | 'actions' | 'overview';

export interface NextStep {
  key: NextStepKey;
  /** The step of the method it belongs to, or null (all done). */
  step: StepKey | null;
  /** Where it is done; null when there is nothing to open. */
  view: NextStepView | null;
  /** A number the text names (cards left to sort). */
  count: number;
}

const next = (key: NextStepKey, step: StepKey | null, view: NextStepView | null, count = 0): NextStep => ({ key, step, view, count });

/** The next thing to do, from the work facts and the six steps' status as shown. */
export function nextStep(facts: WorkFacts, status: Readonly<Record<StepKey, StepStatus>>): NextStep {
  if (status.report === 'done') return next('allDone', null, null);
  if (facts.roles === 0) return next('addRoles', 'survey', 'roles');
  if (status.survey !== 'done') return next('importSurvey', 'survey', 'survey');
  if (status.workshop1 !== 'done') {
    if (facts.cards === 0) return facts.surveyImports > 0 ? next('fillBoard', 'workshop1', 'survey') : next('addTasks', 'workshop1', 'board');
    const sorted = facts.cards - facts.unsorted;
    return sorted > 0 && facts.unsorted > 0
      ? next('finishSorting', 'workshop1', 'board', facts.unsorted)
      : next('sortBoard', 'workshop1', 'board', facts.unsorted);
  }
  if (status.swotSurvey !== 'done') return next('importSwot', 'swotSurvey', 'swot');
  if (status.workshop2 !== 'done') return next('holdWorkshop2', 'workshop2', 'swot');
  if (facts.newRoles === 0 && facts.redOrYellow > 0) return next('buildNewRoles', 'report', 'newRoles');
  if (facts.actions === 0) return next('agreeActions', 'report', 'actions');
  return next('finalReport', 'report', 'overview');
}
