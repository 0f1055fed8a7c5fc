import { AppError } from '../../shared/errors.ts';
import type { Translator } from './i18n.ts';

/**
 * An error from below the views, in the reader's language: the app's own by
 * their code; anything else (the browser's storage refusing a write, say) by
 * its own message, which is the browser's and in the browser's language.
 */
export function errorText({ t }: Translator, error: unknown): string {
  if (error instanceof AppError) return t(`error.${error.code}`);
  if (error instanceof Error) return error.message;
  return String(error);
}
