/**
 * Whether a well-formed submission fits what the facilitator has open: the
 * same opening, a role and tasks it asks, only the questions the survey
 * asks, notes it shows, a quadrant it takes. Pure: the server asks it before
 * anything is written. A phone's dot budget across several submissions is
 * the server's to count (it spans requests).
 */
import type { NewAnswer } from '../survey/answers.ts';
import type { Activity, Delivered, Refusal, Submission } from './protocol.ts';

/** Null when the submission fits the open activity, else why not. */
export function checkSubmission(activity: Activity, submission: Submission): Refusal | null {
  if (activity.kind === 'none' || activity.id !== submission.activityId) return 'notOpen';
  switch (submission.kind) {
    case 'survey': {
      if (activity.kind !== 'survey') return 'notOpen';
      const role = activity.roles.find((r) => r.name === submission.role);
      if (role === undefined) return 'invalid';
      const asked = new Set(role.tasks.map((t) => t.id));
      const seen = new Set<string>();
      for (const { taskId } of submission.hours) {
        if (!asked.has(taskId) || seen.has(taskId)) return 'invalid';
        seen.add(taskId);
      }
      const { questions } = activity;
      if (!questions.contract && submission.contractHours !== null) return 'notAsked';
      if (!questions.mission && submission.mission !== '') return 'notAsked';
      if (!questions.comments && submission.comment !== '') return 'notAsked';
      return null;
    }
    case 'note':
      return activity.kind === 'swot' && activity.quadrants.includes(submission.quadrant) ? null : activity.kind === 'swot' ? 'invalid' : 'notOpen';
    case 'dots': {
      if (activity.kind !== 'dots') return 'notOpen';
      if (submission.noteIds.length > activity.budget) return 'overBudget';
      const shown = new Set(activity.notes.map((n) => n.id));
      return submission.noteIds.every((n) => shown.has(n)) ? null : 'invalid';
    }
    case 'poll':
      return activity.kind === 'poll' ? null : 'notOpen';
  }
}

/** What is written to the journal and delivered: the submission without the phone's voter id. */
export function toDelivered(submission: Submission): Delivered {
  if (submission.kind === 'dots' || submission.kind === 'poll') {
    const { voter: _voter, ...rest } = submission;
    return rest;
  }
  return submission;
}

/**
 * A phone's survey answer as the survey stores answers (saveAnswers), under
 * the submission's own id as its anonymous key: a redelivered answer
 * replaces itself instead of counting twice.
 */
export function phoneAnswer(submission: Extract<Delivered, { kind: 'survey' }>): NewAnswer {
  return {
    key: submission.id,
    source: 'phone',
    role: submission.role,
    mission: submission.mission.trim(),
    contractHours: submission.contractHours,
    comment: submission.comment.trim(),
    hours: submission.hours.map((h) => ({ taskId: h.taskId, hours: h.hours })),
  };
}
