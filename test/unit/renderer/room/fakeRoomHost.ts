/**
 * An in-memory room host and phones' inbox for the room's views: what the
 * facilitator's window asks is recorded, and the test says what the host
 * answers and which events it sends.
 */
import type { OpenRoomResult, RoomAddress, RoomBridge, RoomHostEvent, RoomInfo, RoomProblem } from '../../../../shared/room/bridge.ts';
import type { Activity } from '../../../../shared/room/protocol.ts';
import type { QueuedNote, RoomInbox } from '../../../../renderer/room/inboxTypes.ts';

export interface FakeRoomBridge extends RoomBridge {
  calls: string[];
  addressList: RoomAddress[];
  /** The next open() fails with this problem, once. */
  failNext: RoomProblem | null;
  /** setActivity() throws this message while set. */
  refuseActivity: string | null;
  room: RoomInfo | null;
  emit(event: RoomHostEvent): void;
}

export function fakeRoomBridge(): FakeRoomBridge {
  const listeners = new Set<(event: RoomHostEvent) => void>();
  let codes = 0;
  const fake: FakeRoomBridge = {
    supported: true,
    calls: [],
    addressList: [
      { address: '192.168.1.20', name: 'Wi-Fi' },
      { address: '192.168.137.1', name: 'Mobil hotspot' },
    ],
    failNext: null,
    refuseActivity: null,
    room: null,
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    async addresses() {
      return fake.addressList;
    },
    async open(analysisId, options): Promise<OpenRoomResult> {
      fake.calls.push(`open ${analysisId} ${options?.address ?? '-'}`);
      if (fake.failNext) {
        const problem = fake.failNext;
        fake.failNext = null;
        return { ok: false, problem, detail: `fake ${problem}` };
      }
      const address = options?.address ?? fake.addressList[0]?.address ?? '127.0.0.1';
      fake.room = {
        analysisId,
        url: `http://${address}:41000/#t=token-${analysisId}`,
        shortUrl: `http://${address}:41000`,
        address,
        port: 41000,
        code: '123456',
        locked: false,
        phones: 0,
        activity: { kind: 'none' },
      };
      return { ok: true, room: fake.room };
    },
    async current() {
      return fake.room;
    },
    async setActivity(activity: Activity) {
      fake.calls.push(`activity ${activity.kind}`);
      if (!fake.room) throw new Error('no room open');
      if (fake.refuseActivity) throw new Error(fake.refuseActivity);
      fake.room = { ...fake.room, activity };
    },
    async newCode() {
      fake.calls.push('newCode');
      const code = String(654321 - ++codes);
      if (fake.room) fake.room = { ...fake.room, code, locked: false };
      return code;
    },
    async close() {
      fake.calls.push('close');
      const was = fake.room;
      fake.room = null;
      if (was) fake.emit({ type: 'closed', analysisId: was.analysisId });
    },
    async unacknowledged() {
      return [];
    },
    async acknowledge() {},
    async erase() {},
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return fake;
}

/** A note queue kept in memory; letting a note through or discarding it takes it off the queue and records it. */
export function fakeInbox(notes: QueuedNote[]): RoomInbox & { through: string[]; discarded: string[] } {
  const inbox = {
    pending: [...notes] as readonly QueuedNote[],
    autoLetThrough: false,
    received: { answers: 0, notes: notes.length, dots: 0, pollVotes: 0 },
    through: [] as string[],
    discarded: [] as string[],
    async letThrough(ids: readonly string[] | 'all') {
      const going = ids === 'all' ? inbox.pending.map((n) => n.id) : ids;
      inbox.through.push(...going);
      inbox.pending = inbox.pending.filter((n) => !going.includes(n.id));
    },
    async discard(id: string) {
      inbox.discarded.push(id);
      inbox.pending = inbox.pending.filter((n) => n.id !== id);
    },
    async setAutoLetThrough(on: boolean) {
      inbox.autoLetThrough = on;
    },
  };
  return inbox;
}
