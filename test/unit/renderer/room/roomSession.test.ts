import { describe, expect, it } from 'vitest';
import { createRoomSession } from '../../../../renderer/room/roomSession.ts';
import { fakeRoomBridge } from './fakeRoomHost.ts';

describe('the facilitator’s session with the room host', () => {
  it('opens a room on the chosen address, follows the phones and closes', async () => {
    const bridge = fakeRoomBridge();
    const session = createRoomSession(bridge);
    let changes = 0;
    session.subscribe(() => changes++);
    const result = await session.open('a1', '192.168.137.1');
    expect(result?.ok).toBe(true);
    expect(bridge.calls).toEqual(['open a1 192.168.137.1']);
    expect(session.get().info?.shortUrl).toBe('http://192.168.137.1:41000');
    bridge.emit({ type: 'phones', connected: 7 });
    expect(session.get().info?.phones).toBe(7);
    await session.close();
    expect(session.get().info).toBeNull();
    expect(changes).toBeGreaterThan(2);
  });

  it('keeps why a room could not open, and forgets it when the facilitator tries again', async () => {
    const bridge = fakeRoomBridge();
    const session = createRoomSession(bridge);
    bridge.failNext = 'noNetwork';
    await session.open('a1');
    expect(session.get().problem?.problem).toBe('noNetwork');
    expect(session.get().info).toBeNull();
    await session.open('a1');
    expect(session.get().problem).toBeNull();
    expect(session.get().info?.analysisId).toBe('a1');
  });

  it('shows the lock-out after wrong codes until a new code is made', async () => {
    const bridge = fakeRoomBridge();
    const session = createRoomSession(bridge);
    await session.open('a1');
    bridge.emit({ type: 'wrongCode', wrong: 3, limit: 20 });
    expect(session.get().wrongCodes).toEqual({ wrong: 3, limit: 20 });
    bridge.emit({ type: 'locked' });
    expect(session.get().info?.locked).toBe(true);
    await session.newCode();
    expect(session.get().info?.locked).toBe(false);
    expect(session.get().info?.code).not.toBe('123456');
    expect(session.get().wrongCodes).toBeNull();
  });

  it('records what is open to the phones, and says why when the host refuses it', async () => {
    const bridge = fakeRoomBridge();
    const session = createRoomSession(bridge);
    await session.open('a1');
    expect(await session.setActivity({ kind: 'poll', id: 'p1', role: 'Kock', taskId: 't1', title: 'Laga mat' })).toBe(true);
    expect(session.get().info?.activity.kind).toBe('poll');
    session.project('poll');
    expect(session.get().projected).toBe('poll');
    // Ending the poll takes its view off the projector.
    expect(await session.setActivity({ kind: 'none' })).toBe(true);
    expect(session.get().projected).toBeNull();
    bridge.refuseActivity = 'malformed activity';
    expect(await session.setActivity({ kind: 'swot', id: 's1', quadrants: ['strengths'] })).toBe(false);
    expect(session.get().failed).toEqual({ action: 'activity', detail: 'malformed activity' });
    expect(session.get().info?.activity.kind).toBe('none');
  });

  it('forgets the room when the host says it closed (another window, or the host shut down), and sends no room view', async () => {
    const bridge = fakeRoomBridge();
    const session = createRoomSession(bridge);
    await session.open('a1');
    session.project('roomJoin');
    bridge.emit({ type: 'closed', analysisId: 'other' });
    expect(session.get().info).not.toBeNull();
    bridge.emit({ type: 'closed', analysisId: 'a1' });
    expect(session.get().info).toBeNull();
    expect(session.get().projected).toBeNull();
    session.project('roomJoin');
    expect(session.get().projected).toBeNull();
  });

  it('finds a room still open after the window reloads', async () => {
    const bridge = fakeRoomBridge();
    await bridge.open('a1');
    const session = createRoomSession(bridge);
    await expect.poll(() => session.get().info?.analysisId).toBe('a1');
  });
});
