import { useState } from 'react';
import { errorText } from '../i18n/errorText.ts';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/sv.ts';
import type { PdfContext } from '../pdf/reportData.ts';
import { useApp, useServices } from '../store/context.ts';

/**
 * A button's export (a PDF, the Word report): busy while it runs, and a toast
 * that names the saved file or says why it failed. `make` loads its code on
 * the first press and resolves to the file's name.
 */
export function useExport(analysisId: string, make: (context: PdfContext) => Promise<string>, words: { done: MessageKey; failed: MessageKey }) {
  const translator = useT();
  const { repos, platform } = useServices();
  const pushToast = useApp((s) => s.pushToast);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const name = await make({ repos, platform, translator, analysisId });
      pushToast({ message: translator.t(words.done, { name }) });
    } catch (error) {
      pushToast({ message: translator.t(words.failed, { message: errorText(translator, error) }) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
