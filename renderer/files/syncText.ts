import type { SyncProblem } from '../../shared/syncFolder.ts';
import type { Translator } from '../i18n/i18n.ts';

/** A sync-folder problem in words, with what it means for the user's data. */
export function syncProblemText({ t }: Translator, problem: { problem: SyncProblem; detail: string }): string {
  const text = problem.problem === 'other' ? t('sync.problem.other', { detail: problem.detail }) : t(`sync.problem.${problem.problem}`);
  return `${text} ${t('sync.problemSafe')}`;
}
