import type { SurveyQuestions } from '../../../shared/survey/answers.ts';
import { FORMS_MAX, type FormsQuestion, type FormsTitles } from '../../../shared/survey/formsList.ts';
import type { Translator } from '../../i18n/i18n.ts';

/** The question titles in the UI language. */
export function formsTitles(t: Translator['t']): FormsTitles {
  return {
    respondent: t('forms.title.respondent'),
    role: t('forms.title.role'),
    mission: t('forms.title.mission'),
    hoursPrefix: t('forms.title.hours'),
    percentPrefix: t('forms.title.percent'),
    contractHours: t('forms.title.contractHours'),
    contractPercent: t('forms.title.contractPercent'),
    comment: t('forms.title.comment'),
  };
}

/**
 * The question list as plain text to paste from: the settings to use in
 * Forms, then each question numbered, its title alone on its line (what is
 * copied into Forms), its type and limits under it.
 */
export function formsListText(
  list: readonly FormsQuestion[],
  context: { unitName: string; questions: SurveyQuestions; threshold: number },
  translator: Pick<Translator, 't' | 'number'>,
): string {
  const { t, number } = translator;
  const max = FORMS_MAX[context.questions.unit];
  const lines = [
    t('forms.text.heading', { unit: context.unitName }),
    '',
    t('forms.text.settings'),
    `- ${t('forms.text.anyone')}`,
    `- ${t('forms.text.noNames')}`,
    `- ${t('forms.text.numbers', { min: number(0), max: number(max) })}`,
    `- ${t('forms.text.titles')}`,
    `- ${t('forms.text.export')}`,
    `- ${t('forms.text.description', { text: t(context.questions.unit === 'percent' ? 'forms.text.intro.percent' : 'forms.text.intro.hours', { threshold: String(context.threshold) }) })}`,
    '',
    t('forms.text.questions'),
  ];
  list.forEach((q, i) => {
    lines.push('', `${i + 1}. ${q.title}`);
    if (q.kind === 'choice') lines.push(`   ${t('forms.text.choice', { choices: q.choices.join('; ') })}`);
    else if (q.kind === 'number') {
      lines.push(`   ${t('forms.text.number', { min: number(q.min), max: number(q.max) })}`);
      if (q.task) {
        const subtitle = q.task.roles.length > 0 ? t('forms.text.taskFor', { roles: q.task.roles.join(', ') }) : t('forms.text.taskAll');
        lines.push(`   ${t('forms.text.subtitle', { text: subtitle })}`);
      }
    } else lines.push(`   ${t('forms.text.long')}`);
  });
  return `${lines.join('\n')}\n`;
}
