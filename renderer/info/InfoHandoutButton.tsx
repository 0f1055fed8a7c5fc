import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { errorText } from '../i18n/errorText.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';

/** Makes the one-page handout for the staff room; the PDF code and fonts load on the first press. */
export function InfoHandoutButton({ analysisId }: { analysisId: string }) {
  const translator = useT();
  const { t } = translator;
  const { repos, platform } = useServices();
  const pushToast = useApp((s) => s.pushToast);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      const { exportInfoHandout } = await import('../pdf/infoHandoutPdf.ts');
      const name = await exportInfoHandout({ repos, platform, translator, analysisId });
      pushToast({ message: t('pdfExport.done', { name }) });
    } catch (error) {
      pushToast({ message: t('pdfExport.failed', { message: errorText(translator, error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void make()} disabled={busy} aria-busy={busy || undefined}>
      <FileDown aria-hidden size={18} />
      {busy ? t('pdfExport.making') : t('info.handout')}
    </button>
  );
}
