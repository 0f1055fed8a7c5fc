import { FileDown } from 'lucide-react';
import { useMemo, useState } from 'react';
import { DEFAULT_QUESTIONS } from '../../../shared/survey/answers.ts';
import { byOrder } from '../../../shared/items.ts';
import { surveyTaskList } from '../../../shared/survey/tasks.ts';
import type { PaperRoleForm } from '../../../shared/pdf/paperForms.ts';
import { errorText } from '../../i18n/errorText.ts';
import { useT } from '../../i18n/i18n.ts';
import { useApp, useServices } from '../../store/context.ts';
import { useAnalysis } from '../../store/queries.ts';
import { useLive } from '../../store/useLive.ts';
import type { SurveyModel } from '../useSurvey.ts';
import { EntryGrid } from './EntryGrid.tsx';
import './paper.css';

/**
 * "Pappersenkät": numbered forms per role and the SWOT form to print, and
 * the grid the filled-in forms are typed into.
 */
export function PaperSection({ analysisId, survey }: { analysisId: string; survey: SurveyModel }) {
  const translator = useT();
  const { t } = translator;
  const { repos, platform } = useServices();
  const pushToast = useApp((s) => s.pushToast);
  const analysis = useAnalysis(analysisId);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const roles = useMemo(() => [...(board?.roles ?? [])].sort(byOrder), [board]);
  const tasks = useMemo(() => (board ? surveyTaskList(board) : []), [board]);
  const questions = survey.state?.questions ?? DEFAULT_QUESTIONS;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const formsOf = (roleIds: readonly string[]): PaperRoleForm[] =>
    roles
      .filter((r) => roleIds.includes(r.id))
      .map((r) => ({ role: r.name, headcount: r.headcount, tasks: tasks.filter((x) => x.roleIds.includes(r.id)).map((x) => x.title) }));

  const make = async (what: 'swot' | readonly string[]) => {
    setProgress({ done: 0, total: what === 'swot' ? 1 : 0 });
    try {
      const { exportPaperPdf } = await import('../../pdf/paperPdf.ts');
      const unitLine = [analysis?.unitName, analysis?.organisation].filter((x) => x !== undefined && x !== '').join(', ');
      const name = await exportPaperPdf(
        what === 'swot' ? 'swot' : { forms: formsOf(what) },
        {
          unitName: analysis?.unitName ?? '',
          unitLine,
          questions,
          threshold: survey.settings.privacyThreshold,
          swotPrompts: survey.state?.swotPrompts ?? [],
          facilitator: analysis?.facilitator ?? '',
        },
        { translator, platform, onProgress: (done, total) => setProgress({ done, total }) },
      );
      pushToast({ message: t('paper.done', { name }) });
    } catch (error) {
      pushToast({ message: t('paper.failed', { message: errorText(translator, error) }) });
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <section className="paper" aria-labelledby="paper-title">
      <h3 id="paper-title">{t('paper.title')}</h3>
      <p>{t('paper.intro')}</p>
      {roles.length === 0 ? (
        <p className="muted">{t('paper.noRoles')}</p>
      ) : (
        <div className="paper__buttons">
          {roles.map((r) => (
            <button key={r.id} type="button" className="button button--small" disabled={busy} onClick={() => void make([r.id])}>
              <FileDown aria-hidden size={18} />
              {t('paper.formsFor', { role: r.name })}
            </button>
          ))}
          {roles.length > 1 && (
            <button type="button" className="button button--small" disabled={busy} onClick={() => void make(roles.map((r) => r.id))}>
              <FileDown aria-hidden size={18} />
              {t('paper.formsAll')}
            </button>
          )}
        </div>
      )}
      <div className="paper__buttons">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void make('swot')}>
          <FileDown aria-hidden size={18} />
          {t('paper.swotForm')}
        </button>
      </div>
      <p role="status" className="muted" data-testid="paper-progress">
        {progress && progress.total > 0 ? t('paper.making', { done: String(progress.done), total: String(progress.total) }) : ''}
      </p>
      {roles.length > 0 && <EntryGrid analysisId={analysisId} roles={roles} tasks={tasks} state={survey.state} questions={questions} />}
    </section>
  );
}
