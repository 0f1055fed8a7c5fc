import { openDb, type AkrDb } from '../../../renderer/db/db.ts';
import { createRepositories } from '../../../renderer/db/repositories.ts';
import { noReadableFolders, noSyncFolders, type Platform } from '../../../renderer/platform/platform.ts';
import { createAppStore } from '../../../renderer/store/appStore.ts';
import type { Language } from '../../../shared/ipc.ts';
import { noRoom, type RoomBridge } from '../../../shared/room/bridge.ts';
import type { Policy } from '../../../shared/policy.ts';

/** A platform that does nothing but remember which languages it was told. */
export function recordingPlatform(policy: Policy | null = null, room: RoomBridge = noRoom) {
  const languages: Language[] = [];
  const platform = {
    appInfo: async () => ({ name: 'AKR Studio', version: '0.0.0-test', platform: 'test' }),
    policy: async () => policy,
    setLanguage: async (language) => {
      languages.push(language);
    },
    onMenuCommand: () => () => undefined,
    onOpenedFiles: () => () => undefined,
    persistStorage: async () => 'unsupported',
    saveFile: async () => undefined,
    syncFolders: noSyncFolders,
    readableFolders: noReadableFolders,
    openPresenter: async () => 'opened',
    closePresenter: async () => undefined,
    room,
  } satisfies Platform;
  return { platform, languages };
}

/**
 * A database of its own (fake-indexeddb), the real repositories and the app's
 * store over them: edits go through the store's verbs and its one write path,
 * as in the app. `clock` is read by both the store and the repositories;
 * `policy` is the organisation's, as the platform would hand it over;
 * `room` the platform's room host (none by default).
 */
export function testStore(options: { db?: AkrDb; clock?: () => string; ids?: () => string; policy?: Policy | null; room?: RoomBridge } = {}) {
  const db = options.db ?? openDb({ name: `akr-test-${crypto.randomUUID()}` });
  const { platform, languages } = recordingPlatform(options.policy, options.room);
  let seq = 0;
  const repos = createRepositories(db, options.clock, platform.policy());
  const store = createAppStore({ repos, platform, newId: options.ids ?? (() => `id-${++seq}`), now: options.clock });
  return { db, repos, store, state: () => store.getState(), languages };
}
