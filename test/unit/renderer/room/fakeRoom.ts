import type { RoomBridge, RoomHostEvent, RoomInfo } from '../../../../shared/room/bridge.ts';
import type { Activity, Delivered } from '../../../../shared/room/protocol.ts';

/**
 * A room host as the facilitator's window sees it, in memory: a journal per
 * analysis that keeps what was sent until it is acknowledged, events pushed
 * to the window as the real host pushes them, and a record of every
 * acknowledgement and erasure.
 */
export function fakeRoom() {
  const listeners = new Set<(event: RoomHostEvent) => void>();
  const journal = new Map<string, Delivered[]>();
  const acknowledged: { analysisId: string; ids: string[] }[] = [];
  const erased: string[] = [];
  let open: RoomInfo | null = null;

  const bridge: RoomBridge = {
    supported: true,
    addresses: async () => [{ address: '127.0.0.1', name: 'lo' }],
    open: async (analysisId) => {
      open = {
        analysisId,
        url: 'http://127.0.0.1:1/#t=x',
        shortUrl: 'http://127.0.0.1:1',
        address: '127.0.0.1',
        port: 1,
        code: '123456',
        locked: false,
        phones: 0,
        activity: { kind: 'none' },
      };
      return { ok: true, room: open };
    },
    current: async () => open,
    setActivity: async (activity) => {
      if (!open) throw new Error('no room');
      open = { ...open, activity };
    },
    newCode: async () => '654321',
    close: async () => {
      open = null;
    },
    unacknowledged: async (analysisId) => [...(journal.get(analysisId) ?? [])],
    acknowledge: async (analysisId, ids) => {
      acknowledged.push({ analysisId, ids: [...ids] });
      journal.set(
        analysisId,
        (journal.get(analysisId) ?? []).filter((e) => !ids.includes(e.id)),
      );
    },
    erase: async (analysisId) => {
      erased.push(analysisId);
      journal.delete(analysisId);
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    bridge,
    acknowledged,
    /** Every id acknowledged so far, in order. */
    ackedIds: () => acknowledged.flatMap((a) => a.ids),
    erased,
    journal,
    /** A phone's submission reaches the host: into the journal, then to the window. */
    send(analysisId: string, entry: Delivered) {
      journal.set(analysisId, [...(journal.get(analysisId) ?? []), entry]);
      for (const l of listeners) l({ type: 'submission', analysisId, entry });
    },
    /** The same entry again, as a host redelivers it (the journal already holds it). */
    redeliver(analysisId: string, entry: Delivered) {
      for (const l of listeners) l({ type: 'submission', analysisId, entry });
    },
    /** An entry left in the journal from an earlier run, not pushed to the window. */
    leftOver(analysisId: string, entry: Delivered) {
      journal.set(analysisId, [...(journal.get(analysisId) ?? []), entry]);
    },
    /** Any other event of the host (phones connected, the room closed …). */
    emit(event: RoomHostEvent) {
      for (const l of listeners) l(event);
    },
    async openWith(analysisId: string, activity: Activity) {
      await bridge.open(analysisId);
      await bridge.setActivity(activity);
    },
    listeners: () => listeners.size,
  };
}
