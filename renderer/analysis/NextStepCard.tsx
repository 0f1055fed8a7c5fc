import { ArrowRight, Compass } from 'lucide-react';
import { Button } from 'react-aria-components';
import { nextStep } from '../../shared/nextStep.ts';
import type { StepKey, StepStatus } from '../../shared/model.ts';
import type { WorkFacts } from '../../shared/stepStatus.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** "Nästa steg": what to do now in the analysis, in plain words, and a button that opens where it is done. */
export function NextStepCard({ analysisId, facts, statuses }: { analysisId: string; facts: WorkFacts; statuses: Record<StepKey, StepStatus> }) {
  const { t, plural } = useT();
  const navigate = useApp((s) => s.navigate);
  const next = nextStep(facts, statuses);
  const text = next.key === 'finishSorting' ? plural('nextStep.finishSorting', next.count) : t(`nextStep.${next.key}`);
  const open = () => {
    if (next.view === 'overview') {
      // Step 6 is on this page: bring its card into view and give it the focus.
      const card = document.getElementById(`step-${next.step ?? 'report'}`);
      card?.scrollIntoView({ block: 'start' });
      card?.focus({ preventScroll: true });
    } else if (next.view) navigate({ name: 'analysis', id: analysisId, view: next.view });
  };
  return (
    <section className="panel next-step" aria-labelledby="next-step-title" data-next={next.key}>
      <Compass aria-hidden size={28} className="next-step__icon" />
      <div className="next-step__body">
        <h2 id="next-step-title">{t('nextStep.title')}</h2>
        <p>{text}</p>
        {next.key !== 'allDone' && (
          <Button className="button button--primary" onPress={open}>
            {t(`nextStep.${next.key}.action`)}
            <ArrowRight aria-hidden size={20} />
          </Button>
        )}
      </div>
    </section>
  );
}
