import { Label, RadioGroup } from 'react-aria-components';
import { SegmentedOption } from '../components/SegmentedOption.tsx';
import { LANGUAGES, type Language } from '../../shared/ipc.ts';
import { LIMITS } from '../../shared/limits.ts';
import { validProjectorKeys } from '../../shared/model.ts';
import { parseDecimal } from '../../shared/numbers.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { useSettings } from '../store/queries.ts';
import { AboutSection } from './AboutSection.tsx';
import { ManagedNote } from '../components/ManagedNote.tsx';
import { privacyThresholdFloor } from '../../shared/policy.ts';
import { usePolicy } from '../store/usePolicy.ts';
import { SyncSection } from '../files/SyncSection.tsx';

/** App-wide preferences: language, defaults, privacy threshold, storage, about. */
export function SettingsView() {
  const { t, number } = useT();
  const settings = useSettings();
  const update = useApp((s) => s.updateSettings);
  const storage = useApp((s) => s.storage);
  const policy = usePolicy();
  const languageLocked = policy?.language?.locked === true;
  const threshold = policy?.minPrivacyThreshold;
  const floor = privacyThresholdFloor(policy);
  const hoursError = (text: string) => {
    const v = parseDecimal(text);
    return v === null || v < LIMITS.fullTimeHoursMin || v > LIMITS.fullTimeHoursMax
      ? t('settings.invalidHours', { min: LIMITS.fullTimeHoursMin, max: LIMITS.fullTimeHoursMax })
      : null;
  };
  const thresholdError = (text: string) => {
    const v = parseDecimal(text);
    if (v === null || !Number.isInteger(v) || v < LIMITS.privacyThresholdMin || v > LIMITS.privacyThresholdMax) {
      return threshold
        ? t('policy.thresholdBelowMinimum', { min: floor, max: LIMITS.privacyThresholdMax })
        : t('settings.invalidThreshold', { min: LIMITS.privacyThresholdMin, max: LIMITS.privacyThresholdMax });
    }
    // The organisation's minimum: the user may raise the threshold, never lower it.
    return v < floor ? t('policy.thresholdBelowMinimum', { min: floor, max: LIMITS.privacyThresholdMax }) : null;
  };
  const thresholdHint = !threshold
    ? t('settings.privacyThresholdHint')
    : threshold.locked
      ? `${t('settings.privacyThresholdHint')} ${t('policy.managedThreshold', { min: threshold.value })}`
      : `${t('settings.privacyThresholdHint')} ${t('policy.thresholdMinimumHint', { min: threshold.value })}`;
  return (
    <div className="page page--narrow">
      <PageHeading focusKey="settings">{t('settings.title')}</PageHeading>
      <section className="panel" aria-labelledby="lang-title">
        <h2 id="lang-title">{t('settings.language')}</h2>
        <RadioGroup
          className="segmented"
          value={settings.language}
          isDisabled={languageLocked}
          // By id rather than a description slot: the policy may come in after the group first rendered.
          aria-describedby={languageLocked ? 'language-managed' : undefined}
          onChange={(value) => void update({ language: value as Language })} // values are LANGUAGES
        >
          <Label className="visually-hidden">{t('settings.language')}</Label>
          <div className="segmented__options">
            {LANGUAGES.map((lang) => (
              <SegmentedOption key={lang} value={lang} lang={lang}>
                {t(`settings.language.${lang}`)}
              </SegmentedOption>
            ))}
          </div>
        </RadioGroup>
        {languageLocked && <ManagedNote id="language-managed">{t('policy.managed')}</ManagedNote>}
      </section>
      <section className="panel" aria-labelledby="defaults-title">
        <h2 id="defaults-title">{t('settings.defaults')}</h2>
        <AutosaveField
          label={t('settings.defaultFullTimeHours')}
          inputMode="decimal"
          className="field--number"
          stored={number(settings.defaultFullTimeHours)}
          validate={hoursError}
          save={(text) => update({ defaultFullTimeHours: parseDecimal(text) ?? settings.defaultFullTimeHours })}
        />
        <AutosaveField
          label={t('settings.privacyThreshold')}
          hint={thresholdHint}
          inputMode="numeric"
          className="field--number"
          disabled={threshold?.locked}
          stored={String(settings.privacyThreshold)}
          validate={thresholdError}
          save={(text) => update({ privacyThreshold: parseDecimal(text) ?? settings.privacyThreshold })}
        />
        {policy?.organisation && (
          <div className="field" data-testid="policy-organisation">
            <p className="field__label">{t('policy.organisation')}</p>
            <p>{policy.organisation.value}</p>
            {policy.organisation.locked && <ManagedNote>{t('policy.managed')}</ManagedNote>}
          </div>
        )}
        {policy?.administration && (
          <div className="field" data-testid="policy-administration">
            <p className="field__label">{t('policy.administration')}</p>
            <p>{policy.administration.value}</p>
            {policy.administration.locked && <ManagedNote>{t('policy.managed')}</ManagedNote>}
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="projector-keys-title">
        <h2 id="projector-keys-title">{t('settings.projectorKeys')}</h2>
        <p className="muted">{t('settings.projectorKeysHint')}</p>
        {(['blank', 'freeze'] as const).map((which) => (
          <AutosaveField
            key={which}
            label={t(which === 'blank' ? 'settings.projectorKey.blank' : 'settings.projectorKey.freeze')}
            className="field--number"
            maxLength={1}
            stored={settings.projectorKeys[which].toUpperCase()}
            validate={(text) =>
              validProjectorKeys({ ...settings.projectorKeys, [which]: text.trim().toLowerCase() }) ? null : t('settings.projectorKeyInvalid')
            }
            save={(text) => update({ projectorKeys: { ...settings.projectorKeys, [which]: text.trim().toLowerCase() } })}
          />
        ))}
      </section>
      <section className="panel" aria-labelledby="storage-title">
        <h2 id="storage-title">{t('settings.storage')}</h2>
        <p>{t('settings.storage.where')}</p>
        {storage && (
          <p data-testid="storage-status" data-status={storage}>
            {t(`settings.storage.${storage}`)}
          </p>
        )}
      </section>
      <SyncSection />
      <AboutSection />
    </div>
  );
}
