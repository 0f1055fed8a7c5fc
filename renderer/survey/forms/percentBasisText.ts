import type { PercentBasis } from '../../../shared/survey/build.ts';
import type { Translator } from '../../i18n/i18n.ts';

/** "Procent räknat på egen avtalad tid för 7 av 10, heltid 40 h för övriga." */
export function percentBasisText(basis: PercentBasis, { t, hours }: Pick<Translator, 't' | 'hours'>): string {
  const total = basis.own + basis.fullTime;
  const [only] = basis.fullTimeHours;
  const fullTime =
    basis.fullTimeHours.length === 1 && only !== undefined ? t('forms.percentBasis.fullTime', { hours: hours(only) }) : t('forms.percentBasis.roleFullTime');
  if (basis.fullTime === 0) return t('forms.percentBasis.allOwn', { total });
  if (basis.own === 0) return t('forms.percentBasis.noneOwn', { fullTime, total });
  return t('forms.percentBasis.mixed', { own: basis.own, total, fullTime });
}
