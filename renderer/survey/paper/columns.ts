import type { SurveyQuestions } from '../../../shared/survey/answers.ts';
import type { Translator } from '../../i18n/i18n.ts';

/** A typed column of the entry grid, in the grid's order. */
export type GridColumn = { kind: 'form' } | { kind: 'task'; taskId: string; title: string } | { kind: 'contract' } | { kind: 'mission' } | { kind: 'comment' };

/** The form number, one column per task of the role, then what else the survey asks. */
export function gridColumns(tasks: readonly { taskId: string; title: string }[], questions: SurveyQuestions): GridColumn[] {
  return [
    { kind: 'form' },
    ...tasks.map((t): GridColumn => ({ kind: 'task', taskId: t.taskId, title: t.title })),
    ...(questions.contract ? [{ kind: 'contract' } as const] : []),
    ...(questions.mission ? [{ kind: 'mission' } as const] : []),
    ...(questions.comments ? [{ kind: 'comment' } as const] : []),
  ];
}

/** The title of a column, as its header and its boxes' names say it. */
export function columnTitle(tr: Translator, c: GridColumn): string {
  switch (c.kind) {
    case 'form':
      return tr.t('paper.grid.form');
    case 'task':
      return c.title;
    case 'contract':
      return tr.t('paper.grid.contract');
    case 'mission':
      return tr.t('paper.grid.mission');
    case 'comment':
      return tr.t('paper.grid.comment');
  }
}
