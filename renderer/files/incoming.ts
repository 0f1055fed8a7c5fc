import type { AkrFile } from '../../shared/exchange/format.ts';
import { checkSize, MAX_FILE_BYTES, restoreFile, type RestoreError, type RestoreResult } from '../../shared/exchange/restore.ts';
import type { OpenedFile } from '../../shared/ipc.ts';
import type { Translator } from '../i18n/i18n.ts';
import { megabytes } from '../survey/fileProblems.ts';

/** Why a file was not read: what the reader found, or what the desktop refused to open at all. */
export type IncomingError = RestoreError | { code: 'notAFile' } | { code: 'wrongType' };

/** An analysis file on its way in: read, for the import preview, or refused, with why. */
export type Incoming = { name: string; file: AkrFile } | { name: string; error: IncomingError };

function fromText(name: string, read: () => string): Incoming {
  let result: RestoreResult;
  try {
    result = restoreFile(read());
  } catch (error) {
    // A check failed in a way it should not: say so, never fail silently.
    result = { ok: false, error: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
  return result.ok ? { name, file: result.file } : { name, error: result.error };
}

/** A file chosen in the file chooser: its size is checked before a byte is read. */
export async function incomingFromFile(chosen: File): Promise<Incoming> {
  const tooLarge = checkSize(chosen.size);
  if (tooLarge) return { name: chosen.name, error: tooLarge };
  let text: string;
  try {
    text = await chosen.text();
  } catch (error) {
    // The file went away or could not be read.
    return { name: chosen.name, error: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
  return fromText(chosen.name, () => text);
}

/** A file the OS or the command line handed the desktop app: main has checked and read it, or says why not. */
export function incomingFromOpened(opened: OpenedFile): Incoming {
  if (opened.ok) return fromText(opened.name, () => opened.text);
  switch (opened.problem) {
    case 'tooLarge':
      return { name: opened.name, error: { code: 'tooLarge', size: opened.size ?? MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } };
    case 'unreadable':
      return { name: opened.name, error: { code: 'unreadable', detail: opened.detail } };
    case 'notAFile':
    case 'wrongType':
      return { name: opened.name, error: { code: opened.problem } };
  }
}

/** What is wrong with a file, in the user's language. */
export function incomingErrorText(translator: Translator, error: IncomingError): string {
  const { t } = translator;
  switch (error.code) {
    case 'tooLarge':
      return t('files.error.tooLarge', { size: megabytes(translator, error.size), limit: megabytes(translator, error.limit) });
    case 'truncated':
      return t('files.error.truncated');
    case 'unreadable':
      return t('files.error.unreadable');
    case 'notJson':
      return t('files.error.notJson');
    case 'notOurs':
      return t('files.error.notOurs');
    case 'newerVersion':
      return t('files.error.newerVersion');
    case 'tooDeep':
      return t('files.error.tooDeep', { limit: error.limit, path: error.path });
    case 'forbiddenKey':
    case 'invalid':
      return t('files.error.invalid', { path: error.path });
    case 'duplicateId':
      return t('files.error.duplicateId', { path: error.path });
    case 'brokenLink':
      return t('files.error.brokenLink', { path: error.path });
    case 'notAFile':
      return t('openFiles.error.notAFile');
    case 'wrongType':
      return t('openFiles.error.wrongType');
  }
}
