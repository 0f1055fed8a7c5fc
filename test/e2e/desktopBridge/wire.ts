/**
 * What crosses between the page half of the bridge (electronInPage.ts) and
 * the Node half (bridge.ts): the names of the two page globals it uses and
 * the shape of one invoke. No side effects: both halves import it.
 */

/** One `ipcRenderer.invoke`, as it crosses to Node. */
export interface InvokeMessage {
  channel: string;
  args: unknown[];
}

/** Main's answer: the handler's result, or its error as text (`error.toString()`, as Electron sends it). */
export type InvokeReply = { result: unknown } | { error: string };

/** The Playwright binding that carries an invoke to Node. */
export const IPC_BINDING = '__akrElectronIpc';
/** The page function through which main's `webContents.send` is delivered. */
export const IPC_DISPATCH = '__akrElectronDispatch';

declare global {
  interface Window {
    /** Added by bridge.ts with page.exposeBinding. */
    [IPC_BINDING]?: (message: InvokeMessage) => Promise<InvokeReply>;
    /** Added by electronInPage.ts. */
    [IPC_DISPATCH]?: (channel: string, args: unknown[]) => void;
  }
}

export function isInvokeMessage(value: unknown): value is InvokeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const channel: unknown = Reflect.get(value, 'channel');
  const args: unknown = Reflect.get(value, 'args');
  return typeof channel === 'string' && Array.isArray(args);
}
