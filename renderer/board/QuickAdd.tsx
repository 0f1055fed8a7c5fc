import { Plus } from 'lucide-react';
import { type SubmitEvent, type RefObject, memo, useState } from 'react';
import { validateHours, validateTaskTitle } from '../../shared/board.ts';
import type { Role } from '../../shared/model.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import { useT } from '../i18n/i18n.ts';

interface QuickAddProps {
  roles: Role[];
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (title: string, roleIds: string[], hours: number | null) => Promise<void>;
}

/** Type a task, press Enter: it lands in Osorterat for the chosen role, or for all roles. One line of the board's toolbar, its labels spoken, not shown. */
export const QuickAdd = memo(function QuickAdd({ roles, inputRef, onAdd }: QuickAddProps) {
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [hours, setHours] = useState('');
  const [lane, setLane] = useState('*');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const titleError = validateTaskTitle(title);
    const h = hours.trim() === '' ? null : parseDecimal(hours);
    const hoursError = hours.trim() !== '' && h === null ? 'hoursInvalid' : validateHours(h);
    if (titleError) {
      setError(t(`board.error.${titleError}`));
      return;
    }
    if (hoursError) {
      setError(t('board.error.hours'));
      return;
    }
    const roleIds = lane === '*' || !roles.some((r) => r.id === lane) ? roles.map((r) => r.id) : [lane];
    setError(null);
    setTitle('');
    setHours('');
    await onAdd(title, roleIds, h);
    inputRef.current?.focus();
  };

  return (
    <form className="quick-add" onSubmit={(e) => void submit(e)} noValidate aria-label={t('board.quickAdd')}>
      <label className="quick-add__title">
        <span className="visually-hidden">{t('board.newTask')}</span>
        <input
          ref={inputRef}
          className="input"
          value={title}
          maxLength={200}
          placeholder={t('board.newTaskPlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'quick-add-error' : 'quick-add-hint'}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        <span className="visually-hidden">{t('board.hoursPerWeek')}</span>
        <input
          className="input input--hours"
          inputMode="decimal"
          value={hours}
          placeholder={t('board.hoursPlaceholder')}
          onChange={(e) => setHours(e.target.value)}
        />
      </label>
      <div className="quick-add__field">
        <label htmlFor="quick-add-role" className="visually-hidden">
          {t('board.forRole')}
        </label>
        <select id="quick-add-role" className="input" value={lane} onChange={(e) => setLane(e.target.value)}>
          <option value="*">{t('board.allRoles')}</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary button--small quick-add__submit">
        <Plus aria-hidden size={20} />
        {t('board.add')}
      </button>
      <p id="quick-add-hint" className="visually-hidden">
        {t('board.quickAddHint')}
      </p>
      {error && (
        <p id="quick-add-error" className="field__error quick-add__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
});
