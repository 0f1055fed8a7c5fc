/**
 * What the facilitator opens to the phones, built from the analysis as it
 * stands: the time survey (each role with its tasks and full-time week), the
 * SWOT notes, a dot vote on the notes, or a colour poll on one task. Pure;
 * each builder returns the activity, or why it cannot be opened, so the room
 * panel can say so instead of the host refusing a malformed activity.
 */
import type { Board } from '../board.ts';
import { byOrder } from '../items.ts';
import type { Role } from '../model.ts';
import type { SurveyQuestions } from '../survey/answers.ts';
import { surveyTaskList, tasksForRole } from '../survey/tasks.ts';
import type { SwotNote } from '../swot.ts';
import { LIMITS } from '../limits.ts';
import { QUADRANTS } from '../vocabulary.ts';
import { activitySchema, ROOM_LIMITS, type Activity } from './protocol.ts';

/** Why an activity cannot be opened now. */
export type ActivityProblem =
  /** The survey: no role has a task to answer. */
  | 'noTasks'
  /** The dot vote: no notes to vote on. */
  | 'noNotes'
  /** The dot vote: the analysis gives no dots per person. */
  | 'noBudget'
  /** More than the room carries (roles, tasks or notes). */
  | 'tooMany'
  /** Something in it the protocol refuses (a title with control characters…). */
  | 'invalid';

export type Built = { ok: true; activity: Activity } | { ok: false; problem: ActivityProblem };

/** Nothing open to the phones. */
export const NOTHING: Activity = { kind: 'none' };

/**
 * The time survey as the phones answer it: every role with at least one task
 * asked of it (the board's survey tasks, in the survey's order), each with
 * its full-time week for percent answers. Roles without tasks are left out:
 * a person of that role has nothing to answer.
 */
export function surveyActivity(input: { id: string; round: string; questions: SurveyQuestions; board: Board; defaultFullTimeHours: number }): Built {
  const list = surveyTaskList(input.board);
  const roles = [...input.board.roles]
    .sort(byOrder)
    .filter((r) => r.name.trim() !== '')
    .map((role) => ({
      name: role.name.slice(0, LIMITS.roleName),
      fullTimeHours: fullTime(role, input.defaultFullTimeHours),
      tasks: tasksForRole(list, role)
        .filter((t) => t.title.trim() !== '')
        .map((t) => ({ id: t.taskId, title: t.title })),
    }))
    .filter((r) => r.tasks.length > 0);
  if (roles.length === 0) return { ok: false, problem: 'noTasks' };
  if (roles.length > ROOM_LIMITS.roles || roles.some((r) => r.tasks.length > ROOM_LIMITS.tasksPerRole)) return { ok: false, problem: 'tooMany' };
  return checked({ kind: 'survey', id: input.id, round: input.round, questions: input.questions, roles });
}

function fullTime(role: Pick<Role, 'fullTimeHours'>, fallback: number): number {
  const hours = role.fullTimeHours > 0 ? role.fullTimeHours : fallback;
  return Math.min(LIMITS.fullTimeHoursMax, Math.max(LIMITS.fullTimeHoursMin, hours));
}

/** SWOT notes from the phones, to any of the four quadrants. */
export function swotActivity(id: string): Built {
  return checked({ kind: 'swot', id, quadrants: [...QUADRANTS] });
}

/** A dot vote on the SWOT notes, each phone with the analysis's dots per person. */
export function dotsActivity(input: { id: string; notes: readonly SwotNote[]; dotsPerPerson: number }): Built {
  const notes = QUADRANTS.flatMap((q) =>
    input.notes
      .filter((n) => n.quadrant === q && n.text.trim() !== '')
      .sort(byOrder)
      .map((n) => ({ id: n.id, quadrant: n.quadrant, text: n.text })),
  );
  if (notes.length === 0) return { ok: false, problem: 'noNotes' };
  if (notes.length > ROOM_LIMITS.notes) return { ok: false, problem: 'tooMany' };
  if (!(input.dotsPerPerson >= 1)) return { ok: false, problem: 'noBudget' };
  return checked({ kind: 'dots', id: input.id, budget: Math.floor(input.dotsPerPerson), notes });
}

/** A colour poll on one task for one role. */
export function pollActivity(input: { id: string; role: Pick<Role, 'name'>; task: { id: string; title: string } }): Built {
  return checked({ kind: 'poll', id: input.id, role: input.role.name.slice(0, LIMITS.roleName), taskId: input.task.id, title: input.task.title });
}

/** Every built activity passes the protocol's own schema, so what the host refuses is caught here first. */
function checked(activity: Activity): Built {
  return activitySchema.safeParse(activity).success ? { ok: true, activity } : { ok: false, problem: 'invalid' };
}
