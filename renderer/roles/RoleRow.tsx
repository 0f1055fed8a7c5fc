import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { validateRoleFields } from '../../shared/analysis.ts';
import type { Role } from '../../shared/model.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import { LIMITS } from '../../shared/limits.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { ERROR_FIELD, roleErrorText } from './roleErrors.ts';

interface RoleRowProps {
  role: Role;
  roles: readonly Role[];
  index: number;
}

/** One role, edited in place; changes save as the user types. */
export function RoleRow({ role, roles, index }: RoleRowProps) {
  const { t, number } = useT();
  const update = useApp((s) => s.updateRole);
  const move = useApp((s) => s.moveRole);
  const remove = useApp((s) => s.deleteRole);
  const pushToast = useApp((s) => s.pushToast);
  const others = roles.filter((r) => r.id !== role.id);

  const check = (field: 'name' | 'headcount' | 'fullTimeHours', fields: Pick<Role, 'name' | 'headcount' | 'fullTimeHours'>) => {
    const error = validateRoleFields(fields, others).find((e) => ERROR_FIELD[e] === field);
    return error ? roleErrorText(t, error) : null;
  };

  return (
    <tr>
      <td>
        <AutosaveField
          hideLabel
          label={t('roles.name')}
          stored={role.name}
          maxLength={LIMITS.roleName}
          validate={(name) => check('name', { ...role, name })}
          save={(name) => update(role.id, { name: name.trim() })}
        />
      </td>
      <td>
        <AutosaveField
          hideLabel
          label={`${t('roles.headcount')}, ${role.name}`}
          inputMode="numeric"
          className="field--number"
          stored={String(role.headcount)}
          validate={(text) => check('headcount', { ...role, headcount: parseDecimal(text) ?? Number.NaN })}
          save={(text) => update(role.id, { headcount: parseDecimal(text) ?? role.headcount })}
        />
      </td>
      <td>
        <AutosaveField
          hideLabel
          label={`${t('roles.fullTimeHours')}, ${role.name}`}
          inputMode="decimal"
          className="field--number"
          stored={number(role.fullTimeHours)}
          validate={(text) => check('fullTimeHours', { ...role, fullTimeHours: parseDecimal(text) ?? Number.NaN })}
          save={(text) => update(role.id, { fullTimeHours: parseDecimal(text) ?? role.fullTimeHours })}
        />
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t('roles.moveUp', { name: role.name })}
          disabled={index === 0}
          onClick={() => void move(roles, role.id, -1)}
        >
          <ArrowUp aria-hidden size={20} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('roles.moveDown', { name: role.name })}
          disabled={index === roles.length - 1}
          onClick={() => void move(roles, role.id, 1)}
        >
          <ArrowDown aria-hidden size={20} />
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={t('roles.delete', { name: role.name })}
          onClick={() => void remove(role.id).then((undo) => pushToast({ message: t('roles.deleted', { name: role.name }), undo }))}
        >
          <Trash2 aria-hidden size={20} />
        </button>
      </td>
    </tr>
  );
}
