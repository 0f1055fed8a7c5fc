import { FileText } from 'lucide-react';
import { useExport } from '../components/useExport.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** Makes the final report as a Word file; the Word code is loaded on the first press. */
export function DocxButton({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const takeBoardSnapshot = useApp((s) => s.takeBoardSnapshot);
  // Making the report freezes the board as "then" for the follow-up, once per press.
  const { busy, run } = useExport(
    analysisId,
    async (context) => {
      await takeBoardSnapshot(analysisId, t('followUp.snapshot.history'));
      return (await import('./exportDocx.ts')).exportReportDocx(context);
    },
    {
      done: 'docxExport.done',
      failed: 'docxExport.failed',
    },
  );
  return (
    <button type="button" className="button button--small" onClick={() => void run()} disabled={busy} aria-busy={busy || undefined}>
      <FileText aria-hidden size={18} />
      {busy ? t('docxExport.making') : t('docxExport.report')}
    </button>
  );
}
