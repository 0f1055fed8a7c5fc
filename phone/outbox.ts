/**
 * Nothing typed is lost: every submission waits in an outbox (kept in
 * localStorage with the rest of the room's state) until the room gives a
 * receipt for its id. A retry sends the same id, and the room never counts
 * an id twice, so sending again after a lost receipt is safe. Pure: sending
 * is passed in.
 */
import type { Refusal, Submission } from '../shared/room/protocol.ts';

/** How one attempt went. */
export type SendResult =
  /** The room has it (a receipt for this id). */
  | { kind: 'receipt' }
  /** Not now: no connection, the room busy or rate-limited. Keep it and try again later. */
  | { kind: 'later' }
  /** The room will never take it (another activity is open, over the budget …). */
  | { kind: 'refused'; refusal: Refusal }
  /** The phone is not in this room (any more): its token is refused, or the room closed. Keep everything. */
  | { kind: 'out'; refusal: 'token' | 'closed' };

/** Refusals worth trying again: the room is busy or asks to slow down. */
const TRANSIENT: readonly Refusal[] = ['busy', 'rate'];

/** What a response from POST /api/submissions means for the outbox. */
export function resultOf(status: number, body: unknown): SendResult {
  if (status === 201 || status === 200) return { kind: 'receipt' };
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  if (error === 'token' || error === 'closed') return { kind: 'out', refusal: error };
  if (typeof error === 'string' && !TRANSIENT.includes(error as Refusal) && status >= 400 && status < 500)
    return { kind: 'refused', refusal: error as Refusal };
  return { kind: 'later' };
}

export interface DrainReport {
  /** Submissions the room gave a receipt for, in order. */
  sent: Submission[];
  refused: { submission: Submission; refusal: Refusal }[];
  /** Still waiting (an attempt said "later"; the rest were not tried). */
  left: Submission[];
  /** Set when the room refused the phone itself (its token, or the room closed). */
  out: 'token' | 'closed' | null;
}

/**
 * Sends the outbox in order, one at a time, until it is empty or an attempt
 * says "later" or the room refuses the phone (then the rest wait: order is kept and a dead connection is
 * not hammered). `sending` is the outbox as it is now; the caller removes what
 * the report says was sent or refused.
 */
export async function drain(sending: readonly Submission[], send: (s: Submission) => Promise<SendResult>): Promise<DrainReport> {
  const report: DrainReport = { sent: [], refused: [], left: [], out: null };
  for (let i = 0; i < sending.length; i++) {
    const submission = sending[i] as Submission;
    let result: SendResult;
    try {
      result = await send(submission);
    } catch {
      result = { kind: 'later' };
    }
    if (result.kind === 'receipt') report.sent.push(submission);
    else if (result.kind === 'refused') report.refused.push({ submission, refusal: result.refusal });
    else {
      if (result.kind === 'out') report.out = result.refusal;
      report.left = sending.slice(i);
      break;
    }
  }
  return report;
}

/** The outbox without the submissions a drain settled (sent or refused); ones added meanwhile stay. */
export function withoutSettled(outbox: readonly Submission[], report: DrainReport): Submission[] {
  const settled = new Set([...report.sent.map((s) => s.id), ...report.refused.map((r) => r.submission.id)]);
  return outbox.filter((s) => !settled.has(s.id));
}

/** Wait before the next retry: 1 s, 2 s, 4 s … up to 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
}
