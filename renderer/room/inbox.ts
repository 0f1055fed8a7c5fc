/**
 * What the facilitator does with the notes phones sent: let them onto the
 * SWOT canvas (the way a typed note is added: one undo step), discard them,
 * or let them through as they come. Outside React, so the room's views and
 * tests act the same way (useRoomInbox.ts gives them to the views).
 */
import type { Change } from '../../shared/changes.ts';
import type { CommitOptions } from '../store/types.ts';
import { letThroughNotes, setAutoLetThrough, unqueue } from '../../shared/room/deliver.ts';
import type { Repositories } from '../db/repositories.ts';

export interface RoomInboxDeps {
  repos: Pick<Repositories, 'room' | 'items'>;
  commit: (changes: Change[], options: CommitOptions) => Promise<void>;
  now: () => string;
  /** The undo step's name for letting `count` notes through (the first one's text given). */
  label: (count: number, firstText: string) => string;
}

export interface RoomInboxActions {
  letThrough(ids: readonly string[] | 'all'): Promise<void>;
  discard(id: string): Promise<void>;
  setAutoLetThrough(on: boolean): Promise<void>;
}

export function roomInboxActions(deps: RoomInboxDeps, analysisId: string): RoomInboxActions {
  const { repos, commit, now } = deps;
  return {
    async letThrough(ids) {
      const queued = await repos.room.queued(analysisId, ids);
      const first = queued[0];
      if (!first) return;
      const notes = await repos.items.where('swotNotes', 'analysisId', analysisId);
      // The notes first, as one undo step; then out of the queue. Should the second write fail, the
      // notes wait still, and letting them through again writes the same notes (their ids come from the queue's).
      await commit(letThroughNotes(queued, notes, now()), { undoable: true, label: deps.label(queued.length, first.text) });
      await commit(unqueue(queued), { undoable: false });
    },
    async discard(id) {
      const queued = await repos.room.queued(analysisId, [id]);
      await commit(unqueue(queued), { undoable: false });
    },
    async setAutoLetThrough(on) {
      const settings = (await repos.items.get('roomSettings', analysisId)) ?? null;
      await commit(setAutoLetThrough(analysisId, settings, on, now()), { undoable: false });
    },
  };
}
