import { ChevronDown, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { DEFAULT_QUESTIONS, type SurveyQuestions } from '../../../shared/survey/answers.ts';
import { swotPromptsOf } from '../../../shared/survey/prompts.ts';
import { QUADRANTS, type Quadrant } from '../../../shared/vocabulary.ts';
import { AutosaveField } from '../../components/AutosaveField.tsx';
import { SegmentedOption } from '../../components/SegmentedOption.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useApp } from '../../store/context.ts';
import { UndoRedoButtons } from '../../workshop/WorkshopButtons.tsx';
import type { SurveyModel } from '../useSurvey.ts';
import { FormsExport } from './FormsExport.tsx';
import './surveyForms.css';

/**
 * What the staff survey asks (hours or percent, contract, core mission,
 * comments), the SWOT survey's prompts, and the survey as questions for
 * Microsoft Forms with answer templates. Every edit is an undo step.
 */
export function SurveyQuestionsPanel({ analysisId, survey, startOpen }: { analysisId: string; survey: SurveyModel; startOpen: boolean }) {
  const { t } = useT();
  const [open, setOpen] = useState(startOpen);
  const setSurveyQuestions = useApp((s) => s.setSurveyQuestions);
  const setSurveySwotPrompt = useApp((s) => s.setSurveySwotPrompt);
  const stored = survey.state?.questions ?? DEFAULT_QUESTIONS;
  // Shown at once and built on by the next click, before the database has answered the last one
  // (a click is its own event: the state has re-rendered by the next).
  const [questions, setQuestions] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setQuestions(stored);
  }
  const change = (patch: Partial<SurveyQuestions>) => {
    const next = { ...questions, ...patch };
    setQuestions(next);
    void setSurveyQuestions(analysisId, next, t('forms.undo.questions'));
  };
  const defaults = Object.fromEntries(QUADRANTS.map((q) => [q, t(`forms.swot.default.${q}`)])) as Record<Quadrant, string>;
  const prompts = swotPromptsOf(survey.state?.swotPrompts ?? [], defaults);

  return (
    <section className="panel survey-questions" aria-labelledby="survey-questions-title">
      <h3 id="survey-questions-title" className="survey-questions__heading">
        <button type="button" className="button button--quiet" aria-expanded={open} aria-controls="survey-questions-body" onClick={() => setOpen(!open)}>
          {open ? <ChevronDown aria-hidden size={18} /> : <ChevronRight aria-hidden size={18} />}
          {t('forms.questions.title')}
        </button>
      </h3>
      <div id="survey-questions-body" hidden={!open}>
        <div className="survey-questions__intro">
          <p className="muted">{t('forms.questions.intro')}</p>
          <div className="survey-questions__undo">
            <UndoRedoButtons analysisId={analysisId} />
          </div>
        </div>
        <RadioGroup className="segmented" value={questions.unit} onChange={(v) => change({ unit: v === 'percent' ? 'percent' : 'hours' })}>
          <Label className="field__label">{t('forms.unit.label')}</Label>
          <p className="muted">{t('forms.unit.hint')}</p>
          <div className="segmented__options">
            <SegmentedOption value="hours">{t('forms.unit.hours')}</SegmentedOption>
            <SegmentedOption value="percent">{t('forms.unit.percent')}</SegmentedOption>
          </div>
        </RadioGroup>
        <div className="survey-questions__checks">
          {(['contract', 'mission', 'comments'] as const).map((key) => (
            <label key={key} className="checkbox">
              <input type="checkbox" checked={questions[key]} onChange={(e) => change({ [key]: e.target.checked })} />
              {t(`forms.${key}`)}
            </label>
          ))}
        </div>

        <h4>{t('forms.swot.title')}</h4>
        <p className="muted">{t('forms.swot.hint')}</p>
        <div className="survey-questions__swot">
          {QUADRANTS.map((q) => (
            <AutosaveField
              key={q}
              label={t(`forms.swot.label.${q}`)}
              multiline
              maxLength={1000}
              stored={prompts[q]}
              save={(text) => setSurveySwotPrompt(analysisId, q, text, defaults[q], t('forms.swot.undo'))}
            />
          ))}
        </div>

        <FormsExport analysisId={analysisId} survey={survey} questions={questions} />
      </div>
    </section>
  );
}
