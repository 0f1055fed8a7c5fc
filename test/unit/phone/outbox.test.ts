import { describe, expect, it } from 'vitest';
import type { Submission } from '../../../shared/room/protocol';
import { drain, resultOf, retryDelay, withoutSettled, type SendResult } from '../../../phone/outbox';

const note = (id: string): Submission => ({ id, activityId: 'act-swot', kind: 'note', quadrant: 'strengths', text: `lapp ${id}` });

describe('what the room’s answer means for the outbox', () => {
  it('a receipt settles it', () => {
    expect(resultOf(201, { id: 'x' })).toEqual({ kind: 'receipt' });
  });

  it('a refusal the room will repeat settles it, with the reason', () => {
    expect(resultOf(422, { error: 'overBudget' })).toEqual({ kind: 'refused', refusal: 'overBudget' });
    expect(resultOf(409, { error: 'notOpen' })).toEqual({ kind: 'refused', refusal: 'notOpen' });
    expect(resultOf(409, { error: 'alreadyVoted' })).toEqual({ kind: 'refused', refusal: 'alreadyVoted' });
  });

  it('a busy or rate-limited room, a server error or a body that is not the room’s means try later', () => {
    expect(resultOf(503, { error: 'busy' })).toEqual({ kind: 'later' });
    expect(resultOf(429, { error: 'rate' })).toEqual({ kind: 'later' });
    expect(resultOf(500, null)).toEqual({ kind: 'later' });
    expect(resultOf(502, '<html>')).toEqual({ kind: 'later' });
    expect(resultOf(404, null)).toEqual({ kind: 'later' });
  });

  it('a refused token or a closed room puts the phone out of the room', () => {
    expect(resultOf(401, { error: 'token' })).toEqual({ kind: 'out', refusal: 'token' });
    expect(resultOf(410, { error: 'closed' })).toEqual({ kind: 'out', refusal: 'closed' });
  });
});

describe('draining the outbox', () => {
  const scripted = (results: Record<string, SendResult | 'throw'>) => {
    const tried: string[] = [];
    const send = async (s: Submission): Promise<SendResult> => {
      tried.push(s.id);
      const r = results[s.id] ?? { kind: 'receipt' };
      if (r === 'throw') throw new TypeError('Failed to fetch');
      return r;
    };
    return { tried, send };
  };

  it('sends in order and settles what got a receipt or a lasting refusal', async () => {
    const { tried, send } = scripted({ b: { kind: 'refused', refusal: 'notOpen' } });
    const report = await drain([note('a'), note('b'), note('c')], send);
    expect(tried).toEqual(['a', 'b', 'c']);
    expect(report.sent.map((s) => s.id)).toEqual(['a', 'c']);
    expect(report.refused).toEqual([{ submission: note('b'), refusal: 'notOpen' }]);
    expect(report.left).toEqual([]);
    expect(report.out).toBeNull();
  });

  it('stops at the first "later" (or a failed fetch) and keeps it and the rest, in order', async () => {
    for (const failure of [{ kind: 'later' } as const, 'throw' as const]) {
      const { tried, send } = scripted({ b: failure });
      const report = await drain([note('a'), note('b'), note('c')], send);
      expect(tried).toEqual(['a', 'b']);
      expect(report.sent.map((s) => s.id)).toEqual(['a']);
      expect(report.left.map((s) => s.id)).toEqual(['b', 'c']);
    }
  });

  it('stops when the room no longer knows the phone, keeping everything unsent', async () => {
    const { send } = scripted({ a: { kind: 'out', refusal: 'token' } });
    const report = await drain([note('a'), note('b')], send);
    expect(report.out).toBe('token');
    expect(report.left.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('a retry sends the same id: the outbox never makes a new one', async () => {
    const ids: string[] = [];
    let attempt = 0;
    const send = async (s: Submission): Promise<SendResult> => {
      ids.push(s.id);
      attempt += 1;
      return attempt === 1 ? { kind: 'later' } : { kind: 'receipt' };
    };
    let outbox = [note('same-id-1')];
    outbox = withoutSettled(outbox, await drain(outbox, send));
    expect(outbox).toHaveLength(1);
    outbox = withoutSettled(outbox, await drain(outbox, send));
    expect(outbox).toEqual([]);
    expect(ids).toEqual(['same-id-1', 'same-id-1']);
  });

  it('keeps what was queued while a drain was under way', async () => {
    const report = await drain([note('a')], async () => ({ kind: 'receipt' }));
    expect(withoutSettled([note('a'), note('queued-later')], report).map((s) => s.id)).toEqual(['queued-later']);
  });

  it('waits longer after each failure, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(retryDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
