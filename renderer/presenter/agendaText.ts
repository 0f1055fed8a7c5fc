import type { TemplateText } from '../../shared/agenda.ts';
import type { Translator } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/sv.ts';

/** The agenda templates' titles and speaker notes in the reader's language. */
export const agendaText =
  (t: Translator['t']): TemplateText =>
  (workshop, key, part) =>
    t(`agenda.t.${workshop}.${key}.${part}` as MessageKey);
