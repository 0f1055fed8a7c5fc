import { useEffect, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { AkrFile } from '../../shared/exchange/format.ts';
import type { ChangeKind, Conflict, ItemChange, MergePlan } from '../../shared/exchange/merge.ts';
import { isNoop } from '../../shared/exchange/merge.ts';
import type { Item } from '../../shared/model.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { itemLabel, itemValue } from './itemName.ts';

/** Changes listed per group before "… och N till". */
const SHOWN = 40;
const KINDS: readonly ChangeKind[] = ['added', 'changed', 'removed'];

function side(translator: Translator, conflict: Conflict, item: Item | null, names: Record<string, string>): string {
  const { t, dateTime } = translator;
  if (!item) return t('files.side.deleted');
  return t('files.side.edited', { value: `”${itemValue(translator, conflict.table, item, names)}”`, time: dateTime(item.updatedAt) });
}

function Changes({ plan }: { plan: MergePlan }) {
  const translator = useT();
  const { t } = translator;
  return (
    <>
      {KINDS.map((kind) => {
        const list: ItemChange[] = plan.changes.filter((c) => c.kind === kind);
        if (list.length === 0) return null;
        return (
          <details key={kind} className="files__changes" open={list.length <= 12}>
            <summary>{t(`files.group.${kind}`, { count: list.length })}</summary>
            <ul>
              {list.slice(0, SHOWN).map((c) => (
                <li key={c.key}>{itemLabel(translator, c.table, c.after ?? c.before, plan.names)}</li>
              ))}
              {list.length > SHOWN && <li className="muted">{t('files.more', { count: list.length - SHOWN })}</li>}
            </ul>
          </details>
        );
      })}
    </>
  );
}

/**
 * What a file would change, analysis by analysis and item by item, with a
 * choice for each conflict; nothing is written until "Importera". Used for
 * files the user opens and for newer files found in the sync folder.
 */
export function ImportPreview({
  fileName,
  file,
  onClose,
  onImported,
  note,
}: {
  fileName: string;
  file: AkrFile;
  onClose: (imported: boolean) => void;
  /** After the import is committed. */
  onImported?: (plans: MergePlan[]) => Promise<void>;
  /** Shown under the file's name, e.g. that more files wait. */
  note?: ReactNode;
}) {
  const translator = useT();
  const { t } = translator;
  const { repos } = useServices();
  const importFile = useApp((s) => s.importFile);
  const pushToast = useApp((s) => s.pushToast);
  const [plans, setPlans] = useState<MergePlan[] | null>(null);
  const [choices, setChoices] = useState<Record<string, 'here' | 'file'>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void repos.exchange.preview(file, fileName).then((made) => live && setPlans(made));
    return () => {
      live = false;
    };
  }, [repos, file, fileName]);

  const apply = async () => {
    setBusy(true);
    try {
      const done = await importFile(file, fileName, choices);
      for (const plan of done) {
        pushToast({ message: t('files.importAnnounced', { unit: plan.unitName, added: plan.added, changed: plan.changed, removed: plan.removed }) });
      }
      onClose(true);
      // The imported analyses' files are written to the sync folder like any edit's (the store announces them).
      if (onImported) await onImported(done);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('files.importTitle')} isOpen onClose={() => onClose(false)} wide>
      <p>{t('files.fileName', { name: fileName })}</p>
      {note}
      {plans === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <div className="files__plans">
          {plans.map((plan) => (
            <section key={plan.analysisId} aria-label={plan.unitName} className="files__plan">
              <h3>{plan.unitName}</h3>
              <p role={plan.refused ? 'alert' : undefined} className={plan.refused ? 'field__error' : undefined}>
                {plan.refused
                  ? t('files.planRefused', { path: plan.refused.path, id: plan.refused.id })
                  : plan.isNew
                    ? t('files.planNew', { count: plan.added })
                    : isNoop(plan)
                      ? t('files.planNothing')
                      : t('files.planUpdate', { added: plan.added, changed: plan.changed, removed: plan.removed, kept: plan.kept })}
                {plan.keptVersions > 0 && <> {t('files.planKept', { count: plan.keptVersions })}</>}
              </p>
              {!plan.isNew && <Changes plan={plan} />}
              {plan.conflicts.length > 0 && (
                <div className="files__conflicts">
                  <h4>{t('files.conflicts', { count: plan.conflicts.length })}</h4>
                  <p className="muted">{t('files.conflictsHelp')}</p>
                  {plan.conflicts.map((c) => {
                    const chosen = choices[c.key] ?? c.winner;
                    const label = itemLabel(translator, c.table, c.file ?? c.here, plan.names);
                    return (
                      <fieldset key={c.key} className="files__conflict">
                        <legend>{label}</legend>
                        {(['here', 'file'] as const).map((which) => (
                          <label key={which} className="radio">
                            <input
                              type="radio"
                              name={`conflict-${c.key}`}
                              checked={chosen === which}
                              onChange={() => setChoices((all) => ({ ...all, [c.key]: which }))}
                            />
                            {t(which === 'here' ? 'files.side.here' : 'files.side.file', {
                              value: side(translator, c, which === 'here' ? c.here : c.file, plan.names),
                            })}
                            {c.newer === which && <span className="badge"> {t('files.side.newer')}</span>}
                          </label>
                        ))}
                      </fieldset>
                    );
                  })}
                </div>
              )}
            </section>
          ))}
        </div>
      )}
      <div className="dialog__actions">
        <Button className="button" onPress={() => onClose(false)}>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button--primary"
          isDisabled={busy || plans === null || plans.every(isNoop) || plans.some((p) => p.refused)}
          onPress={() => void apply()}
        >
          {t('files.importConfirm')}
        </Button>
      </div>
    </Dialog>
  );
}
