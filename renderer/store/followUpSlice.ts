import type { Change } from '../../shared/changes.ts';
import type * as FollowUp from '../../shared/followUp.ts';
import { created } from '../../shared/changes.ts';
import { emptySurveyState } from '../../shared/survey/answers.ts';
import type * as Rounds from '../../shared/survey/rounds.ts';
import type { SurveyState } from '../../shared/survey/model.ts';
import type { FollowUpSlice, Slice, StoreDeps } from './types.ts';

/** Loaded with the first edit, not with the first screen. */
let roundsCode: Promise<typeof Rounds> | null = null;
const rounds = () => (roundsCode ??= import('../../shared/survey/rounds.ts'));

/** Loaded with the first edit, not with the first screen. */
let followUpModule: Promise<typeof FollowUp> | null = null;
const followUpEdits = () => (followUpModule ??= import('../../shared/followUp.ts'));

/**
 * The follow-up (step 6): the survey's rounds, the board's snapshot and the follow-up's own record.
 * Each verb is one undo step; the edits of one analysis run one after another, each reading what
 * the one before it wrote, so an outcome chosen while a note is being saved keeps both.
 */
export function createFollowUpSlice({ repos, now = () => new Date().toISOString() }: StoreDeps): Slice<FollowUpSlice> {
  return (_set, get) => {
    const queue = new Map<string, Promise<unknown>>();
    const inTurn = <T>(analysisId: string, label: string, work: () => Promise<{ changes: Change[]; value: T }>): Promise<T> => {
      const run = async () => {
        const { changes, value } = await work();
        if (changes.length > 0) await get().commit(changes, { undoable: true, label });
        return value;
      };
      const next = (queue.get(analysisId) ?? Promise.resolve()).then(run, run);
      queue.set(
        analysisId,
        next.catch(() => undefined),
      );
      return next;
    };
    // Made outside the undo history, as the survey's other verbs make it: undoing a round must never delete the survey's state.
    const surveyState = async (analysisId: string): Promise<SurveyState> => {
      const state = await repos.items.get('surveys', analysisId);
      if (state) return state;
      const made = emptySurveyState(analysisId, now());
      await get().commit([created('surveys', made)], { undoable: false });
      return made;
    };
    const followUp = async (analysisId: string) => (await repos.items.get('followUps', analysisId)) ?? null;
    return {
      startSurveyRound(analysisId, name, label) {
        return inTurn(analysisId, label, async () => {
          const [state, responses] = await Promise.all([surveyState(analysisId), repos.items.where('surveyResponses', 'analysisId', analysisId)]);
          const answered = [...new Set(responses.map((r) => r.round))];
          const { changes, round } = (await rounds()).startFollowUpRound(state, name, now(), answered);
          return { changes, value: round };
        });
      },
      setSurveyRound(analysisId, round, label) {
        return inTurn(analysisId, label, async () => ({ changes: (await rounds()).setCurrentRound(await surveyState(analysisId), round), value: undefined }));
      },
      takeBoardSnapshot(analysisId, label) {
        return inTurn(analysisId, label, async () => {
          const [roles, tasks, placements, actions, state, before] = await Promise.all([
            repos.items.where('roles', 'analysisId', analysisId),
            repos.items.where('tasks', 'analysisId', analysisId),
            repos.items.where('placements', 'analysisId', analysisId),
            repos.items.where('actions', 'analysisId', analysisId),
            repos.items.get('surveys', analysisId),
            repos.items.get('boardSnapshots', analysisId),
          ]);
          // The board's hours come from the first round (when there is a survey at all).
          const round = state ? (await rounds()).firstRoundOf(state) : null;
          const at = now();
          const content = (await followUpEdits()).takeSnapshot({ roles, tasks, placements }, actions, round, at);
          return { changes: (await followUpEdits()).saveSnapshot(analysisId, before ?? null, content, at), value: undefined };
        });
      },
      setFollowUpRound(analysisId, round, label) {
        return inTurn(analysisId, label, async () => ({
          changes: (await followUpEdits()).setFollowUpRound(analysisId, await followUp(analysisId), round, now()),
          value: undefined,
        }));
      },
      reviewFollowUpAction(analysisId, actionId, review, label) {
        return inTurn(analysisId, label, async () => ({
          changes: (await followUpEdits()).reviewAction(analysisId, await followUp(analysisId), actionId, review, now()),
          value: undefined,
        }));
      },
      setFollowUpNotes(analysisId, notes, label) {
        return inTurn(analysisId, label, async () => ({
          changes: (await followUpEdits()).setFollowUpNotes(analysisId, await followUp(analysisId), notes, now()),
          value: undefined,
        }));
      },
    };
  };
}
