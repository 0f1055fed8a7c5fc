import { Download, Upload } from 'lucide-react';
import { HiddenFileInput } from '../components/HiddenFileInput.tsx';
import { useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { serialize } from '../../shared/exchange/format.ts';
import { ANALYSIS_FILE_EXTENSION, analysisFileName } from '../../shared/exchange/fileName.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { appVersion } from '../platform/platform.ts';
import { useApp, useServices } from '../store/context.ts';
import { LOCAL_FLAGS, setLocalFlag } from '../shell/localFlags.ts';
import { IncomingFile } from './IncomingFile.tsx';
import { incomingFromFile, type Incoming } from './incoming.ts';
import { ManagedNote } from '../components/ManagedNote.tsx';
import { personalDataExport } from '../../shared/policy.ts';
import { usePolicy } from '../store/usePolicy.ts';

/**
 * Save analyses to a file, and bring a file's analyses in (with a preview
 * first). With `single`, only that analysis is saved (and nothing imported).
 */
export function FilesSection({ single }: { single?: { unitName: string; id: string } }) {
  const { t } = useT();
  const { platform } = useServices();
  const exportFile = useApp((s) => s.exportFile);
  const input = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [withAnswers, setWithAnswers] = useState(false);
  // The organisation may have switched off saving survey answers per person.
  const personal = personalDataExport(usePolicy());
  const managedId = useId();
  const [incoming, setIncoming] = useState<Incoming | null>(null);

  const save = async () => {
    setSaveFailed(false);
    try {
      const file = await exportFile(single ? [single.id] : undefined, { appVersion: appVersion(), includePersonal: withAnswers && !personal.locked });
      const name = single ? analysisFileName(single.unitName, single.id) : `akr-studio-${new Date().toISOString().slice(0, 10)}${ANALYSIS_FILE_EXTENSION}`;
      await platform.saveFile(name, new Blob([serialize(file)], { type: 'application/json' }));
    } catch (error) {
      // Said in the dialog, which stays open for another try; nothing was changed.
      console.warn('Export failed:', error);
      setSaveFailed(true);
      return;
    }
    // A copy of every analysis now exists outside the browser: the storage reminder may be put away.
    if (!single) setLocalFlag(LOCAL_FLAGS.fileCopySaved, true);
    setExporting(false);
  };

  const open = async (chosen: File) => setIncoming(await incomingFromFile(chosen));

  return (
    <div className="files">
      <Button
        className="button button--small"
        onPress={() => {
          setWithAnswers(personal.include);
          setExporting(true);
        }}
      >
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
            <input
              type="checkbox"
              checked={withAnswers && !personal.locked}
              disabled={personal.locked}
              aria-describedby={personal.locked ? managedId : undefined}
              onChange={(e) => setWithAnswers(e.target.checked)}
            />
            {t('files.withAnswers')}
          </label>
          {personal.locked && <ManagedNote id={managedId}>{t('policy.withAnswersOff')}</ManagedNote>}
          {saveFailed && (
            <p role="alert" className="field__error">
              {t('files.error.saveFailed')}
            </p>
          )}
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
      {incoming && <IncomingFile incoming={incoming} onClose={() => setIncoming(null)} />}
    </div>
  );
}
