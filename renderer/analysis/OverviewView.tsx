import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FilesSection } from '../files/FilesSection.tsx';
import { EraseDialog } from '../files/EraseDialog.tsx';
import { PdfButton } from '../pdf/PdfButton.tsx';
import { DocxButton } from '../docx/DocxButton.tsx';
import type { Analysis, Step } from '../../shared/model.ts';
import { STEP_KEYS } from '../../shared/model.ts';
import { followUpDate, isExample } from '../../shared/analysis.ts';
import { NO_WORK, statusesShown, stepState } from '../../shared/stepStatus.ts';
import { ExampleBadge } from '../analyses/ExampleBadge.tsx';
import { useWork } from '../store/queries.ts';
import { NextStepCard } from './NextStepCard.tsx';
import { LogoSection } from './LogoSection.tsx';
import { LIMITS } from '../../shared/limits.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { StepCard } from '../steps/StepCard.tsx';

/** What to do next, the unit's details and the six-step tracker. */
export function OverviewView({ analysis, steps }: { analysis: Analysis; steps: readonly Step[] }) {
  const { t, date } = useT();
  const update = useApp((s) => s.updateAnalysis);
  const followUp = followUpDate(steps);
  const [erasing, setErasing] = useState(false);
  const work = useWork(analysis.id);
  const facts = work ?? NO_WORK;
  const sorted = STEP_KEYS.map((key) => steps.find((s) => s.key === key)).filter((s): s is Step => s !== undefined);
  return (
    <>
      {isExample(analysis) && (
        <p className="example-note">
          <ExampleBadge /> {t('analyses.example.note')}
        </p>
      )}
      {/* Said only once the work is read, so it never names a step already done. */}
      {work && <NextStepCard analysisId={analysis.id} facts={work} statuses={statusesShown(steps, work)} />}
      <p className="follow-up">{followUp ? t('step.followUp', { date: date(followUp) }) : t('step.followUpMissing')}</p>
      <FilesSection single={{ unitName: analysis.unitName, id: analysis.id }} />
      <section className="panel" aria-labelledby="pdf-title">
        <h2 id="pdf-title">{t('pdfExport.heading')}</h2>
        <p className="muted">{t('pdfExport.body')}</p>
        <div className="files">
          <PdfButton analysisId={analysis.id} kind="handout" label={t('pdfExport.handout')} />
          <PdfButton analysisId={analysis.id} kind="report" label={t('pdfExport.report')} />
          <DocxButton analysisId={analysis.id} />
        </div>
      </section>
      <section className="panel" aria-labelledby="details-title">
        <h2 id="details-title">{t('analysis.details')}</h2>
        <div className="details-grid">
          <AutosaveField
            label={t('analysisForm.unitName')}
            stored={analysis.unitName}
            maxLength={LIMITS.unitName}
            validate={(text) => (text.trim() === '' ? t('analysisForm.unitNameRequired') : null)}
            save={(text) => update(analysis.id, { unitName: text.trim() })}
          />
          <AutosaveField
            label={t('analysisForm.organisation')}
            stored={analysis.organisation}
            maxLength={LIMITS.organisation}
            save={(text) => update(analysis.id, { organisation: text.trim() })}
          />
          <AutosaveField
            label={t('analysisForm.facilitator')}
            stored={analysis.facilitator}
            maxLength={LIMITS.facilitator}
            save={(text) => update(analysis.id, { facilitator: text.trim() })}
          />
        </div>
      </section>
      <LogoSection analysisId={analysis.id} />
      <ol className="step-list">
        {sorted.map((step) => (
          <li key={step.id}>
            <StepCard step={step} state={stepState(step, facts)} />
          </li>
        ))}
      </ol>
      <section className="panel danger-zone" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('erase.section')}</h2>
        <p className="muted">{t('erase.sectionBody')}</p>
        <Button className="button button--danger" onPress={() => setErasing(true)}>
          {t('erase.buttonLabel', { unit: analysis.unitName })}
        </Button>
      </section>
      {erasing && <EraseDialog analysis={analysis} onClose={() => setErasing(false)} />}
    </>
  );
}
