import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApp } from '../store/context.ts';

export interface AutosaveOptions {
  /** The value in the database. */
  stored: string;
  /** Writes a checked draft. */
  save: (text: string) => Promise<void>;
  /** Returns an error message for a draft that must not be saved, or null. */
  validate?: (text: string) => string | null;
  delayMs?: number;
}

/**
 * A text field that saves as the user types: a short pause, leaving the field
 * or leaving the page writes the draft. While the user is typing, changes from
 * elsewhere do not overwrite the draft; otherwise the field follows the
 * database. The top bar shows "Sparar…" from the first keystroke until the
 * write is committed.
 */
export function useAutosave({ stored, save, validate, delayMs = 300 }: AutosaveOptions) {
  const beginWrite = useApp((s) => s.beginWrite);
  const [draft, setDraftState] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const dirty = useRef(false);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const endWrite = useRef<(() => void) | null>(null);
  const latest = useRef({ draft, save, validate, stored });
  useLayoutEffect(() => {
    latest.current = { draft, save, validate, stored };
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const end = endWrite.current;
    endWrite.current = null;
    if (!dirty.current) {
      end?.();
      return;
    }
    dirty.current = false;
    const { draft: text, save: write, validate: check, stored: current } = latest.current;
    if (check?.(text) || text === current) {
      end?.();
      return;
    }
    write(text)
      .catch(() => undefined)
      .finally(() => end?.());
  }, []);

  const setDraft = useCallback(
    (text: string) => {
      setDraftState(text);
      latest.current.draft = text;
      setError(latest.current.validate?.(text) ?? null);
      dirty.current = true;
      endWrite.current ??= beginWrite();
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [beginWrite, delayMs, flush],
  );

  // Follow the database when the user is not editing this field.
  useEffect(() => {
    if (!dirty.current && !focused.current) {
      setDraftState(stored);
      setError(null);
    }
  }, [stored]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return {
    draft,
    error,
    setDraft,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      // An invalid draft stays visible with its error until the user fixes it; it is never saved.
      flush();
    },
  };
}
