import { createRole } from '../analysis.ts';
import { placeLast, TASK_TITLE_MAX, type Board } from '../board.ts';
import { created, updated, type Change } from '../changes.ts';
import { revise } from '../items.ts';
import type { Placement, Role, SurveyFigures, Task, Timestamp } from '../model.ts';
import { matchKey } from '../text.ts';
import type { RoleResult } from './results.ts';

export interface SeedOptions {
  analysisId: string;
  /** Results for each role on its own (not merged), e.g. surveyResults with threshold 1. */
  roles: readonly RoleResult[];
  /** Roles with fewer respondents are seeded only when `includeSmall` (the facilitator confirmed a warning). */
  threshold: number;
  includeSmall: boolean;
  /** Replace hours typed on the board by hand with the survey's. */
  overwriteEdited: boolean;
  defaultFullTimeHours: number;
  newId: () => string;
  now: Timestamp;
}

export interface SeedLine {
  task: string;
  role: string;
  hours: number;
}

/** What seeding will do, for the preview, and the changes that do it (one undoable step). */
export interface SeedPlan {
  changes: Change[];
  newRoles: { name: string; headcount: number }[];
  newTasks: string[];
  /** New cards in Osorterat. */
  added: SeedLine[];
  /** Cards whose hours change (their colour and place stay). */
  updated: (SeedLine & { from: number | null })[];
  /** Cards whose hours were typed on the board and stay so. */
  keptEdited: (SeedLine & { survey: number })[];
  /** Roles under the threshold that were left out. */
  skippedSmall: string[];
}

function sameFigures(a: SurveyFigures | null | undefined, b: SurveyFigures): boolean {
  return !!a && a.team === b.team && a.mean === b.mean && a.doing === b.doing && a.respondents === b.respondents;
}

/** True when a card's hours are not what the survey gave it last time, i.e. someone typed them. */
function editedByHand(p: Placement): boolean {
  if (p.survey) return p.hours !== p.survey.team;
  return p.hours !== null;
}

/**
 * Plans seeding the board from survey results: a result's task is the board's
 * task of its id (the survey's tasks are the analysis's), or else the one of
 * its title (case and spacing aside); roles match by name; new cards go last in
 * Osorterat; cards already sorted keep their colour and place; hours typed
 * by hand win unless `overwriteEdited`.
 */
export function planSeed(board: Board, options: SeedOptions): SeedPlan {
  const plan: SeedPlan = { changes: [], newRoles: [], newTasks: [], added: [], updated: [], keptEdited: [], skippedSmall: [] };
  // A working copy of the board, so each step sees the ones before it (cell order, new tasks).
  const work: Board = { tasks: [...board.tasks], roles: [...board.roles], placements: [...board.placements] };
  const apply = (changes: Change[]) => {
    for (const c of changes) plan.changes.push(c);
    for (const c of changes) {
      const list = c.table === 'tasks' ? work.tasks : c.table === 'roles' ? work.roles : c.table === 'placements' ? work.placements : null;
      if (!list || !c.after) continue;
      const i = list.findIndex((x) => x.id === c.after?.id);
      if (i >= 0) list[i] = c.after as never;
      else list.push(c.after as never);
    }
  };

  for (const result of options.roles) {
    if (result.respondents < options.threshold && !options.includeSmall) {
      plan.skippedSmall.push(result.name);
      continue;
    }
    let role: Role | undefined = work.roles.find((r) => matchKey(r.name) === matchKey(result.name));
    if (!role) {
      role = createRole(
        options.analysisId,
        { name: result.name, headcount: result.respondents, fullTimeHours: options.defaultFullTimeHours },
        work.roles,
        options.newId(),
        options.now,
      );
      apply([created('roles', role)]);
      plan.newRoles.push({ name: role.name, headcount: role.headcount });
    }
    for (const t of result.tasks) {
      if (t.doing === 0) continue;
      // Not rounded: the board's totals then equal the survey's to the last decimal shown.
      const hours = t.team;
      const figures: SurveyFigures = { team: hours, mean: t.mean, doing: t.doing, respondents: result.respondents };
      // The task the answers name; a result from titles (kept from before ids) by its title.
      let task =
        (t.taskId !== undefined ? work.tasks.find((x) => x.id === t.taskId) : undefined) ?? work.tasks.find((x) => matchKey(x.title) === matchKey(t.task));
      if (!task) {
        const title = t.task.length > TASK_TITLE_MAX ? `${t.task.slice(0, TASK_TITLE_MAX - 1)}…` : t.task;
        task = { id: options.newId(), rev: 1, updatedAt: options.now, analysisId: options.analysisId, title, notes: '', createdAt: options.now } satisfies Task;
        apply([created('tasks', task)]);
        plan.newTasks.push(title);
      }
      const existing = work.placements.find((p) => p.taskId === task.id && p.roleId === role.id);
      if (!existing) {
        const [card, ...renumbered] = placeLast(work, task, role.id, hours, options.newId, options.now);
        if (card?.after) {
          const withFigures: Placement = { ...(card.after as Placement), survey: figures };
          apply([created('placements', withFigures), ...renumbered]);
        }
        plan.added.push({ task: task.title, role: role.name, hours });
      } else if (editedByHand(existing) && !options.overwriteEdited) {
        plan.keptEdited.push({ task: task.title, role: role.name, hours: existing.hours ?? 0, survey: hours });
        // The survey's figures go in the details; the hours typed stay (and stay marked as typed).
        if (!sameFigures(existing.survey, figures)) apply([updated('placements', existing, revise(existing, { survey: figures }, options.now))]);
      } else if (existing.hours !== hours || !sameFigures(existing.survey, figures)) {
        if (existing.hours !== hours) plan.updated.push({ task: task.title, role: role.name, hours, from: existing.hours });
        apply([updated('placements', existing, revise(existing, { hours, survey: figures }, options.now))]);
      }
    }
  }
  return plan;
}
