import { Plus } from 'lucide-react';
import { useState, type SubmitEvent } from 'react';
import { validateRoleFields, type RoleFieldError } from '../../shared/analysis.ts';
import type { Role } from '../../shared/model.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import { LIMITS } from '../../shared/limits.ts';
import { Field } from '../components/Field.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { useSettings } from '../store/queries.ts';
import { ERROR_FIELD, roleErrorText } from './roleErrors.ts';

/** Adds a role; the form stays ready for the next one. */
export function AddRoleForm({ analysisId, roles }: { analysisId: string; roles: readonly Role[] }) {
  const { t, number } = useT();
  const settings = useSettings();
  const addRole = useApp((s) => s.addRole);
  const [name, setName] = useState('');
  const [headcount, setHeadcount] = useState('1');
  const [hours, setHours] = useState<string | null>(null);
  const [errors, setErrors] = useState<RoleFieldError[]>([]);
  // Said to screen readers in the form itself; the new row in the table shows it to everyone.
  const [added, setAdded] = useState('');
  const hoursText = hours ?? number(settings.defaultFullTimeHours);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = {
      name,
      headcount: parseDecimal(headcount) ?? Number.NaN,
      fullTimeHours: parseDecimal(hoursText) ?? Number.NaN,
    };
    const found = validateRoleFields(fields, roles);
    setErrors(found);
    if (found.length > 0) {
      document.getElementById(`new-role-${ERROR_FIELD[found[0] ?? 'nameRequired']}`)?.focus();
      return;
    }
    await addRole(analysisId, fields, roles);
    setAdded(t('roles.added', { name: name.trim() }));
    setName('');
    setHeadcount('1');
    setHours(null);
    setErrors([]);
    document.getElementById('new-role-name')?.focus();
  };

  const errorFor = (field: 'name' | 'headcount' | 'fullTimeHours') => {
    const error = errors.find((e) => ERROR_FIELD[e] === field);
    return error ? roleErrorText(t, error) : null;
  };

  return (
    <form className="panel add-role" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-role-title">
      <h2 id="add-role-title">{t('roles.addHeading')}</h2>
      <div className="add-role__fields">
        <Field id="new-role-name" label={t('roles.name')} error={errorFor('name')}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input"
              value={name}
              maxLength={LIMITS.roleName}
              placeholder={t('roles.namePlaceholder')}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field id="new-role-headcount" label={t('roles.headcount')} error={errorFor('headcount')} className="field--number">
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input"
              inputMode="numeric"
              value={headcount}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => setHeadcount(e.target.value)}
            />
          )}
        </Field>
        <Field id="new-role-fullTimeHours" label={t('roles.fullTimeHours')} error={errorFor('fullTimeHours')} className="field--number">
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input"
              inputMode="decimal"
              value={hoursText}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => setHours(e.target.value)}
            />
          )}
        </Field>
        <p className="visually-hidden" role="status">
          {added}
        </p>
        <button type="submit" className="button button--primary add-role__submit">
          <Plus aria-hidden size={20} />
          {t('roles.add')}
        </button>
      </div>
    </form>
  );
}
