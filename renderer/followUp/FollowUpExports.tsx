import { FileDown, FileText } from 'lucide-react';
import { useExport } from '../components/useExport.ts';
import { useT } from '../i18n/i18n.ts';

const load = () => import('./exportFollowUp.ts');

/**
 * The follow-up document for the unit, as a PDF and as a Word file: the comparison, the action
 * review and the meeting's notes. Each format's code is loaded on its first press.
 */
export function FollowUpExports({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const words = { done: 'followUpExport.done', failed: 'followUpExport.failed' } as const;
  const pdf = useExport(analysisId, async (context) => (await load()).exportFollowUpPdf(context), words);
  const docx = useExport(analysisId, async (context) => (await load()).exportFollowUpDocx(context), words);
  return (
    <section className="panel" aria-labelledby="follow-up-exports-title" data-testid="follow-up-exports">
      <h3 id="follow-up-exports-title">{t('followUpExport.title')}</h3>
      <p className="muted">{t('followUpExport.body')}</p>
      <div className="files">
        <button type="button" className="button" onClick={() => void pdf.run()} disabled={pdf.busy} aria-busy={pdf.busy || undefined}>
          <FileDown aria-hidden size={18} />
          {pdf.busy ? t('followUpExport.making') : t('followUpExport.pdf')}
        </button>
        <button type="button" className="button" onClick={() => void docx.run()} disabled={docx.busy} aria-busy={docx.busy || undefined}>
          <FileText aria-hidden size={18} />
          {docx.busy ? t('followUpExport.making') : t('followUpExport.docx')}
        </button>
      </div>
    </section>
  );
}
