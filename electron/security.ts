/**
 * Guards from Electron's security checklist that apply to every web contents
 * and session. Each takes the narrow shape it needs, so tests can pass fakes.
 */
import { isAppUrl } from './protocol';

/** The parts of a session whose permission handlers are replaced. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/**
 * Refuses every permission (camera, notifications, clipboard-read, …): AKR
 * Studio needs none, and a refused request cannot be abused by injected code.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The parts of a session's webRequest API used to stop network traffic. */
export interface RequestFilterSession {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

const NETWORK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * Cancels every request that would leave the machine. The CSP already forbids
 * remote origins for pages; this also covers anything the CSP does not (a
 * future dependency's fetch, a link that slipped past the navigation guard).
 */
export function blockNetworkRequests(session: RequestFilterSession): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    let protocol: string;
    try {
      protocol = new URL(details.url).protocol;
    } catch {
      callback({ cancel: true });
      return;
    }
    callback({ cancel: NETWORK_PROTOCOLS.has(protocol) });
  });
}

/** An event a guard may cancel. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** A navigation or redirect about to happen. */
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The parts of a WebContents the guards hook into. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/**
 * Keeps a web contents on APP_ORIGIN: navigations and redirects elsewhere are
 * cancelled, `window.open` is refused (links are never opened externally,
 * since their URLs could come from imported files) and <webview> is refused.
 */
export function guardWebContents(contents: GuardedContents): void {
  const stayOnAppOrigin = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The part of `app` that announces new web contents. */
export interface WebContentsSource<Contents extends GuardedContents> {
  on(event: 'web-contents-created', listener: (event: unknown, contents: Contents) => void): unknown;
}

/**
 * Guards every web contents the app ever creates (windows, devtools, anything
 * a future feature adds), so no window can be forgotten. Call before `ready`.
 */
export function guardAllWebContents<Contents extends GuardedContents>(app: WebContentsSource<Contents>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/** The part of an IPC event that identifies the sending frame. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

/**
 * True when an IPC message comes from a frame on APP_ORIGIN. The frame is
 * null when it navigated away or was destroyed before the message arrived;
 * such messages are refused too.
 */
export function isTrustedSender(event: IpcSenderEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}
