import { FileText } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { errorText } from '../i18n/errorText.ts';
import { useApp, useServices } from '../store/context.ts';

/** Makes the final report as a Word file; the Word code is loaded on the first press. */
export function DocxButton({ analysisId }: { analysisId: string }) {
  const translator = useT();
  const { t } = translator;
  const { repos, platform } = useServices();
  const pushToast = useApp((s) => s.pushToast);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      const { exportReportDocx } = await import('./exportDocx.ts');
      const name = await exportReportDocx({ repos, platform, translator, analysisId });
      pushToast({ message: t('docxExport.done', { name }) });
    } catch (error) {
      pushToast({ message: t('docxExport.failed', { message: errorText(translator, error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button button--small" onClick={() => void make()} disabled={busy} aria-busy={busy || undefined}>
      <FileText aria-hidden size={18} />
      {busy ? t('docxExport.making') : t('docxExport.report')}
    </button>
  );
}
