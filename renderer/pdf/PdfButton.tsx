import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { errorText } from '../i18n/errorText.ts';
import { useApp, useServices } from '../store/context.ts';
import type { PdfKind } from './exportPdf.ts';

/** A button that makes one of the PDFs; the PDF code and fonts are loaded on the first press. */
export function PdfButton({ analysisId, kind, label, small = true }: { analysisId: string; kind: PdfKind; label: string; small?: boolean }) {
  const translator = useT();
  const { t } = translator;
  const { repos, platform } = useServices();
  const pushToast = useApp((s) => s.pushToast);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      const { exportPdf } = await import('./exportPdf.ts');
      const name = await exportPdf(kind, { repos, platform, translator, analysisId });
      pushToast({ message: t('pdfExport.done', { name }) });
    } catch (error) {
      pushToast({ message: t('pdfExport.failed', { message: errorText(translator, error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className={`button${small ? ' button--small' : ''}`} onClick={() => void make()} disabled={busy} aria-busy={busy || undefined}>
      <FileDown aria-hidden size={18} />
      {busy ? t('pdfExport.making') : label}
    </button>
  );
}
