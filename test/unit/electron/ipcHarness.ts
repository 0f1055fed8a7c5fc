/**
 * What the IPC handler tests share: the shape of an ipcMain event, senders
 * the handlers must trust and refuse, and calling a registered handler the
 * way ipcMain would. (The `electron` mock itself stays in each test file:
 * vi.mock is hoisted per file.)
 */
export type SenderEvent = { senderFrame: { url: string } | null };
export type Handler = (event: SenderEvent, ...args: unknown[]) => unknown;

export const TRUSTED: SenderEvent = { senderFrame: { url: 'app://akr/index.html' } };
export const UNTRUSTED: readonly SenderEvent[] = [
  { senderFrame: { url: 'https://example.com/' } },
  { senderFrame: { url: 'app://evil/index.html' } },
  { senderFrame: { url: 'file:///index.html' } },
  { senderFrame: null },
];

/** Calls the handler registered for `channel`, awaiting its result. */
export function invoker(handlers: ReadonlyMap<string, Handler>) {
  return async (channel: string, event: SenderEvent, ...args: unknown[]): Promise<unknown> => {
    const handler = handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
}
