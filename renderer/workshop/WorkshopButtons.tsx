import { Maximize, Redo2, Undo2 } from 'lucide-react';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { Timer } from './Timer.tsx';

/** Ångra and Gör om for the analysis's one history (the same as Ctrl+Z and Ctrl+Shift+Z). */
export function UndoRedoButtons({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const history = useApp((s) => s.histories[analysisId]);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  return (
    <>
      <button type="button" className="button button--small" disabled={!history?.undo.length} onClick={() => void undo(analysisId)} title="Ctrl+Z">
        <Undo2 aria-hidden size={18} />
        {t('board.undo')}
      </button>
      <button type="button" className="button button--small" disabled={!history?.redo.length} onClick={() => void redo(analysisId)} title="Ctrl+Shift+Z">
        <Redo2 aria-hidden size={18} />
        {t('board.redo')}
      </button>
    </>
  );
}

/** The countdown and Presentera / Avsluta presentation (the same as F5 and Esc). */
export function TimerAndPresent({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const presenting = useApp((s) => s.presenting);
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <>
      <Timer analysisId={analysisId} compact={presenting} />
      <button type="button" className="button button--small" onClick={() => setPresenting(!presenting)} title="F5">
        <Maximize aria-hidden size={18} />
        {presenting ? t('board.leavePresentation') : t('board.present')}
      </button>
    </>
  );
}
