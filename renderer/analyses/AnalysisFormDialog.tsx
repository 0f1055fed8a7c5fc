import { useState, type SubmitEvent } from 'react';
import { Button } from 'react-aria-components';
import { validateAnalysisFields, type AnalysisFieldError, type AnalysisFields } from '../../shared/analysis.ts';
import { LIMITS } from '../../shared/limits.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { usePolicy } from '../store/usePolicy.ts';

interface AnalysisFormDialogProps {
  mode: 'create' | 'rename';
  initial?: AnalysisFields;
  isOpen: boolean;
  onClose: () => void;
  onSubmit: (fields: AnalysisFields) => Promise<void>;
}

const EMPTY: AnalysisFields = { unitName: '', organisation: '', facilitator: '' };

function errorText(t: Translator['t'], errors: AnalysisFieldError[], field: keyof AnalysisFields): string | null {
  const messages: Record<AnalysisFieldError, [keyof AnalysisFields, string]> = {
    unitNameRequired: ['unitName', t('analysisForm.unitNameRequired')],
    unitNameTooLong: ['unitName', t('analysisForm.unitNameTooLong', { max: LIMITS.unitName })],
    organisationTooLong: ['organisation', t('analysisForm.organisationTooLong', { max: LIMITS.organisation })],
    facilitatorTooLong: ['facilitator', t('analysisForm.facilitatorTooLong', { max: LIMITS.facilitator })],
  };
  const hit = errors.find((e) => messages[e][0] === field);
  return hit ? messages[hit][1] : null;
}

/** Creates an analysis, or renames one (unit, organisation, facilitator). */
export function AnalysisFormDialog({ mode, initial, isOpen, onClose, onSubmit }: AnalysisFormDialogProps) {
  const { t } = useT();
  // A new analysis starts with the organisation's name from its policy; locked, it cannot be changed here.
  const organisation = usePolicy()?.organisation;
  const start = initial ?? (organisation ? { ...EMPTY, organisation: organisation.value } : EMPTY);
  const managed = mode === 'create' && organisation?.locked ? organisation.value : null;
  return (
    <Dialog title={t(mode === 'create' ? 'analysisForm.createTitle' : 'analysisForm.renameTitle')} isOpen={isOpen} onClose={onClose}>
      {/* Mounted fresh each time the dialog opens, so it starts from `initial`. */}
      <AnalysisForm mode={mode} initial={start} managedOrganisation={managed} onClose={onClose} onSubmit={onSubmit} />
    </Dialog>
  );
}

type AnalysisFormProps = Omit<AnalysisFormDialogProps, 'isOpen' | 'initial'> & {
  initial: AnalysisFields;
  /** The organisation the policy fixes for new analyses, or null. */
  managedOrganisation: string | null;
};

function AnalysisForm({ mode, initial, managedOrganisation, onClose, onSubmit }: AnalysisFormProps) {
  const { t } = useT();
  const [edited, setEdited] = useState(initial);
  const fields = managedOrganisation === null ? edited : { ...edited, organisation: managedOrganisation };
  const [errors, setErrors] = useState<AnalysisFieldError[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const change = (key: keyof AnalysisFields, value: string) => {
    const next = { ...fields, [key]: value };
    setEdited(next);
    if (tried) setErrors(validateAnalysisFields(next));
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found = validateAnalysisFields(fields);
    setTried(true);
    setErrors(found);
    if (found.length > 0) {
      const first = (['unitName', 'organisation', 'facilitator'] as const).find((k) => errorText(t, found, k));
      document.getElementById(`analysis-${first ?? 'unitName'}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(fields);
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const input = (key: keyof AnalysisFields, label: string, hint?: string, disabled?: boolean) => (
    <Field id={`analysis-${key}`} label={label} hint={hint} error={errorText(t, errors, key)}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="input"
          value={fields[key]}
          onChange={(e) => change(key, e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          autoFocus={key === 'unitName'}
          required={key === 'unitName'}
          disabled={disabled}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      {input('unitName', t('analysisForm.unitName'), t('analysisForm.unitNameHint'))}
      {managedOrganisation === null
        ? input('organisation', t('analysisForm.organisation'), t('analysisForm.organisationHint'))
        : input('organisation', t('analysisForm.organisation'), t('policy.managed'), true)}
      {input('facilitator', t('analysisForm.facilitator'))}
      <div className="dialog__actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button--primary" isDisabled={busy}>
          {mode === 'create' ? t('analysisForm.create') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
