import { useEffect } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';

function isEditable(element: Element | null): boolean {
  return element instanceof HTMLElement && (element.isContentEditable || element.matches('input, textarea, select'));
}

/**
 * Keys that work anywhere in an analysis: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo
 * and redo the analysis's history (inside a text field they stay the field's
 * own), F5 starts presentation mode and Esc leaves it.
 */
export function useAnalysisShortcuts(analysisId: string) {
  const { store, platform } = useServices();
  const { t } = useT();
  useEffect(() => {
    const say = (label: string | null, key: 'board.undone' | 'board.redone') => {
      if (label) store.getState().pushToast({ message: t(key, { label }) });
    };
    const onKey = (event: KeyboardEvent) => {
      const state = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !isEditable(document.activeElement) && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) void state.redo(analysisId).then((l) => say(l, 'board.redone'));
        else void state.undo(analysisId).then((l) => say(l, 'board.undone'));
      } else if (event.key === 'F5') {
        event.preventDefault();
        state.setPresenting(!state.presenting);
      } else if (
        event.key === 'Escape' &&
        state.presenting &&
        !state.gestureActive &&
        !document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]')
      ) {
        state.setPresenting(false);
      }
    };
    // The application menu's Ångra/Gör om act on the analysis too when no text field has the focus.
    const offMenu = platform.onMenuCommand((command) => {
      if ((command === 'undo' || command === 'redo') && !isEditable(document.activeElement)) {
        const state = store.getState();
        const step = command === 'undo' ? state.undo(analysisId) : state.redo(analysisId);
        void step.then((l) => say(l, command === 'undo' ? 'board.undone' : 'board.redone'));
      }
    });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
      store.getState().setPresenting(false);
    };
  }, [analysisId, platform, store, t]);
}
