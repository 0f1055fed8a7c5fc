import { useState, type SubmitEvent } from 'react';
import { validateHours, validateTaskTitle } from '../../shared/board.ts';
import type { Placement, Role, Task } from '../../shared/model.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { FormFooter } from '../components/FormFooter.tsx';
import { useT } from '../i18n/i18n.ts';

/** What the user changed in the dialog, and only that (another window may have changed the rest meanwhile). */
export interface TaskEdit {
  title?: string;
  notes?: string;
  roleIds?: string[];
  /** Hours per role id, for the roles whose hours were changed or that were added (a Map: ids are data, any string). */
  hours: ReadonlyMap<string, number | null>;
}

interface TaskDialogProps {
  task: Task;
  placements: Placement[];
  roles: Role[];
  onClose: () => void;
  onSave: (edit: TaskEdit) => Promise<void>;
}

/** Edits a task: title, notes, which roles do it, and the hours each of them spends. */
export function TaskDialog({ task, placements, roles, onClose, onSave }: TaskDialogProps) {
  const { t, number, hours: hoursText } = useT();
  const [title, setTitle] = useState(task.title);
  const [notes, setNotes] = useState(task.notes);
  const [hours, setHours] = useState<ReadonlyMap<string, string>>(
    () =>
      new Map(
        roles.map((r) => {
          const h = placements.find((p) => p.roleId === r.id)?.hours;
          return [r.id, h === null || h === undefined ? '' : number(h, 2)];
        }),
      ),
  );
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(placements.map((p) => p.roleId)));
  // What the dialog showed when it opened: only what differs from it is saved.
  const [opened] = useState(() => ({ title: task.title, notes: task.notes, roles: new Set(chosen), hours }));
  const [error, setError] = useState<string | null>(null);
  // What the staff survey said, for cards it filled in.
  const surveyLine = (roleId: string) => {
    const figures = placements.find((p) => p.roleId === roleId)?.survey;
    if (!figures) return null;
    return (
      <p className="role-hours__survey muted">
        {t('board.surveyFigures', { mean: hoursText(figures.mean), doing: figures.doing, respondents: figures.respondents, team: hoursText(figures.team) })}
      </p>
    );
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const titleError = validateTaskTitle(title);
    if (titleError) {
      setError(t(`board.error.${titleError}`));
      return;
    }
    if (chosen.size === 0) {
      setError(t('board.error.noRoles'));
      return;
    }
    const parsed = new Map<string, number | null>();
    for (const id of chosen) {
      const text = hours.get(id)?.trim() ?? '';
      const h = text === '' ? null : parseDecimal(text);
      if ((text !== '' && h === null) || validateHours(h)) {
        setError(t('board.error.hours'));
        return;
      }
      if (text !== opened.hours.get(id) || !opened.roles.has(id)) parsed.set(id, h);
    }
    const roleIds = roles.filter((r) => chosen.has(r.id)).map((r) => r.id);
    const sameRoles = roleIds.length === opened.roles.size && roleIds.every((id) => opened.roles.has(id));
    await onSave({
      ...(title !== opened.title ? { title } : {}),
      ...(notes !== opened.notes ? { notes } : {}),
      ...(sameRoles ? {} : { roleIds }),
      hours: parsed,
    });
    onClose();
  };

  return (
    <Dialog title={t('board.editTitle')} isOpen onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id="task-title" label={t('board.taskTitle')}>
          {({ inputId }) => <input id={inputId} className="input" value={title} maxLength={200} autoFocus onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id="task-notes" label={t('step.notes')}>
          {({ inputId }) => <textarea id={inputId} className="input input--multiline" value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
        <fieldset className="role-hours">
          <legend className="field__label">{t('board.rolesAndHours')}</legend>
          {roles.map((r) => (
            <div key={r.id} className="role-hours__row">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(r.id)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(r.id);
                    else next.delete(r.id);
                    setChosen(next);
                  }}
                />
                {r.name}
              </label>
              <label>
                <span className="visually-hidden">{t('board.hoursFor', { role: r.name })}</span>
                <input
                  className="input input--hours"
                  inputMode="decimal"
                  disabled={!chosen.has(r.id)}
                  value={hours.get(r.id) ?? ''}
                  placeholder="h"
                  onChange={(e) => setHours(new Map(hours).set(r.id, e.target.value))}
                />
              </label>
              {surveyLine(r.id)}
            </div>
          ))}
        </fieldset>
        <FormFooter error={error} submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
