import { memo } from 'react';
import { QUESTION_KEYS } from '../../shared/workshop.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp, useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';

/** The three workshop questions with the room's notes on each, saved with the analysis. */
export const QuestionsPanel = memo(function QuestionsPanel({ analysisId }: { analysisId: string }) {
  const { t } = useT();
  const { repos } = useServices();
  const saveQuestionNote = useApp((s) => s.saveQuestionNote);
  const notes = useLive(() => repos.board.liveQuestionNotes(analysisId), [repos, analysisId]);
  return (
    <section className="panel questions" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('questions.title')}</h2>
      <div className="questions__grid">
        {QUESTION_KEYS.map((q) => (
          <AutosaveField
            key={q}
            label={t(`questions.${q}`)}
            multiline
            stored={notes?.find((n) => n.question === q)?.notes ?? ''}
            save={(text) => saveQuestionNote(analysisId, q, text)}
          />
        ))}
      </div>
    </section>
  );
});
