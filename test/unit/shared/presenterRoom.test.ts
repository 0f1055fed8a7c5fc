import { describe, expect, it } from 'vitest';
import {
  createReceiver,
  createSender,
  MAX_URL_LENGTH,
  parseMessage,
  PRESENTER_PROTOCOL,
  turn,
  VIEW_RULES,
  type ProjectedRoom,
  type ProjectionState,
} from '../../../shared/presenter.ts';

const ROOM: ProjectedRoom = {
  url: 'http://192.168.137.1:41000/#t=abcdefghijklmnopqrstuv',
  shortUrl: 'http://192.168.137.1:41000',
  code: '482913',
  poll: { role: 'Kock', title: 'Laga mat', counts: { green: 3, yellow: 1, red: 0, black: 2 } },
};

const STATE: ProjectionState = { analysisId: 'a1', view: 'roomJoin', lane: null, page: 0, blank: false, frozen: false, timer: null, room: ROOM };

const message = (state: unknown) => ({ protocol: PRESENTER_PROTOCOL, kind: 'state', session: 's1', seq: 1, sentAt: 1_000, state });

describe('the room’s views on the projector', () => {
  it('carries the join view and the poll’s spread from the facilitator to the projector', () => {
    const sent = createSender('s1', () => 1_000).next(STATE);
    const parsed = parseMessage(JSON.parse(JSON.stringify(sent)));
    expect(parsed).toEqual(sent);
    const shown = createReceiver().accept(parsed ?? sent);
    expect(shown?.view).toBe('roomJoin');
    expect(shown?.room).toEqual(ROOM);
    expect(parseMessage(message({ ...STATE, view: 'poll' }))).not.toBeNull();
  });

  it('copies the room into the message, so a later change of the caller’s object does not leak into it', () => {
    const room = structuredClone(ROOM);
    const sent = createSender('s1').next({ ...STATE, room });
    room.code = '000000';
    if (room.poll) room.poll.counts.green = 99;
    expect(sent.state.room?.code).toBe('482913');
    expect(sent.state.room?.poll?.counts.green).toBe(3);
  });

  it('reads a state without a room (an earlier facilitator window, or no room open) as before', () => {
    const { room: _room, ...withoutRoom } = STATE;
    const parsed = parseMessage(message({ ...withoutRoom, view: 'board' }));
    expect(parsed?.kind === 'state' && parsed.state.room).toBeUndefined();
    const withNull = parseMessage(message({ ...STATE, view: 'board', room: null }));
    expect(withNull?.kind === 'state' && withNull.state.room).toBeUndefined();
  });

  it.each([
    ['a room that is not an object', 'room'],
    ['an address that is not http', { ...ROOM, url: 'javascript:alert(1)' }],
    ['an overlong address', { ...ROOM, url: `http://x/#t=${'a'.repeat(MAX_URL_LENGTH)}` }],
    ['a code that is not text', { ...ROOM, code: 482913 }],
    ['a poll with a negative count', { ...ROOM, poll: { ...ROOM.poll, counts: { green: -1, yellow: 0, red: 0, black: 0 } } }],
    ['a poll with a colour missing', { ...ROOM, poll: { ...ROOM.poll, counts: { green: 1, yellow: 0, red: 0 } } }],
    ['a poll with a fractional count', { ...ROOM, poll: { ...ROOM.poll, counts: { green: 1.5, yellow: 0, red: 0, black: 0 } } }],
    ['a poll without a title', { ...ROOM, poll: { role: 'Kock', counts: ROOM.poll?.counts } }],
  ])('refuses a state with %s', (_label, room) => {
    expect(parseMessage(message({ ...STATE, room }))).toBeNull();
  });

  it('shows the room’s views whole, not by role: ↑ ↓ change nothing there', () => {
    expect(VIEW_RULES.roomJoin.byRole).toBe(false);
    expect(VIEW_RULES.poll.byRole).toBe(false);
    expect(turn({ lane: null, page: 0 }, 'role', 1, ['r1', 'r2'], 1, 'poll')).toEqual({ lane: null, page: 0 });
    expect(turn({ lane: null, page: 0 }, 'page', 1, ['r1', 'r2'], 1, 'roomJoin')).toEqual({ lane: null, page: 0 });
  });
});
