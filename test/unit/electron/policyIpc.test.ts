import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerPolicyHandlers } from '../../../electron/policyIpc';
import { CHANNELS } from '../../../shared/ipc';
import { invoker, TRUSTED, UNTRUSTED, type Handler } from './ipcHarness';

const electron = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
}));

const invoke = invoker(electron.handlers);
let dir: string;
let file: string;

beforeEach(() => {
  electron.handlers.clear();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akr-policy-ipc-'));
  file = path.join(dir, 'policy.json');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const quiet = () => undefined;

describe('the policy channel', () => {
  it('registers exactly the policy channel', () => {
    registerPolicyHandlers({ path: file, log: quiet });
    expect([...electron.handlers.keys()]).toEqual([CHANNELS.policy]);
  });

  it('answers the policy read from the file at start', async () => {
    fs.writeFileSync(file, JSON.stringify({ language: { value: 'en', locked: true }, minPrivacyThreshold: { value: 5 } }));
    const state = registerPolicyHandlers({ path: file, log: quiet });
    const expected = { language: { value: 'en', locked: true }, minPrivacyThreshold: { value: 5, locked: false } };
    await expect(state.policy()).resolves.toEqual(expected);
    // Changed after start: main keeps what it read then.
    fs.writeFileSync(file, '{}');
    await expect(invoke(CHANNELS.policy, TRUSTED)).resolves.toEqual(expected);
  });

  it('answers null when there is no policy file, and when the file is bad', async () => {
    registerPolicyHandlers({ path: file, log: quiet });
    await expect(invoke(CHANNELS.policy, TRUSTED)).resolves.toBeNull();
    electron.handlers.clear();
    fs.writeFileSync(file, '{"__proto__": {}}');
    const log = vi.fn();
    registerPolicyHandlers({ path: file, log });
    await expect(invoke(CHANNELS.policy, TRUSTED)).resolves.toBeNull();
    expect(log).toHaveBeenCalledExactlyOnceWith('warn', expect.stringMatching(/^AKR Studio policy: ignored /));
  });

  it('reads through the injected fs', async () => {
    const stat = vi.fn(() => Promise.reject(Object.assign(new Error('gone'), { code: 'EIO' })));
    const log = vi.fn();
    registerPolicyHandlers({ path: file, fs: { stat, open: vi.fn() }, log });
    await expect(invoke(CHANNELS.policy, TRUSTED)).resolves.toBeNull();
    expect(stat).toHaveBeenCalledWith(file);
    expect(log).toHaveBeenCalledExactlyOnceWith('warn', `AKR Studio policy: ignored ${file}: the file could not be read (EIO)`);
  });

  it.each(UNTRUSTED)('refuses the untrusted sender %j', async (event) => {
    fs.writeFileSync(file, JSON.stringify({ organisation: { value: 'Exempelstads kommun' } }));
    registerPolicyHandlers({ path: file, log: quiet });
    await expect(invoke(CHANNELS.policy, event)).rejects.toThrow(/not an AKR Studio page/);
  });

  it('refuses an argument, which the preload never sends', async () => {
    registerPolicyHandlers({ path: file, log: quiet });
    await expect(invoke(CHANNELS.policy, TRUSTED, 'extra')).rejects.toThrow(/expected 0 argument/);
  });
});
