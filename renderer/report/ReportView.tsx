import type { ReportTextField } from '../../shared/reportEdits.ts';
import { useT } from '../i18n/i18n.ts';
import { PdfButton } from '../pdf/PdfButton.tsx';
import { useApp } from '../store/context.ts';
import { Attendance } from './Attendance.tsx';
import { CoreMissions } from './CoreMissions.tsx';
import { DecisionTrail } from './DecisionTrail.tsx';
import { MarkdownEditor } from './MarkdownEditor.tsx';
import { useReport } from './useReport.ts';
import '../styles/report.css';

const TEXT_FIELDS: ReportTextField[] = ['summary', 'conclusions', 'recommendations'];

/** The final report's own content: the decision trail, attendance, the facilitator's texts and the core missions. */
export function ReportView({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const report = useReport(analysisId);
  const setReportText = useApp((s) => s.setReportText);
  if (!report) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="report-view">
      <p>{t('report.intro')}</p>
      <section className="panel" aria-labelledby="report-pdf-title">
        <h2 id="report-pdf-title">{t('report.pdf.title')}</h2>
        <p className="muted">{t('report.pdf.body')}</p>
        <div className="files">
          <PdfButton analysisId={analysisId} kind="report" label={t('pdfExport.report')} />
          <PdfButton analysisId={analysisId} kind="handout" label={t('pdfExport.handout')} />
        </div>
      </section>
      <section className="panel report-section" aria-labelledby="report-texts-title">
        <h2 id="report-texts-title">{t('report.texts.title')}</h2>
        <p className="muted">{t('report.texts.intro')}</p>
        {TEXT_FIELDS.map((field) => {
          const label = t(`report.field.${field}`);
          return (
            <MarkdownEditor
              key={field}
              label={label}
              hint={t(`report.hint.${field}`)}
              maxLength={50_000}
              stored={report.texts?.[field] ?? ''}
              save={(text) => setReportText(analysisId, field, text, t('report.history.text', { field: label.toLocaleLowerCase() }))}
            />
          );
        })}
      </section>
      <CoreMissions
        analysisId={analysisId}
        roles={report.roles}
        written={report.texts?.coreMissions ?? {}}
        missions={report.missions}
        threshold={report.threshold}
      />
      <DecisionTrail analysisId={analysisId} anchoring={report.anchoring} />
      <Attendance analysisId={analysisId} anchoring={report.anchoring} roles={report.roles} />
    </div>
  );
}
