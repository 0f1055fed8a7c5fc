import type { InfoTexts } from '../../shared/infoMeeting.ts';
import type { Translator } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/sv.ts';

/** What the default texts say about this analysis. */
export interface InfoFacts {
  unitName: string;
  facilitator: string;
  /** The privacy threshold: a role with fewer answers is not shown on its own. */
  threshold: number;
}

/** The slides' default texts in the translator's language, with the analysis's facts filled in. */
export function infoTexts(tr: Translator, facts: InfoFacts): InfoTexts {
  const values = { unit: facts.unitName, threshold: String(facts.threshold), facilitator: facts.facilitator };
  return {
    // Every default slide has its three texts in the dictionaries (info.sv.ts); the contact's body is made below.
    text: (key, part) => tr.t(`info.d.${key}.${part}` as MessageKey, values),
    planStep: (step, date) => tr.t(`info.plan.${step}`, { date: date ? tr.date(date) : tr.t('info.plan.noDate') }),
    contact: (contact) =>
      contact.trim() !== ''
        ? tr.t('info.contact.with', { contact: contact.trim() })
        : facts.facilitator.trim() !== ''
          ? tr.t('info.contact.none', { facilitator: facts.facilitator.trim() })
          : tr.t('info.contact.noneNoName'),
    untitled: tr.t('info.untitled'),
  };
}
