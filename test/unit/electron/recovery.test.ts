import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchRenderer } from '../../../electron/recovery';

type Listener = (...args: unknown[]) => void;
type Box = { options: { buttons: string[]; message: string; detail: string; signal?: AbortSignal }; answer: (response: number) => void };

const electron = vi.hoisted(() => ({ boxes: [] as Box[] }));

vi.mock('electron', () => ({
  dialog: {
    // Resolves when the test answers, or when the signal closes the box (as Electron does).
    showMessageBox: (_window: unknown, options: Box['options']) =>
      new Promise<{ response: number }>((resolve) => {
        electron.boxes.push({ options, answer: (response) => resolve({ response }) });
        options.signal?.addEventListener('abort', () => resolve({ response: 0 }));
      }),
  },
}));

/** A window with only what the recovery code uses; its events are fired by the test. */
function fakeWindow() {
  const on = new Map<string, Listener>();
  const contentsOn = new Map<string, Listener>();
  const window = {
    isDestroyed: () => false,
    on: (event: string, listener: Listener) => on.set(event, listener),
    webContents: { reload: vi.fn(), on: (event: string, listener: Listener) => contentsOn.set(event, listener) },
  };
  const fire = (event: string, ...args: unknown[]) => (on.get(event) ?? contentsOn.get(event))?.(...args);
  return { window, fire };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let clock = 0;
beforeEach(() => {
  electron.boxes.length = 0;
  clock = 0;
});

function watched(language: 'sv' | 'en' = 'sv') {
  const { window, fire } = fakeWindow();
  watchRenderer(window as never, { language: () => language, now: () => clock });
  return { window, fire };
}

describe('a renderer process that is gone', () => {
  it('is reloaded at once, with a calm word that what was saved is still there', () => {
    const { window, fire } = watched();
    fire('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(electron.boxes).toHaveLength(1);
    expect(electron.boxes[0]?.options.message).toContain('startats om');
    expect(electron.boxes[0]?.options.detail).toContain('Sparat finns kvar');
  });

  it('is not reloaded after a clean exit (the app is closing)', () => {
    const { window, fire } = watched();
    fire('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(electron.boxes).toEqual([]);
  });

  it('crashing again and again is not reloaded in a loop: the user decides', async () => {
    const { window, fire } = watched('en');
    for (let i = 0; i < 5; i += 1) {
      clock += 1000;
      fire('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    }
    expect(window.webContents.reload).toHaveBeenCalledTimes(3);
    const last = electron.boxes.at(-1);
    expect(last?.options.buttons).toEqual(['Reload', 'OK']);
    last?.answer(0);
    await settle();
    expect(window.webContents.reload).toHaveBeenCalledTimes(4);
    // A minute later a crash counts afresh.
    clock += 120_000;
    fire('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.webContents.reload).toHaveBeenCalledTimes(5);
  });
});

describe('a window that stops answering', () => {
  it('offers to wait or reload; waiting leaves the page alone, reloading reloads it', async () => {
    const { window, fire } = watched();
    fire('unresponsive');
    expect(electron.boxes[0]?.options.buttons).toEqual(['Vänta', 'Läs in igen']);
    electron.boxes[0]?.answer(0);
    await settle();
    expect(window.webContents.reload).not.toHaveBeenCalled();
    fire('unresponsive');
    electron.boxes[1]?.answer(1);
    await settle();
    expect(window.webContents.reload).toHaveBeenCalledOnce();
  });

  it('asks once while it hangs, and takes the question away when the page answers again', async () => {
    const { window, fire } = watched();
    fire('unresponsive');
    fire('unresponsive');
    expect(electron.boxes).toHaveLength(1);
    fire('responsive');
    await settle();
    expect(electron.boxes[0]?.options.signal?.aborted).toBe(true);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });
});
