/**
 * Main-process handlers for the DesktopApi. The renderer is treated as
 * untrusted input: every handler checks who is asking, then what is asked.
 */
import { app, ipcMain } from 'electron';
import { CHANNELS, isLanguage, type AppInfo, type Language } from '../shared/ipc';
import { isTrustedSender, type IpcSenderEvent } from './security';

/** What the handlers need from the rest of main, injected for testability. */
export interface IpcDependencies {
  /** Rebuilds the application menu in `language`. */
  applyMenu(language: Language): void;
  /** The language the menu was first built in. Defaults to Swedish. */
  initialLanguage?: Language;
}

/** Read access to state the handlers keep. */
export interface IpcState {
  /** The UI language the renderer last asked for. */
  language(): Language;
}

/** Throws unless the message comes from an AKR Studio page. */
export function assertTrusted(event: IpcSenderEvent, channel: string): void {
  if (!isTrustedSender(event)) throw new Error(`Refused ${channel}: the sender is not an AKR Studio page.`);
}

// The preload always sends exactly the declared arguments; anything else is
// not our renderer speaking.
export function assertArgumentCount(args: readonly unknown[], expected: number, channel: string): void {
  if (args.length !== expected) {
    throw new Error(`Refused ${channel}: expected ${expected} argument(s), got ${args.length}.`);
  }
}

/** Registers one `ipcMain.handle` per DesktopApi capability. Call once. */
export function registerIpcHandlers(deps: IpcDependencies): IpcState {
  let language: Language = deps.initialLanguage ?? 'sv';

  ipcMain.handle(CHANNELS.appInfo, (event, ...args: unknown[]): AppInfo => {
    assertTrusted(event, CHANNELS.appInfo);
    assertArgumentCount(args, 0, CHANNELS.appInfo);
    return {
      name: 'AKR Studio',
      version: app.getVersion(),
      electronVersion: process.versions.electron,
      platform: process.platform,
    };
  });

  ipcMain.handle(CHANNELS.setLanguage, (event, ...args: unknown[]): void => {
    assertTrusted(event, CHANNELS.setLanguage);
    assertArgumentCount(args, 1, CHANNELS.setLanguage);
    const [requested] = args;
    if (!isLanguage(requested)) {
      const got = typeof requested === 'string' ? JSON.stringify(requested) : typeof requested;
      throw new Error(`Invalid language: expected "sv" or "en", got ${got}.`);
    }
    deps.applyMenu(requested);
    language = requested;
  });

  return { language: () => language };
}
