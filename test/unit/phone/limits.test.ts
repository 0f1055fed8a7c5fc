import { describe, expect, it } from 'vitest';
import { ROOM_LIMITS } from '../../../shared/room/protocol';
import { NOTE_TEXT_MAX } from '../../../shared/swot';
import { PHONE_LIMITS } from '../../../phone/limits';

describe('the phone page’s copy of the protocol’s bounds', () => {
  it('equals the protocol', () => {
    expect(PHONE_LIMITS).toEqual({ codeDigits: ROOM_LIMITS.codeDigits, noteText: NOTE_TEXT_MAX, answerText: ROOM_LIMITS.answerText });
  });
});
