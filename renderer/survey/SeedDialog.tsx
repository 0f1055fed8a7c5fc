import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { planSeed, type SeedOptions } from '../../shared/survey/seed.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import type { SurveyModel } from './useSurvey.ts';

const MAX_LINES = 12;

/**
 * Fills the board from the survey: shows exactly what will change, warns
 * before a role under the privacy threshold is put on the projected board,
 * and commits it all as one step that undo takes back.
 */
export function SeedDialog({ analysisId, survey, onClose }: { analysisId: string; survey: SurveyModel; onClose: () => void }) {
  const { t, plural, hours } = useT();
  const { repos } = useServices();
  const commit = useApp((s) => s.commit);
  const pushToast = useApp((s) => s.pushToast);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const [includeSmall, setIncludeSmall] = useState(false);
  const [overwriteEdited, setOverwriteEdited] = useState(false);
  const threshold = survey.settings.privacyThreshold;
  const small = (survey.perRole?.roles ?? []).filter((r) => r.respondents < threshold).map((r) => r.name);

  const options = (newId: () => string, now: string): SeedOptions => ({
    analysisId,
    roles: survey.perRole?.roles ?? [],
    threshold,
    includeSmall,
    overwriteEdited,
    defaultFullTimeHours: survey.settings.defaultFullTimeHours,
    newId,
    now,
  });
  // The preview's ids and time are placeholders; the real ones are made when the user confirms.
  const preview = useMemo(() => {
    if (!board) return null;
    let n = 0;
    return planSeed(
      board,
      options(() => `preview-${++n}`, survey.state?.updatedAt ?? ''),
    );
  }, [board, includeSmall, overwriteEdited, survey]); // eslint-disable-line react-hooks/exhaustive-deps -- options reads exactly these

  const confirm = async () => {
    if (!board) return;
    const plan = planSeed(
      board,
      options(() => crypto.randomUUID(), new Date().toISOString()),
    );
    onClose();
    await commit(plan.changes, { undoable: true, label: t('seed.history') });
    pushToast({ message: t('seed.done') });
  };

  const lines = <T,>(list: T[], render: (x: T) => string) => (
    <ul>
      {list.slice(0, MAX_LINES).map((x, i) => (
        <li key={i}>{render(x)}</li>
      ))}
      {list.length > MAX_LINES && <li className="muted">{t('import.issuesMore', { count: list.length - MAX_LINES })}</li>}
    </ul>
  );

  return (
    <Dialog title={t('seed.title')} isOpen onClose={onClose} wide>
      <p>{t('seed.intro')}</p>
      {!preview ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <div aria-live="polite">
          {small.length > 0 && (
            <div className="notice notice--warning">
              <p>
                <strong>{t('seed.small.title', { count: threshold })}</strong>
              </p>
              <p>{t('seed.small.body', { roles: small.join(', ') })}</p>
              <label className="checkbox">
                <input type="checkbox" checked={includeSmall} onChange={(e) => setIncludeSmall(e.target.checked)} />
                {t('seed.small.include')}
              </label>
            </div>
          )}
          {preview.changes.length === 0 ? (
            <p>{t('seed.nothing')}</p>
          ) : (
            <ul className="seed__summary">
              {preview.newRoles.length > 0 && <li>{t('seed.newRoles', { roles: preview.newRoles.map((r) => r.name).join(', ') })}</li>}
              {preview.newTasks.length > 0 && <li>{plural('seed.newTasks', preview.newTasks.length)}</li>}
              {preview.added.length > 0 && <li>{plural('seed.added', preview.added.length)}</li>}
            </ul>
          )}
          {preview.updated.length > 0 && (
            <>
              <p>{t('seed.updated')}</p>
              {lines(preview.updated, (u) =>
                t('seed.updatedLine', { task: u.task, role: u.role, from: u.from === null ? '–' : hours(u.from), to: hours(u.hours) }),
              )}
            </>
          )}
          {preview.keptEdited.length > 0 && (
            <>
              <p>{t('seed.kept')}</p>
              {lines(preview.keptEdited, (k) => t('seed.keptLine', { task: k.task, role: k.role, hours: hours(k.hours), survey: hours(k.survey) }))}
            </>
          )}
          {(preview.keptEdited.length > 0 || overwriteEdited) && (
            <label className="checkbox">
              <input type="checkbox" checked={overwriteEdited} onChange={(e) => setOverwriteEdited(e.target.checked)} />
              {t('seed.overwrite')}
            </label>
          )}
        </div>
      )}
      <div className="dialog__actions">
        <Button className="button" onPress={onClose} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button className="button button--primary" isDisabled={!preview || preview.changes.length === 0} onPress={() => void confirm()}>
          {t('seed.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
