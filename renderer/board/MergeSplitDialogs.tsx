import { useState, type SubmitEvent } from 'react';
import { validateTaskTitle } from '../../shared/board.ts';
import type { Task } from '../../shared/model.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { FormFooter } from '../components/FormFooter.tsx';
import { useT } from '../i18n/i18n.ts';

interface MergeDialogProps {
  task: Task;
  others: Task[];
  onClose: () => void;
  onMerge: (otherId: string) => Promise<void>;
}

/** Merges another task into this one: hours per role are summed and both notes kept. */
export function MergeDialog({ task, others, onClose, onMerge }: MergeDialogProps) {
  const { t } = useT();
  const sorted = [...others].sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  const [otherId, setOtherId] = useState(sorted[0]?.id ?? '');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!otherId) return;
    await onMerge(otherId);
    onClose();
  };
  return (
    <Dialog title={t('board.mergeTitle', { title: task.title })} isOpen onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p>{t('board.mergeBody')}</p>
        <Field id="merge-other" label={t('board.mergeWith')}>
          {({ inputId }) => (
            <select id={inputId} className="input" value={otherId} autoFocus onChange={(e) => setOtherId(e.target.value)}>
              {sorted.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormFooter submitLabel={t('board.mergeConfirm')} onCancel={onClose} isDisabled={!otherId} />
      </form>
    </Dialog>
  );
}

interface SplitDialogProps {
  task: Task;
  onClose: () => void;
  onSplit: (newTitle: string, share: number) => Promise<void>;
}

/** Splits a task in two; the new one takes a share of the hours of every role. */
export function SplitDialog({ task, onClose, onSplit }: SplitDialogProps) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [share, setShare] = useState('50');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const titleError = validateTaskTitle(title);
    const pct = parseDecimal(share);
    if (titleError) {
      setError(t(`board.error.${titleError}`));
      return;
    }
    if (pct === null || pct < 0 || pct > 100) {
      setError(t('board.error.share'));
      return;
    }
    await onSplit(title, pct / 100);
    onClose();
  };
  return (
    <Dialog title={t('board.splitTitle', { title: task.title })} isOpen onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id="split-title" label={t('board.splitNewTitle')}>
          {({ inputId }) => <input id={inputId} className="input" value={title} maxLength={200} autoFocus onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id="split-share" label={t('board.splitShare')} hint={t('board.splitShareHint')} className="field--number">
          {({ inputId, describedBy }) => (
            <input id={inputId} className="input" inputMode="decimal" value={share} aria-describedby={describedBy} onChange={(e) => setShare(e.target.value)} />
          )}
        </Field>
        <FormFooter error={error} submitLabel={t('board.splitConfirm')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
