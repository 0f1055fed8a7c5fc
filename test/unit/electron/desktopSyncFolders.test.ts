import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopSyncFolders } from '../../../renderer/platform/desktopSyncFolders.ts';
import type { DesktopSyncApi } from '../../../shared/ipc.ts';

/** A fake window.api.sync whose every method is a spy. */
function fakeSync(): { [K in keyof DesktopSyncApi]: ReturnType<typeof vi.fn<DesktopSyncApi[K]>> } {
  return {
    choose: vi.fn<DesktopSyncApi['choose']>(async () => ({ ok: true, value: { label: '/home/anna/OneDrive/AKR' } })),
    current: vi.fn<DesktopSyncApi['current']>(async () => ({ label: '/home/anna/OneDrive/AKR', available: true })),
    forget: vi.fn<DesktopSyncApi['forget']>(async () => undefined),
    write: vi.fn<DesktopSyncApi['write']>(async () => ({ ok: true, value: { sha256: 'abc' } })),
    list: vi.fn<DesktopSyncApi['list']>(async () => ({ ok: true, value: [] })),
    read: vi.fn<DesktopSyncApi['read']>(async () => ({ ok: true, value: { text: '{}', sha256: 'abc' } })),
    backups: vi.fn<DesktopSyncApi['backups']>(async () => ({ ok: true, value: [] })),
    remove: vi.fn<DesktopSyncApi['remove']>(async () => ({ ok: true, value: undefined })),
    retire: vi.fn<DesktopSyncApi['retire']>(async () => ({ ok: true, value: true })),
  };
}

let sync: ReturnType<typeof fakeSync>;

beforeEach(() => {
  sync = fakeSync();
});

describe('desktopSyncFolders', () => {
  it('is supported and never needs permission again', async () => {
    const folders = desktopSyncFolders(sync);
    expect(folders.supported).toBe(true);
    const current = await folders.current();
    expect(current).toMatchObject({ needsPermission: false, label: '/home/anna/OneDrive/AKR' });
    expect(current.folder?.label).toBe('/home/anna/OneDrive/AKR');
  });

  it('has no folder when main remembers none', async () => {
    sync.current.mockResolvedValue(null);
    await expect(desktopSyncFolders(sync).current()).resolves.toEqual({ folder: null, needsPermission: false, label: null });
    await expect(desktopSyncFolders(sync).reconnect()).resolves.toEqual({ ok: true, value: null });
  });

  it('answers null for a cancelled choice and a folder for a made one', async () => {
    sync.choose.mockResolvedValueOnce({ ok: true, value: null });
    await expect(desktopSyncFolders(sync).choose()).resolves.toEqual({ ok: true, value: null });
    const chosen = await desktopSyncFolders(sync).choose();
    expect(chosen.ok && chosen.value?.label).toBe('/home/anna/OneDrive/AKR');
  });

  it('passes a failed choice on as it is', async () => {
    sync.choose.mockResolvedValue({ ok: false, problem: 'denied', detail: 'EACCES' });
    await expect(desktopSyncFolders(sync).choose()).resolves.toEqual({ ok: false, problem: 'denied', detail: 'EACCES' });
  });

  it('forwards file operations with base names and text only', async () => {
    const { folder } = await desktopSyncFolders(sync).current();
    if (folder === null) throw new Error('no folder');
    await expect(folder.write('a.akr', '{}')).resolves.toEqual({ ok: true, value: { sha256: 'abc' } });
    await folder.list();
    await folder.read('a.akr');
    await folder.backups('a.akr');
    await folder.remove('a.akr');
    await expect(folder.retire('a.akr.json', 'f'.repeat(64))).resolves.toEqual({ ok: true, value: true });
    expect(sync.write).toHaveBeenCalledExactlyOnceWith('a.akr', '{}');
    expect(sync.list).toHaveBeenCalledExactlyOnceWith();
    expect(sync.read).toHaveBeenCalledExactlyOnceWith('a.akr');
    expect(sync.backups).toHaveBeenCalledExactlyOnceWith('a.akr');
    expect(sync.remove).toHaveBeenCalledExactlyOnceWith('a.akr');
    expect(sync.retire).toHaveBeenCalledExactlyOnceWith('a.akr.json', 'f'.repeat(64));
  });

  it('refuses bad names itself, without asking main', async () => {
    const { folder } = await desktopSyncFolders(sync).current();
    if (folder === null) throw new Error('no folder');
    for (const result of [
      folder.write('../x.akr', '{}'),
      folder.read('a/b.akr'),
      folder.backups('x.json'),
      folder.remove('CON.akr'),
      folder.retire('x.akr.json.tmp', 'f'.repeat(64)),
    ]) {
      await expect(result).resolves.toMatchObject({ ok: false, problem: 'badName' });
    }
    for (const method of [sync.write, sync.read, sync.backups, sync.remove, sync.retire]) expect(method).not.toHaveBeenCalled();
  });

  it('turns a refused IPC call into a result instead of a rejection', async () => {
    sync.write.mockRejectedValue(new Error('Refused sync:write: the text is larger than 104857600 bytes.'));
    sync.choose.mockRejectedValue(new Error('IPC gone'));
    sync.current.mockRejectedValue(new Error('IPC gone'));
    const folders = desktopSyncFolders(sync);
    await expect(folders.choose()).resolves.toEqual({ ok: false, problem: 'other', detail: 'IPC gone' });
    await expect(folders.current()).resolves.toEqual({ folder: null, needsPermission: false, label: null });
    await expect(folders.reconnect()).resolves.toMatchObject({ ok: false, problem: 'other' });
    sync.current.mockResolvedValue({ label: '/x', available: true });
    const { folder } = await folders.current();
    await expect(folder?.write('a.akr', 'x')).resolves.toMatchObject({ ok: false, problem: 'other', detail: expect.stringMatching(/larger than/) });
  });

  it('forgets through main', async () => {
    await desktopSyncFolders(sync).forget();
    expect(sync.forget).toHaveBeenCalledOnce();
  });
});
