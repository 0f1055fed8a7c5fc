import { Download, Upload } from 'lucide-react';
import { HiddenFileInput } from '../components/HiddenFileInput.tsx';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { AkrFile } from '../../shared/exchange/format.ts';
import { serialize } from '../../shared/exchange/format.ts';
import { ANALYSIS_FILE_EXTENSION, analysisFileName } from '../../shared/exchange/fileName.ts';
import { checkSize, restoreFile, type RestoreError, type RestoreResult } from '../../shared/exchange/restore.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { appVersion } from '../platform/platform.ts';
import { useApp, useServices } from '../store/context.ts';
import { LOCAL_FLAGS, setLocalFlag } from '../shell/localFlags.ts';
import { megabytes } from '../survey/fileProblems.ts';
import { ImportPreview } from './ImportPreview.tsx';

export function errorText(translator: Translator, error: RestoreError): string {
  const { t } = translator;
  switch (error.code) {
    case 'tooLarge':
      return t('files.error.tooLarge', { size: megabytes(translator, error.size), limit: megabytes(translator, error.limit) });
    case 'truncated':
      return t('files.error.truncated');
    case 'unreadable':
      return t('files.error.unreadable');
    case 'notJson':
      return t('files.error.notJson');
    case 'notOurs':
      return t('files.error.notOurs');
    case 'newerVersion':
      return t('files.error.newerVersion');
    case 'tooDeep':
      return t('files.error.tooDeep', { limit: error.limit, path: error.path });
    case 'forbiddenKey':
    case 'invalid':
      return t('files.error.invalid', { path: error.path });
    case 'duplicateId':
      return t('files.error.duplicateId', { path: error.path });
    case 'brokenLink':
      return t('files.error.brokenLink', { path: error.path });
  }
}

/**
 * Save analyses to a file, and bring a file's analyses in (with a preview
 * first). With `single`, only that analysis is saved (and nothing imported).
 */
export function FilesSection({ single }: { single?: { unitName: string; id: string } }) {
  const translator = useT();
  const { t } = translator;
  const { platform } = useServices();
  const exportFile = useApp((s) => s.exportFile);
  const input = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [withAnswers, setWithAnswers] = useState(false);
  const [incoming, setIncoming] = useState<{ name: string; file: AkrFile | null; error: RestoreError | null } | null>(null);

  const save = async () => {
    const file = await exportFile(single ? [single.id] : undefined, { appVersion: appVersion(), includePersonal: withAnswers });
    const name = single ? analysisFileName(single.unitName, single.id) : `akr-studio-${new Date().toISOString().slice(0, 10)}${ANALYSIS_FILE_EXTENSION}`;
    await platform.saveFile(name, new Blob([serialize(file)], { type: 'application/json' }));
    // A copy of every analysis now exists outside the browser: the storage reminder may be put away.
    if (!single) setLocalFlag(LOCAL_FLAGS.fileCopySaved, true);
    setExporting(false);
  };

  const open = async (chosen: File) => {
    const tooLarge = checkSize(chosen.size);
    if (tooLarge) {
      setIncoming({ name: chosen.name, file: null, error: tooLarge });
      return;
    }
    let result: RestoreResult;
    try {
      result = restoreFile(await chosen.text());
    } catch (error) {
      // The file went away or could not be read (or a check failed in a way it should not): say so, never fail silently.
      result = { ok: false, error: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
    }
    setIncoming(result.ok ? { name: chosen.name, file: result.file, error: null } : { name: chosen.name, file: null, error: result.error });
  };

  return (
    <div className="files">
      <Button className="button button--small" onPress={() => setExporting(true)}>
        <Download aria-hidden size={18} />
        {single ? t('files.exportOne') : t('files.exportAll')}
      </Button>
      {!single && (
        <>
          <Button className="button button--small" onPress={() => input.current?.click()}>
            <Upload aria-hidden size={18} />
            {t('files.import')}
          </Button>
          <HiddenFileInput inputRef={input} accept=".akr,.json,application/json" testId="analysis-file" onFile={(file) => void open(file)} />
        </>
      )}
      {exporting && (
        <Dialog title={single ? t('files.exportOne') : t('files.exportAll')} isOpen onClose={() => setExporting(false)}>
          <p>{t('files.exportBody')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={withAnswers} onChange={(e) => setWithAnswers(e.target.checked)} />
            {t('files.withAnswers')}
          </label>
          <div className="dialog__actions">
            <Button className="button" onPress={() => setExporting(false)}>
              {t('common.cancel')}
            </Button>
            <Button className="button button--primary" onPress={() => void save()}>
              {t('files.save')}
            </Button>
          </div>
        </Dialog>
      )}
      {incoming?.file && <ImportPreview fileName={incoming.name} file={incoming.file} onClose={() => setIncoming(null)} />}
      {incoming?.error && (
        <Dialog title={t('files.importTitle')} isOpen onClose={() => setIncoming(null)}>
          <p>{t('files.fileName', { name: incoming.name })}</p>
          <p role="alert" className="field__error">
            {errorText(translator, incoming.error)}
          </p>
          <div className="dialog__actions">
            <Button className="button" onPress={() => setIncoming(null)}>
              {t('common.close')}
            </Button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
