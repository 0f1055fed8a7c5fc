import { describe, expect, it, vi } from 'vitest';
import {
  blockNetworkRequests,
  denyAllPermissions,
  guardAllWebContents,
  guardWebContents,
  isTrustedSender,
  type GuardedContents,
  type NavigationEvent,
} from '../../../electron/security';

// security.ts reaches electron only through protocol.ts, which this stubs.
vi.mock('electron', () => ({ protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() } }));

/** A web contents stand-in that records what the guards install. */
function fakeContents() {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let windowOpenHandler: (() => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: (event: NavigationEvent) => void): void {
      listeners.set(event, listener);
    },
    setWindowOpenHandler(handler: () => { action: 'deny' }) {
      windowOpenHandler = handler;
    },
  } satisfies GuardedContents;

  /** Emits `event` like Electron would; true when a guard prevented it. */
  const emit = (event: string, url = ''): boolean => {
    const preventDefault = vi.fn();
    const listener = listeners.get(event);
    if (listener === undefined) throw new Error(`no listener for ${event}`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, emit, openWindow: () => windowOpenHandler?.() };
}

describe('guardWebContents', () => {
  it('prevents navigation to a remote site', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    expect(fake.emit('will-navigate', 'https://example.com/')).toBe(true);
  });

  it('prevents navigation to other local schemes and look-alike hosts', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    for (const url of ['file:///etc/passwd', 'app://akr.example.com/', 'app://evil/index.html', 'javascript:alert(1)']) {
      expect(fake.emit('will-navigate', url), url).toBe(true);
    }
  });

  it('allows navigation within app://akr', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    expect(fake.emit('will-navigate', 'app://akr/')).toBe(false);
    expect(fake.emit('will-navigate', 'app://akr/analyses/1')).toBe(false);
  });

  it('prevents redirects away from app://akr but allows ones within it', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    expect(fake.emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(fake.emit('will-redirect', 'app://akr/index.html')).toBe(false);
  });

  it('denies window.open', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    expect(fake.openWindow()).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    expect(fake.emit('will-attach-webview')).toBe(true);
  });
});

describe('guardAllWebContents', () => {
  it('guards every web contents the app creates', () => {
    let created: ((event: unknown, contents: GuardedContents) => void) | undefined;
    guardAllWebContents({
      on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void) {
        expect(event).toBe('web-contents-created');
        created = listener;
      },
    });
    const fake = fakeContents();
    created?.({}, fake.contents);
    expect(fake.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.openWindow()).toEqual({ action: 'deny' });
  });
});

describe('denyAllPermissions', () => {
  const session = () => {
    let request: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const fake = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyAllPermissions(fake);
    return { request: () => request, check: () => check };
  };

  it.each(['media', 'notifications', 'clipboard-read', 'geolocation'])('refuses a %s permission request', (permission) => {
    const callback = vi.fn();
    session().request()?.({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check with false', () => {
    expect(session().check()?.()).toBe(false);
  });
});

describe('blockNetworkRequests', () => {
  const cancels = (url: string): boolean | undefined => {
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    blockNetworkRequests({ webRequest: { onBeforeRequest: (l) => (listener = l) } });
    let cancel: boolean | undefined;
    listener?.({ url }, (response) => (cancel = response.cancel));
    return cancel;
  };

  it.each(['https://example.com/font.woff2', 'http://localhost:5173/', 'wss://example.com/socket'])('cancels %s', (url) => {
    expect(cancels(url)).toBe(true);
  });

  it.each(['app://akr/index.html', 'data:image/png;base64,AA==', 'blob:app://akr/1234', 'devtools://devtools/bundled/x.html'])('lets %s through', (url) => {
    expect(cancels(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts a frame on app://akr', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://akr/index.html' } })).toBe(true);
  });

  it('distrusts a frame elsewhere', () => {
    expect(isTrustedSender({ senderFrame: { url: 'https://example.com/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://evil/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'file:///tmp/index.html' } })).toBe(false);
  });

  it('distrusts a message whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});
