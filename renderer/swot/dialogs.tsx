import { useState, type SubmitEvent } from 'react';
import { validateNoteText, type SwotNote } from '../../shared/swot.ts';
import { Dialog } from '../components/Dialog.tsx';
import { Field } from '../components/Field.tsx';
import { FormFooter } from '../components/FormFooter.tsx';
import { useT } from '../i18n/i18n.ts';

/** Edits one line of text: a note, or a discussion entry. */
export function TextDialog({ title, initial, onSave, onClose }: { title: string; initial: string; onSave: (text: string) => void; onClose: () => void }) {
  const { t } = useT();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = validateNoteText(text);
    if (problem) {
      setError(t(`swot.error.${problem}`));
      return;
    }
    onSave(text);
    onClose();
  };
  return (
    <Dialog title={title} isOpen onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field id="swot-text" label={t('swot.noteText')}>
          {({ inputId }) => (
            <textarea id={inputId} className="input input--multiline" value={text} maxLength={500} autoFocus onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
        <FormFooter error={error} submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** Chooses notes: to group with a first one (with a name for the group), or to link a discussion entry to. */
export function PickNotesDialog({
  title,
  notes,
  initial,
  withName,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  notes: SwotNote[];
  initial: string[];
  withName: boolean;
  confirmLabel: string;
  onConfirm: (noteIds: string[], name: string) => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const [chosen, setChosen] = useState(() => new Set(initial));
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (withName && chosen.size < 2) {
      setError(t('swot.groupNeedsTwo'));
      return;
    }
    if (withName && name.trim() === '') {
      setError(t('swot.groupNameRequired'));
      return;
    }
    onConfirm(
      notes.filter((n) => chosen.has(n.id)).map((n) => n.id),
      name,
    );
    onClose();
  };
  return (
    <Dialog title={title} isOpen onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        {withName && (
          <Field id="group-name" label={t('swot.groupName')}>
            {({ inputId }) => <input id={inputId} className="input" value={name} maxLength={120} autoFocus onChange={(e) => setName(e.target.value)} />}
          </Field>
        )}
        <fieldset className="pick-notes">
          <legend className="field__label">{withName ? t('swot.groupPick') : t('swot.entryLinks')}</legend>
          {notes.map((n) => (
            <label key={n.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(n.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(n.id);
                  else next.delete(n.id);
                  setChosen(next);
                }}
              />
              {n.text}
            </label>
          ))}
        </fieldset>
        <FormFooter error={error} submitLabel={confirmLabel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
