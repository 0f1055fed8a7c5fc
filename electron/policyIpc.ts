/**
 * The policy channel: the renderer asks for the policy main read at start.
 * Like every handler, it checks who is asking, and that nothing else is
 * sent along.
 */
import { ipcMain } from 'electron';
import { CHANNELS } from '../shared/ipc';
import type { Policy } from '../shared/policy';
import { assertArgumentCount, assertTrusted } from './ipc';
import { loadPolicy, policyPath, type PolicyFs, type PolicyLog } from './policy';
import type { IpcSenderEvent } from './security';

/** What the handler needs, injected for tests (and for an end-to-end run against a policy file of its own). */
export interface PolicyIpcDependencies {
  /** The policy file; by default the platform's machine-wide one (policyPath). */
  path?: string;
  fs?: PolicyFs;
  log?: PolicyLog;
}

/** What the rest of main reads: the policy, once the file has been read. */
export interface PolicyState {
  readonly policy: () => Promise<Policy | null>;
}

/** Starts reading the policy file and registers its channel. Call once, before the handlers that use the policy. */
export function registerPolicyHandlers(deps: PolicyIpcDependencies = {}): PolicyState {
  const policy = loadPolicy(deps.path ?? policyPath(), { fs: deps.fs, log: deps.log });
  ipcMain.handle(CHANNELS.policy, (event: IpcSenderEvent, ...args: unknown[]): Promise<Policy | null> => {
    assertTrusted(event, CHANNELS.policy);
    assertArgumentCount(args, 0, CHANNELS.policy);
    return policy;
  });
  return { policy: () => policy };
}
