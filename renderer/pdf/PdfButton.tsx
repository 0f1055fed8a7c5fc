import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Dialog } from '../components/Dialog.tsx';
import { useExport } from '../components/useExport.ts';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import type { PdfKind } from './exportPdf.ts';

/**
 * A button that makes one of the PDFs; the PDF code and fonts are loaded on the first press. Before
 * the handout or the report is made from a board with cards still in Osorterat, it says so and
 * offers the board, since those cards would go into the PDF unsorted.
 */
export function PdfButton({ analysisId, kind, label, small = true }: { analysisId: string; kind: PdfKind; label: string; small?: boolean }) {
  const { t, plural } = useT();
  const { repos } = useServices();
  const navigate = useApp((s) => s.navigate);
  const [asking, setAsking] = useState(false);
  const [unsorted, setUnsorted] = useState(0);
  const takeBoardSnapshot = useApp((s) => s.takeBoardSnapshot);
  // Making the report freezes the board as "then" for the follow-up, once per press.
  const { busy, run: make } = useExport(
    analysisId,
    async (context) => {
      if (kind === 'report') await takeBoardSnapshot(analysisId, t('followUp.snapshot.history'));
      return (await import('./exportPdf.ts')).exportPdf(kind, context);
    },
    {
      done: 'pdfExport.done',
      failed: 'pdfExport.failed',
    },
  );
  // Read on the press, not followed live: the overview stays as light as before while the room delivers.
  const press = async () => {
    if (kind === 'handout' || kind === 'report') {
      const facts = await repos.analyses.work(analysisId);
      if (facts.unsorted > 0) {
        setUnsorted(facts.unsorted);
        setAsking(true);
        return;
      }
    }
    await make();
  };
  return (
    <>
      <button type="button" className={`button${small ? ' button--small' : ''}`} onClick={() => void press()} disabled={busy} aria-busy={busy || undefined}>
        <FileDown aria-hidden size={18} />
        {busy ? t('pdfExport.making') : label}
      </button>
      <Dialog title={t('pdfExport.unsortedTitle')} isOpen={asking} onClose={() => setAsking(false)} role="alertdialog">
        <p>{plural('pdfExport.unsorted', unsorted)}</p>
        <div className="dialog__actions">
          <Button
            className="button"
            autoFocus
            onPress={() => {
              setAsking(false);
              navigate({ name: 'analysis', id: analysisId, view: 'board' });
            }}
          >
            {t('pdfExport.unsortedSort')}
          </Button>
          <Button
            className="button button--primary"
            onPress={() => {
              setAsking(false);
              void make();
            }}
          >
            {t('pdfExport.unsortedGoOn')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
