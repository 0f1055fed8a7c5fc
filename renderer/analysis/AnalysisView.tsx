import { ArrowLeft } from 'lucide-react';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/i18n.ts';
import { useAnalysis, useSteps } from '../store/queries.ts';
import { routeToHash, type AnalysisView as View } from '../store/route.ts';
import { lazy, Suspense, useLayoutEffect } from 'react';
import { useApp } from '../store/context.ts';
import { useAnalysisShortcuts } from './useAnalysisShortcuts.ts';
import { AgendaDrawer } from './AgendaDrawer.tsx';
import { RoomDrawer } from '../room/RoomDrawer.tsx';
import { useRoomClosesWithAnalysis } from '../room/roomContext.ts';
import { AnalysisRail } from './AnalysisRail.tsx';
import { ProjectorControls } from '../presenter/ProjectorControls.tsx';
import { useProjection } from '../presenter/useProjection.ts';
import { PRESENTER_VIEWS, type PresenterView } from '../../shared/presenter.ts';
// The board is in the start-up bundle (see App.tsx); the other views load when shown.
import { BoardView } from '../board/BoardView.tsx';

// Presentation mode is entered from the open view (F5, Presentera): its code loads then.
const PresentedBoard = lazy(() => import('../presenter/PresentedBoard.tsx').then((m) => ({ default: m.PresentedBoard })));
const PresentedRoom = lazy(() => import('../presenter/PresentedRoom.tsx').then((m) => ({ default: m.PresentedRoom })));
const OverviewView = lazy(() => import('./OverviewView.tsx').then((m) => ({ default: m.OverviewView })));
const RolesView = lazy(() => import('../roles/RolesView.tsx').then((m) => ({ default: m.RolesView })));
const SurveyView = lazy(() => import('../survey/SurveyView.tsx').then((m) => ({ default: m.SurveyView })));
const SwotView = lazy(() => import('../swot/SwotView.tsx').then((m) => ({ default: m.SwotView })));
const ActionsView = lazy(() => import('../actions/ActionsView.tsx').then((m) => ({ default: m.ActionsView })));
const NewRolesView = lazy(() => import('../newRoles/NewRolesView.tsx').then((m) => ({ default: m.NewRolesView })));
const InfoView = lazy(() => import('../info/InfoView.tsx').then((m) => ({ default: m.InfoView })));
const ReportView = lazy(() => import('../report/ReportView.tsx').then((m) => ({ default: m.ReportView })));
const FollowUpView = lazy(() => import('../followUp/FollowUpView.tsx').then((m) => ({ default: m.FollowUpView })));
const FollowUpExports = lazy(() => import('../followUp/FollowUpExports.tsx').then((m) => ({ default: m.FollowUpExports })));
const HistoryView = lazy(() => import('../files/HistoryView.tsx').then((m) => ({ default: m.HistoryView })));

/** A view the room sees as a room view in presentation mode (survey results, SWOT, new roles, the follow-up …): every projected view but the board. */
const isRoomView = (view: View): view is View & Exclude<PresenterView, 'board'> => view !== 'board' && (PRESENTER_VIEWS as readonly string[]).includes(view);

const VIEW_TITLES = {
  overview: 'analysis.overview',
  info: 'analysis.info',
  roles: 'analysis.roles',
  survey: 'analysis.survey',
  board: 'analysis.board',
  swot: 'analysis.swot',
  actions: 'analysis.actions',
  newRoles: 'analysis.newRoles',
  report: 'analysis.report',
  followUp: 'analysis.followUp',
  history: 'analysis.history',
} as const;

/** One analysis: the rail with its steps and views on the left, the chosen view on the right. */
export function AnalysisView({ id, view }: { id: string; view: View }) {
  const { t } = useT();
  const analysis = useAnalysis(id);
  const steps = useSteps(id);
  const presenting = useApp((s) => s.presenting);
  useAnalysisShortcuts(id);
  useRoomClosesWithAnalysis(id);
  const projection = useProjection(id, view);
  // A room view sent from the room panel or the board's poll (how to join, a poll's spread) is what the room sees in presentation mode too.
  const shown = projection.state.view;
  const presentedRoom = shown === 'roomJoin' || shown === 'poll' ? shown : isRoomView(view) ? view : null;
  // The agenda belongs to the workshop views and the follow-up, not to the overview, the roles or the history.
  const hasAgenda = view !== 'overview' && view !== 'history' && view !== 'roles' && view !== 'info' && view !== 'report';
  // Presentation styles (no chrome, sizes that scale with the window) apply to every view of the analysis.
  useLayoutEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', presenting);
    return () => document.documentElement.removeAttribute('data-presenting');
  }, [presenting]);
  if (analysis === null || analysis?.deletedAt) {
    return (
      <div className="page">
        <p role="alert">{t('common.notFound')}</p>
        <a data-route-link href={routeToHash({ name: 'analyses' })}>
          {t('common.backToAnalyses')}
        </a>
      </div>
    );
  }
  return (
    <div className={`analysis-layout${presenting ? ' analysis-layout--presenting' : ''}`}>
      {!presenting && <AnalysisRail analysisId={id} view={view} steps={steps ?? []} />}
      <div className="analysis-layout__content page">
        {!presenting && (
          <a className="back-link" data-route-link href={routeToHash({ name: 'analyses' })}>
            <ArrowLeft aria-hidden size={18} />
            {t('common.backToAnalyses')}
          </a>
        )}
        {/* The view starts loading its own data while the heading waits for the analysis. */}
        <PageHeading focusKey={`${id}/${view}`}>
          {analysis?.unitName ?? '\u00a0'}
          <span className="page__subtitle"> – {t(VIEW_TITLES[view])}</span>
        </PageHeading>
        {analysis?.organisation && !presenting && <p className="muted page__organisation">{analysis.organisation}</p>}
        {!presenting && view !== 'board' && (
          <div className="view-tools">
            <ProjectorControls analysisId={id} projection={projection} />
            {hasAgenda && <AgendaDrawer analysisId={id} view={view} />}
            <RoomDrawer analysisId={id} />
          </div>
        )}
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          {presenting && presentedRoom ? (
            <PresentedRoom analysisId={id} view={presentedRoom} projection={projection} />
          ) : view === 'info' ? (
            <InfoView analysisId={id} projection={projection} />
          ) : view === 'roles' ? (
            <RolesView analysisId={id} />
          ) : view === 'swot' ? (
            <SwotView analysisId={id} />
          ) : view === 'actions' ? (
            <ActionsView analysisId={id} />
          ) : view === 'survey' ? (
            <SurveyView analysisId={id} />
          ) : view === 'newRoles' ? (
            <NewRolesView analysisId={id} />
          ) : view === 'report' ? (
            <ReportView analysisId={id} />
          ) : view === 'followUp' ? (
            <>
              <FollowUpView analysisId={id} />
              <FollowUpExports analysisId={id} />
            </>
          ) : view === 'history' ? (
            <HistoryView analysisId={id} />
          ) : view === 'board' ? (
            presenting ? (
              <PresentedBoard analysisId={id} projection={projection} />
            ) : (
              // On the board the projector and the agenda join the board's one toolbar.
              <BoardView
                analysisId={id}
                agenda={
                  <>
                    <AgendaDrawer analysisId={id} view={view} />
                    <RoomDrawer analysisId={id} />
                  </>
                }
                projector={<ProjectorControls analysisId={id} projection={projection} />}
              />
            )
          ) : analysis && steps ? (
            <OverviewView analysis={analysis} steps={steps} />
          ) : null}
        </Suspense>
      </div>
    </div>
  );
}
