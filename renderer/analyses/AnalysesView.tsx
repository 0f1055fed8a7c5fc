import { Building2, FlaskConical, Plus, Search } from 'lucide-react';
import { routeToHash } from '../store/route.ts';
import { OpenActions } from '../actions/OpenActions.tsx';
import { KeyFigures } from '../newRoles/KeyFigures.tsx';
import { FilesSection } from '../files/FilesSection.tsx';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { PURGE_AFTER_DAYS } from '../../shared/analysis.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import type { AnalysisSummary } from '../db/repositories.ts';
import { changedFields } from '../../shared/records/patch.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { useSummaries } from '../store/queries.ts';
import { AnalysisCard, type CardAction } from './AnalysisCard.tsx';
import { AnalysisFormDialog } from './AnalysisFormDialog.tsx';
import { TrashSection } from './TrashSection.tsx';
import { ReviewsDue } from './ReviewsDue.tsx';

type Open = { kind: 'rename' | 'delete'; summary: AnalysisSummary } | null;

function matches(summary: AnalysisSummary, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('sv');
  if (!q) return true;
  const { unitName, organisation, facilitator } = summary.analysis;
  return [unitName, organisation, facilitator].some((text) => text.toLocaleLowerCase('sv').includes(q));
}

/** Home: the facilitator's analyses, one per unit. */
export function AnalysesView() {
  const { t, plural } = useT();
  const summaries = useSummaries();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const actions = {
    create: useApp((s) => s.createAnalysis),
    update: useApp((s) => s.updateAnalysis),
    duplicate: useApp((s) => s.duplicateAnalysis),
    remove: useApp((s) => s.deleteAnalysis),
    example: useApp((s) => s.createExample),
  };
  const navigate = useApp((s) => s.navigate);
  const pushToast = useApp((s) => s.pushToast);
  const createOpen = useApp((s) => s.newAnalysisOpen);
  const setCreateOpen = useApp((s) => s.setNewAnalysisOpen);

  const visible = useMemo(() => (summaries ?? []).filter((s) => matches(s, query)), [summaries, query]);

  const onAction = (summary: AnalysisSummary, action: CardAction) => {
    if (action === 'duplicate') {
      const name = t('analyses.copyName', { name: summary.analysis.unitName });
      void actions.duplicate(summary.analysis.id, name).then(() => pushToast({ message: t('analyses.duplicated', { name }) }));
    } else {
      setOpen({ kind: action, summary });
    }
  };

  const [makingExample, setMakingExample] = useState(false);
  const explore = async () => {
    setMakingExample(true);
    try {
      // The example's survey is a chunk of its own, loaded only now.
      const { exampleSurveyCsv } = await import('../example/exampleSurvey.ts');
      const id = await actions.example({
        csv: exampleSurveyCsv,
        unitName: t('analyses.example.unitName'),
        organisation: t('analyses.example.organisation'),
        fileName: t('analyses.example.fileName'),
      });
      navigate({ name: 'analysis', id, view: 'overview' });
    } finally {
      setMakingExample(false);
    }
  };
  const exampleButton = (
    <Button className="button" onPress={() => void explore()} isDisabled={makingExample}>
      <FlaskConical aria-hidden size={20} />
      {t('analyses.example.create')}
    </Button>
  );

  const remove = async (summary: AnalysisSummary) => {
    const undo = await actions.remove(summary.analysis.id);
    pushToast({ message: t('analyses.deleted', { name: summary.analysis.unitName }), undo });
  };

  return (
    <div className="page">
      <div className="page__head">
        <div>
          <PageHeading focusKey="analyses">{t('analyses.title')}</PageHeading>
          <p className="muted">{t('analyses.intro')}</p>
        </div>
        <div className="page__actions">
          <a className="button hr-link" data-route-link href={routeToHash({ name: 'hr' })} title={t('hr.homeLinkHint')} data-testid="hr-link">
            <Building2 aria-hidden size={20} />
            {t('hr.homeLink')}
          </a>
          {summaries && summaries.length > 0 && exampleButton}
          <Button className="button button--primary" onPress={() => setCreateOpen(true)}>
            <Plus aria-hidden size={20} />
            {t('analyses.new')}
          </Button>
        </div>
      </div>

      {summaries && summaries.length > 0 && (
        <div className="toolbar">
          <label className="search">
            <Search aria-hidden size={18} />
            <span className="visually-hidden">{t('analyses.search')}</span>
            <input type="search" className="input" value={query} placeholder={t('analyses.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <p className="muted" role="status">
            {plural('analyses.count', visible.length)}
          </p>
        </div>
      )}
      <FilesSection />

      {summaries === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : summaries.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('analyses.empty.title')}</h2>
          <p>{t('analyses.empty.body')}</p>
          <Button className="button button--primary" onPress={() => setCreateOpen(true)}>
            <Plus aria-hidden size={20} />
            {t('analyses.new')}
          </Button>
          <p>{t('analyses.example.body')}</p>
          {exampleButton}
        </section>
      ) : visible.length === 0 ? (
        <p>{t('analyses.noMatch', { query })}</p>
      ) : (
        <ul className="analysis-list">
          {visible.map((summary) => (
            <li key={summary.analysis.id}>
              <AnalysisCard summary={summary} onAction={(action) => onAction(summary, action)} />
            </li>
          ))}
        </ul>
      )}

      <OpenActions />
      <ReviewsDue />
      <KeyFigures />

      <TrashSection />

      <AnalysisFormDialog
        mode="create"
        isOpen={createOpen}
        onClose={() => setCreateOpen(false)}
        onSubmit={async (fields) => {
          const id = await actions.create(fields);
          navigate({ name: 'analysis', id, view: 'overview' });
        }}
      />
      {open?.kind === 'rename' && (
        <AnalysisFormDialog
          mode="rename"
          initial={open.summary.analysis}
          isOpen
          onClose={() => setOpen(null)}
          onSubmit={(fields) => {
            const { unitName, organisation, facilitator, administration = '' } = open.summary.analysis;
            const trimmed = {
              unitName: fields.unitName.trim(),
              organisation: fields.organisation.trim(),
              facilitator: fields.facilitator.trim(),
              administration: (fields.administration ?? '').trim(),
            };
            return actions.update(open.summary.analysis.id, changedFields({ unitName, organisation, facilitator, administration }, trimmed));
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          isOpen
          title={t('deleteAnalysis.title')}
          body={t('deleteAnalysis.body', { name: open.summary.analysis.unitName, days: PURGE_AFTER_DAYS })}
          confirmLabel={t('deleteAnalysis.confirm')}
          onConfirm={() => void remove(open.summary)}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
