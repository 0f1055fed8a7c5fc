import { useState, type SubmitEvent } from 'react';
import { roundNameProblem } from '../../shared/survey/rounds.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { FormFooter } from '../components/FormFooter.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** Names and starts a follow-up survey round; answers go to it from then on. */
export function StartRoundDialog({ analysisId, isOpen, onClose }: { analysisId: string; isOpen: boolean; onClose: () => void }) {
  const { t } = useT();
  const startSurveyRound = useApp((s) => s.startSurveyRound);
  const pushToast = useApp((s) => s.pushToast);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = roundNameProblem(name);
  const error = tried && problem ? t(problem === 'nameRequired' ? 'rounds.nameRequired' : 'rounds.nameTooLong') : null;
  const close = () => {
    setName('');
    setTried(false);
    onClose();
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) {
      document.getElementById('round-name')?.focus();
      return;
    }
    setBusy(true);
    try {
      await startSurveyRound(analysisId, name, t('rounds.history.start'));
      pushToast({ message: t('rounds.started', { name: name.trim() }) });
      close();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('rounds.start.title')} isOpen={isOpen} onClose={close}>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <p>{t('rounds.start.body')}</p>
        <Field id="round-name" label={t('rounds.name')} hint={t('rounds.nameHint')} error={error}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input"
              value={name}
              maxLength={220}
              placeholder={t('rounds.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              required
              autoFocus
            />
          )}
        </Field>
        <FormFooter submitLabel={t('rounds.start')} onCancel={close} isDisabled={busy} />
      </form>
    </Dialog>
  );
}
