import { created, updated, type Change } from '../../shared/changes.ts';
import { questionNoteId } from '../../shared/records/ids.ts';
import { newTimer } from '../../shared/workshop.ts';
import {
  answerId,
  currentRound,
  deleteAnswers,
  emptySurveyState,
  importAnswers,
  responseIds,
  saveAnswers,
  setQuestions,
  setSmallRoles,
} from '../../shared/survey/answers.ts';
import type { SurveyState } from '../../shared/survey/model.ts';
import { setSwotPrompt } from '../../shared/survey/prompts.ts';
import { removeAnswers } from '../../shared/survey/paper.ts';
import type { Slice, StoreDeps, WorkshopSlice } from './types.ts';

/** The room's notes and countdown, and the survey: each verb reads what it starts from, and commits. */
export function createWorkshopSlice({ repos, newId, now = () => new Date().toISOString() }: StoreDeps): Slice<WorkshopSlice> {
  return (_set, get) => {
    const commit = (changes: Change[]) => get().commit(changes, { undoable: false });
    /** Agenda edits one after another per analysis: each reads the agenda the one before it wrote. */
    const agendaEdits = new Map<string, Promise<void>>();
    // The survey state is made outside the undo history: undoing a question's edit must never delete the state (its rounds, frozen results).
    const surveyState = async (analysisId: string): Promise<SurveyState> => {
      const state = await repos.items.get('surveys', analysisId);
      if (state) return state;
      const made = emptySurveyState(analysisId, now());
      await commit([created('surveys', made)]);
      return made;
    };
    return {
      editAgenda(analysisId, edit, label) {
        const run = async () => {
          const agenda = await repos.items.get('agendas', analysisId);
          if (agenda) await get().commit(edit(agenda), { undoable: true, label });
        };
        const next = (agendaEdits.get(analysisId) ?? Promise.resolve()).then(run, run);
        agendaEdits.set(analysisId, next);
        return next;
      },
      async saveQuestionNote(analysisId, question, notes) {
        const id = questionNoteId(analysisId, question);
        const before = await repos.items.get('questionNotes', id);
        if (before?.notes === notes) return;
        const after = { id, analysisId, question, notes, rev: 1, updatedAt: now() };
        await commit([before ? updated('questionNotes', before, { ...before, notes }) : created('questionNotes', after)]);
      },
      async saveTimer(analysisId, patch) {
        const before = await repos.items.get('timers', analysisId);
        const after = { ...(before ?? newTimer(analysisId, now())), ...patch };
        await commit([before ? updated('timers', before, after) : created('timers', after)]);
      },
      async importSurvey(input) {
        const [state, existing, tasks] = await Promise.all([
          repos.items.get('surveys', input.analysisId),
          repos.items.bulkGet('surveyResponses', responseIds(input)),
          repos.items.where('tasks', 'analysisId', input.analysisId),
        ]);
        await commit(importAnswers(input, state ?? null, existing, tasks, newId, now()));
      },
      async deleteSurveyResponses(analysisId, frozen) {
        const [state, responses] = await Promise.all([repos.items.get('surveys', analysisId), repos.items.where('surveyResponses', 'analysisId', analysisId)]);
        await commit(deleteAnswers(analysisId, state ?? null, responses, frozen, now()));
      },
      async setSurveySmallRoles(analysisId, smallRoles) {
        const state = await repos.items.get('surveys', analysisId);
        await commit(setSmallRoles(analysisId, state ?? null, smallRoles, now()));
      },
      async saveSurveyAnswers(analysisId, answers) {
        if (answers.length === 0) return;
        const state = (await repos.items.get('surveys', analysisId)) ?? null;
        const round = currentRound(state);
        const existing = await repos.items.bulkGet(
          'surveyResponses',
          answers.map((a) => answerId(analysisId, round, a.source, a.key)),
        );
        await commit(saveAnswers(analysisId, state, answers, existing, now()));
      },
      async deleteSurveyAnswers(analysisId, source, keys) {
        if (keys.length === 0) return;
        const round = currentRound((await repos.items.get('surveys', analysisId)) ?? null);
        const stored = await repos.items.bulkGet(
          'surveyResponses',
          keys.map((key) => answerId(analysisId, round, source, key)),
        );
        await commit(removeAnswers(stored.filter((r) => r !== undefined)));
      },
      async setSurveyQuestions(analysisId, questions, label = '') {
        const state = await surveyState(analysisId);
        await get().commit(setQuestions(analysisId, state, questions, now()), { undoable: true, label });
      },
      async setSurveySwotPrompt(analysisId, quadrant, text, defaultText, label = '') {
        const state = await surveyState(analysisId);
        await get().commit(setSwotPrompt(state, quadrant, text, defaultText, now()), { undoable: true, label });
      },
    };
  };
}
