import { useState, type KeyboardEvent } from 'react';
import { parseNumberInput, type NumberInput } from './staffingText.ts';

type Problem = Extract<NumberInput, { ok: false }>['problem'];

/**
 * A number typed into a cell of the staffing estimate or the economic estimate: the text while it
 * is being typed, written on blur or Enter when it is valid (`commit` decides whether it changes
 * anything; empty = not given, never 0). A bad value stays in the field with `errorOf`'s words and
 * is never written; Esc puts back what is stored.
 */
export function useNumberDraft(
  max: number,
  errorOf: (problem: Problem) => string,
  commit: (value: number | null) => void,
  clean: (text: string) => string = (text) => text,
) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const finish = () => {
    if (draft === null) return;
    const parsed = parseNumberInput(clean(draft), max);
    if (!parsed.ok) {
      setError(errorOf(parsed.problem));
      return;
    }
    setError(null);
    setDraft(null);
    commit(parsed.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish();
    } else if (event.key === 'Escape' && (draft !== null || error !== null)) {
      event.preventDefault();
      setDraft(null);
      setError(null);
    }
  };
  /** The text as typed: an error is cleared as soon as the person types again. */
  const edit = (text: string) => {
    setDraft(text);
    setError(null);
  };
  return { draft, edit, error, finish, onKeyDown };
}
