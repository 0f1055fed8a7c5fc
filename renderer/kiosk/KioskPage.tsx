import { useCallback, useMemo, useState } from 'react';
import { Maximize } from 'lucide-react';
import type { KioskLock } from '../../shared/kiosk/lock.ts';
import { byOrder } from '../../shared/items.ts';
import { DEFAULT_QUESTIONS } from '../../shared/survey/answers.ts';
import { surveyTaskList, tasksForRole } from '../../shared/survey/tasks.ts';
import { useT } from '../i18n/i18n.ts';
import { askFullscreen } from './fullscreen.ts';
import { useServices } from '../store/context.ts';
import { useAnalysis } from '../store/queries.ts';
import { routeToHash } from '../store/route.ts';
import { useLive } from '../store/useLive.ts';
import { ExitKiosk } from './ExitKiosk.tsx';
import { KioskFlow } from './KioskFlow.tsx';
import type { KioskRole } from './kioskRole.ts';
import { useKioskGuards } from './useKioskGuards.ts';
import '../styles/kiosk.css';

/** The kiosk: the survey answered one person after another, and nothing else of the app. */
export function KioskPage({ lock }: { lock: KioskLock }) {
  const { t } = useT();
  const { repos } = useServices();
  const analysisId = lock.analysisId;
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const survey = useLive(() => repos.survey.live(analysisId), [repos, analysisId]);
  const unit = useAnalysis(analysisId)?.unitName ?? '';
  useKioskGuards(routeToHash({ name: 'analysis', id: analysisId, view: 'survey' }));
  // Each answer is a new flow: nothing of the one before stays in memory or on screen.
  const [answer, setAnswer] = useState(0);
  const [thanks, setThanks] = useState(false);
  const done = useCallback(() => {
    setThanks(true);
    setAnswer((n) => n + 1);
  }, []);
  const cleared = useCallback(() => {
    setThanks(false);
    setAnswer((n) => n + 1);
  }, []);

  const roles = useMemo((): KioskRole[] | undefined => {
    if (!board) return undefined;
    const list = surveyTaskList(board);
    return [...board.roles]
      .sort(byOrder)
      .map((r) => ({
        name: r.name,
        fullTimeHours: r.fullTimeHours,
        tasks: tasksForRole(list, r).map((task) => ({ taskId: task.taskId, title: task.title })),
      }))
      .filter((r) => r.tasks.length > 0);
  }, [board]);

  return (
    <div className="kiosk">
      <header className="kiosk__bar">
        <p className="kiosk__unit">{unit ? t('kiosk.unit', { unit }) : t('kiosk.region')}</p>
        <div className="kiosk__corner">
          {document.fullscreenEnabled && (
            <button type="button" className="button kiosk__small" onClick={askFullscreen}>
              <Maximize aria-hidden size={18} />
              {t('kiosk.fullscreen')}
            </button>
          )}
          <ExitKiosk analysisId={analysisId} />
        </div>
      </header>
      <main className="kiosk__main" aria-label={t('kiosk.region')}>
        {roles && survey ? (
          <KioskFlow
            key={answer}
            analysisId={analysisId}
            roles={roles}
            questions={survey.state?.questions ?? DEFAULT_QUESTIONS}
            thanks={thanks}
            onDone={done}
            onCleared={cleared}
          />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </main>
    </div>
  );
}
