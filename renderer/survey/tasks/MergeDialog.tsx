import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import type { SurveyTask } from '../../../shared/survey/tasks.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useApp } from '../../store/context.ts';

/** Merges a task into another of the list: the other keeps its title, and the answers and cards of both. */
export function MergeDialog({ analysisId, task, tasks, onClose }: { analysisId: string; task: SurveyTask; tasks: readonly SurveyTask[]; onClose: () => void }) {
  const { t } = useT();
  const merge = useApp((s) => s.mergeSurveyTasks);
  const pushToast = useApp((s) => s.pushToast);
  const others = tasks.filter((x) => x.taskId !== task.taskId);
  const [into, setInto] = useState(others[0]?.taskId ?? '');
  const selectId = useId();
  const target = others.find((x) => x.taskId === into);
  return (
    <Dialog title={t('surveyTasks.merge.title', { title: task.title })} isOpen onClose={onClose}>
      <p>{t('surveyTasks.merge.body', { title: task.title })}</p>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('surveyTasks.merge.into')}
        </label>
        <select id={selectId} className="input" value={into} onChange={(e) => setInto(e.target.value)} autoFocus>
          {others.map((x) => (
            <option key={x.taskId} value={x.taskId}>
              {x.title}
            </option>
          ))}
        </select>
      </div>
      <div className="dialog__actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button--primary"
          isDisabled={!target}
          onPress={() => {
            if (!target) return;
            void merge(analysisId, target.taskId, task.taskId, t('surveyTasks.history.merge', { title: target.title })).then(() =>
              pushToast({ message: t('surveyTasks.merged', { title: target.title, other: task.title }) }),
            );
            onClose();
          }}
        >
          {t('surveyTasks.merge.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
