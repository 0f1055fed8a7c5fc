import { describe, expect, it } from 'vitest';
import { freshState, loadState, saveState, stateForToken, STORE_KEY } from '../../../phone/store';

class MemoryStorage {
  map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe('what a phone keeps of a room', () => {
  it('keeps the outbox, drafts and what was sent over a reload', () => {
    const storage = new MemoryStorage();
    const state = freshState('token-aaaaaaaaaaaaaaaa', 'voter-0001');
    state.outbox.push({ id: 'sub-00001', activityId: 'act-swot', kind: 'note', quadrant: 'threats', text: 'Skrivet utan nät' });
    state.notes['act-swot'] = { quadrant: 'threats', text: 'halvfärdig' };
    state.survey['act-survey'] = { role: 'Kock', values: { t1: '2,5' }, contract: '', mission: 'Mat', comment: '' };
    state.spent['act-dots'] = 2;
    state.activity = { kind: 'swot', id: 'act-swot', quadrants: ['threats'] };
    expect(saveState(storage, state)).toBe(true);
    expect(loadState(storage)).toEqual(state);
  });

  it('starts afresh from nothing, from what it cannot read, or from another shape', () => {
    const storage = new MemoryStorage();
    expect(loadState(storage)).toBeNull();
    for (const raw of ['{', '[]', 'null', '{"token":1}', '{"token":"t","voter":"v"}']) {
      storage.setItem(STORE_KEY, raw);
      expect(loadState(storage), raw).toBeNull();
    }
    storage.setItem(STORE_KEY, JSON.stringify({ token: 'token-aaaaaaaaaaaaaaaa', voter: 'voter-0001', outbox: [], spent: 'x', activity: 5 }));
    expect(loadState(storage)).toEqual(freshState('token-aaaaaaaaaaaaaaaa', 'voter-0001'));
  });

  it('says when the browser will not store (private mode, full), and reads nothing from a storage that throws', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveState(refusing, freshState('token-aaaaaaaaaaaaaaaa', 'v-000001'))).toBe(false);
    expect(loadState(refusing)).toBeNull();
  });

  it('keeps the voter id for the same room, and makes a new one for another room, keeping what is unsent and typed', () => {
    let made = 0;
    const newVoter = () => `voter-${++made}`;
    const kept = freshState('token-aaaaaaaaaaaaaaaa', 'voter-kept');
    kept.spent['act-dots'] = 3;
    kept.outbox.push({ id: 'sub-00001', activityId: 'act-swot', kind: 'note', quadrant: 'threats', text: 'osänd' });
    kept.notes['act-swot'] = { quadrant: 'threats', text: 'halvfärdig' };
    expect(stateForToken(kept, 'token-aaaaaaaaaaaaaaaa', newVoter)).toBe(kept);
    const other = stateForToken(kept, 'token-bbbbbbbbbbbbbbbb', newVoter);
    expect(other).toEqual({ ...kept, token: 'token-bbbbbbbbbbbbbbbb', voter: 'voter-1' });
    expect(stateForToken(null, 'token-cccccccccccccccc', newVoter)).toEqual(freshState('token-cccccccccccccccc', 'voter-2'));
  });
});
