import { Download, Upload } from 'lucide-react';
import { HiddenFileInput } from '../components/HiddenFileInput.tsx';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { AkrFile } from '../../shared/exchange/format.ts';
import { buildExport, serialize } from '../../shared/exchange/format.ts';
import { analysisFileName } from '../../shared/exchange/fileName.ts';
import type { MergePlan } from '../../shared/exchange/merge.ts';
import { checkSize, restoreFile, type RestoreError } from '../../shared/exchange/restore.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { appVersion } from '../platform/platform.ts';
import { useApp, useServices } from '../store/context.ts';
import { megabytes } from '../survey/fileProblems.ts';

function errorText(translator: Translator, error: RestoreError): string {
  const { t } = translator;
  switch (error.code) {
    case 'tooLarge':
      return t('files.error.tooLarge', { size: megabytes(translator, error.size), limit: megabytes(translator, error.limit) });
    case 'truncated':
      return t('files.error.truncated');
    case 'notJson':
      return t('files.error.notJson');
    case 'notOurs':
      return t('files.error.notOurs');
    case 'newerVersion':
      return t('files.error.newerVersion');
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
  const { repos, platform } = useServices();
  const track = useApp((s) => s.track);
  const pushToast = useApp((s) => s.pushToast);
  const input = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [withAnswers, setWithAnswers] = useState(false);
  const [incoming, setIncoming] = useState<{ name: string; file: AkrFile | null; error: RestoreError | null; plans: MergePlan[] } | null>(null);

  const save = async () => {
    const records = await repos.exchange.records(single ? [single.id] : undefined);
    const file = buildExport(records, { exportedAt: new Date().toISOString(), appVersion: appVersion(), includeResponses: withAnswers });
    const name = single ? analysisFileName(single.unitName, single.id) : `akr-studio-${new Date().toISOString().slice(0, 10)}.akr.json`;
    await platform.saveFile(name, new Blob([serialize(file)], { type: 'application/json' }));
    setExporting(false);
  };

  const open = async (chosen: File) => {
    const tooLarge = checkSize(chosen.size);
    if (tooLarge) return setIncoming({ name: chosen.name, file: null, error: tooLarge, plans: [] });
    const result = restoreFile(await chosen.text());
    if (!result.ok) return setIncoming({ name: chosen.name, file: null, error: result.error, plans: [] });
    setIncoming({ name: chosen.name, file: result.file, error: null, plans: await repos.exchange.preview(result.file) });
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
          <HiddenFileInput inputRef={input} accept=".json,application/json" testId="analysis-file" onFile={(file) => void open(file)} />
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
      {incoming && (
        <Dialog title={t('files.importTitle')} isOpen onClose={() => setIncoming(null)}>
          <p>{t('files.fileName', { name: incoming.name })}</p>
          {incoming.error ? (
            <p role="alert" className="field__error">
              {errorText(translator, incoming.error)}
            </p>
          ) : (
            <ul className="files__plans">
              {incoming.plans.map((p) => (
                <li key={p.analysisId}>
                  <strong>{p.unitName}</strong>:{' '}
                  {p.isNew ? t('files.planNew', { count: p.added }) : t('files.planUpdate', { added: p.added, changed: p.changed, kept: p.kept })}
                </li>
              ))}
            </ul>
          )}
          <div className="dialog__actions">
            <Button className="button" onPress={() => setIncoming(null)}>
              {t('common.cancel')}
            </Button>
            {incoming.file && (
              <Button
                className="button button--primary"
                isDisabled={incoming.plans.every((p) => p.writes.length === 0)}
                onPress={() => {
                  const file = incoming.file;
                  setIncoming(null);
                  if (file) void track(repos.exchange.apply(file)).then((plans) => pushToast({ message: t('files.imported', { count: plans.length }) }));
                }}
              >
                {t('files.importConfirm')}
              </Button>
            )}
          </div>
        </Dialog>
      )}
    </div>
  );
}
