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
    <div className="files" role="group" aria-label={t('followUpExport.title')} data-testid="follow-up-exports">
      <button type="button" className="button button--small" onClick={() => void pdf.run()} disabled={pdf.busy} aria-busy={pdf.busy || undefined}>
        <FileDown aria-hidden size={18} />
        {pdf.busy ? t('followUpExport.making') : t('followUpExport.pdf')}
      </button>
      <button type="button" className="button button--small" onClick={() => void docx.run()} disabled={docx.busy} aria-busy={docx.busy || undefined}>
        <FileText aria-hidden size={18} />
        {docx.busy ? t('followUpExport.making') : t('followUpExport.docx')}
      </button>
    </div>
  );
}
