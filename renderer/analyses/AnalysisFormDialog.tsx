import { useState, type SubmitEvent } from 'react';
import { Button } from 'react-aria-components';
import { validateAnalysisFields, type AnalysisFieldError, type AnalysisFields } from '../../shared/analysis.ts';
import { LIMITS } from '../../shared/limits.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { useT, type Translator } from '../i18n/i18n.ts';
import { newAnalysisDefaults } from '../../shared/policy.ts';
import { usePolicy } from '../store/usePolicy.ts';

interface AnalysisFormDialogProps {
  mode: 'create' | 'rename';
  initial?: AnalysisFields;
  isOpen: boolean;
  onClose: () => void;
  onSubmit: (fields: AnalysisFields) => Promise<void>;
}

/** The form's fields: every one a string while editing. */
type FormFields = Required<AnalysisFields>;
type FieldKey = keyof FormFields;

/** The fields the policy may fix for a new analysis (null: editable). */
type ManagedFields = { organisation: string | null; administration: string | null };

function errorText(t: Translator['t'], errors: AnalysisFieldError[], field: FieldKey): string | null {
  const messages: Record<AnalysisFieldError, [FieldKey, string]> = {
    unitNameRequired: ['unitName', t('analysisForm.unitNameRequired')],
    unitNameTooLong: ['unitName', t('analysisForm.unitNameTooLong', { max: LIMITS.unitName })],
    organisationTooLong: ['organisation', t('analysisForm.organisationTooLong', { max: LIMITS.organisation })],
    administrationTooLong: ['administration', t('analysisForm.administrationTooLong', { max: LIMITS.administration })],
    facilitatorTooLong: ['facilitator', t('analysisForm.facilitatorTooLong', { max: LIMITS.facilitator })],
  };
  const hit = errors.find((e) => messages[e][0] === field);
  return hit ? messages[hit][1] : null;
}

/** Creates an analysis, or renames one (unit, organisation, administration, facilitator). */
export function AnalysisFormDialog({ mode, initial, isOpen, onClose, onSubmit }: AnalysisFormDialogProps) {
  const { t } = useT();
  // A new analysis starts with the organisation and administration from the policy; locked, they cannot be changed here.
  const defaults = newAnalysisDefaults(usePolicy());
  const start: FormFields = initial
    ? { ...initial, administration: initial.administration ?? '' }
    : { unitName: '', facilitator: '', organisation: defaults.organisation, administration: defaults.administration };
  const managed: ManagedFields = mode === 'create' ? defaults.locked : { organisation: null, administration: null };
  return (
    <Dialog title={t(mode === 'create' ? 'analysisForm.createTitle' : 'analysisForm.renameTitle')} isOpen={isOpen} onClose={onClose}>
      {/* Mounted fresh each time the dialog opens, so it starts from `initial`. */}
      <AnalysisForm mode={mode} initial={start} managed={managed} onClose={onClose} onSubmit={onSubmit} />
    </Dialog>
  );
}

type AnalysisFormProps = Omit<AnalysisFormDialogProps, 'isOpen' | 'initial'> & {
  initial: FormFields;
  /** What the policy fixes for new analyses. */
  managed: ManagedFields;
};

function AnalysisForm({ mode, initial, managed, onClose, onSubmit }: AnalysisFormProps) {
  const { t } = useT();
  const [edited, setEdited] = useState(initial);
  const fields: FormFields = {
    ...edited,
    organisation: managed.organisation ?? edited.organisation,
    administration: managed.administration ?? edited.administration,
  };
  const [errors, setErrors] = useState<AnalysisFieldError[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const change = (key: FieldKey, value: string) => {
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
      const first = (['unitName', 'organisation', 'administration', 'facilitator'] as const).find((k) => errorText(t, found, k));
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

  const input = (key: FieldKey, label: string, hint?: string, disabled?: boolean) => (
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
      {managed.organisation === null
        ? input('organisation', t('analysisForm.organisation'), t('analysisForm.organisationHint'))
        : input('organisation', t('analysisForm.organisation'), t('policy.managed'), true)}
      {managed.administration === null
        ? input('administration', t('analysisForm.administration'), t('analysisForm.administrationHint'))
        : input('administration', t('analysisForm.administration'), t('policy.managed'), true)}
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
