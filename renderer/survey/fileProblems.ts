import type { Translator } from '../i18n/i18n.ts';
import type { BrokenQuotes } from '../../shared/survey/csv.ts';
import type { SurveyFileProblem } from './readSurveyFile.ts';

/** A file size in megabytes, as the messages show it ("23,4 MB"). */
export function megabytes({ number }: Pick<Translator, 'number'>, bytes: number): string {
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** What is wrong with a survey file (the staff survey or the SWOT survey), in the user's language. */
export function surveyFileProblemText(translator: Translator, problem: SurveyFileProblem, fileName: string): string {
  const { t } = translator;
  switch (problem.code) {
    case 'tooLarge':
      return t('import.error.tooLarge', { size: megabytes(translator, problem.size), limit: megabytes(translator, problem.limit) });
    case 'tooManyRows':
      return t('import.error.tooManyRows', { rows: translator.number(problem.rows), limit: translator.number(problem.limit) });
    case 'unpacksTooLarge':
      return t('import.error.unpacksTooLarge', { limit: megabytes(translator, problem.limit) });
    case 'unpackedSizeLies':
      return t('import.error.unpackedSizeLies');
    case 'unknownType':
      return t('import.error.unknownType', { name: problem.name });
    case 'unreadable':
      return t('import.error.unreadable', { kind: /\.xlsx$/i.test(fileName) ? 'Excel' : 'CSV' });
    case 'empty':
      return t('import.error.empty');
  }
}

/**
 * The warning for rows whose quoting does not read cleanly, naming them as
 * Excel numbers them; null when there are none.
 */
export function quoteWarningText({ plural }: Pick<Translator, 'plural'>, broken: BrokenQuotes | undefined): string | null {
  if (!broken || broken.count === 0) return null;
  const rows = broken.rows.join(', ') + (broken.count > broken.rows.length ? ' …' : '');
  return plural('import.warning.quotes', broken.count, { rows });
}
