import type { RoleFieldError } from '../../shared/analysis.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Translator } from '../i18n/i18n.ts';

/** The message for a role field error, in the UI language. */
export function roleErrorText(t: Translator['t'], error: RoleFieldError): string {
  switch (error) {
    case 'nameRequired':
      return t('roles.nameRequired');
    case 'nameTooLong':
      return t('roles.nameTooLong', { max: LIMITS.roleName });
    case 'nameTaken':
      return t('roles.nameTaken');
    case 'headcountInvalid':
      return t('roles.headcountInvalid', { max: LIMITS.headcountMax });
    case 'fullTimeHoursInvalid':
      return t('roles.fullTimeHoursInvalid', { min: LIMITS.fullTimeHoursMin, max: LIMITS.fullTimeHoursMax });
  }
}

/** Which field an error belongs to. */
export const ERROR_FIELD = {
  nameRequired: 'name',
  nameTooLong: 'name',
  nameTaken: 'name',
  headcountInvalid: 'headcount',
  fullTimeHoursInvalid: 'fullTimeHours',
} as const satisfies Record<RoleFieldError, 'name' | 'headcount' | 'fullTimeHours'>;
