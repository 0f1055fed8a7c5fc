import { FileDown } from 'lucide-react';
import { useExport } from '../components/useExport.ts';
import { useT } from '../i18n/i18n.ts';

/** Makes the one-page handout for the staff room; the PDF code and fonts load on the first press. */
export function InfoHandoutButton({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const { busy, run } = useExport(analysisId, async (context) => (await import('../pdf/infoHandoutPdf.ts')).exportInfoHandout(context), {
    done: 'pdfExport.done',
    failed: 'pdfExport.failed',
  });
  return (
    <button type="button" className="button" onClick={() => void run()} disabled={busy} aria-busy={busy || undefined}>
      <FileDown aria-hidden size={18} />
      {busy ? t('pdfExport.making') : t('info.handout')}
    </button>
  );
}
