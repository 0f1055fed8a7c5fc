import type { Page } from 'playwright-core';

/**
 * The in-page half of the bench. Installed with `context.addInitScript`, so it
 * runs at the start of every document, before the app's own scripts. It
 *  - records the timeStamp of input events in capture listeners on window
 *    (first in dispatch order, before dnd-kit or the app see the event),
 *  - notes when the first `[data-card]` can take focus (for "to interactive"),
 *  - waits, on request, for a DOM condition (overlay shown, card picked,
 *    insertion marker in another cell) and then for the frame that shows it.
 *
 * All times are `performance.now()`/`event.timeStamp`: milliseconds since the
 * document's time origin, which for a navigation is its start.
 *
 * "The frame that shows it" is measured as requestAnimationFrame followed by a
 * MessageChannel message: the message runs right after that frame's style,
 * layout and paint on the main thread, so the figure includes the frame's own
 * rendering work (not the compositor's raster/display, which is off-thread).
 */

export interface InputRecord {
  type: string;
  t: number;
  x: number;
  y: number;
  key: string;
}

export type WatchKind = 'overlay' | 'picked' | 'markerMoved';

export type WatchResult = { ok: true; seenAt: number; frameAt: number } | { ok: false; reason: string };

export interface Probe {
  inputs: InputRecord[];
  /** When the first card took focus, and the end of the frame after that. */
  interactive: { focusableAt: number; frameAt: number | null } | null;
  /** Resolves with `interactive.focusableAt` (see openBoardCold). */
  whenInteractive: Promise<number>;
  /** Readwrite transactions on 'akr-studio': created → 'complete' event, ms. */
  pending: Promise<WatchResult> | null;
  arm(kind: WatchKind, timeoutMs: number): void;
}

export type ProbeWindow = Window & { __akrBench: Probe };

/** Runs in the page (serialised by Playwright): must not use anything from outside its own body. */
export function installProbe(): void {
  const afterNextFrame = (done: (t: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  };
  const markerCell = (): string | null => {
    const cell = document.querySelector('[data-insertion-marker]')?.closest('[data-cell]');
    return cell ? `${cell.getAttribute('data-role-id')}|${cell.getAttribute('data-colour')}` : null;
  };

  let interactiveNow: (t: number) => void = () => {};
  const probe: Probe = {
    inputs: [],
    interactive: null,
    whenInteractive: new Promise<number>((resolve) => {
      interactiveNow = resolve;
    }),
    pending: null,
    arm(kind, timeoutMs) {
      const initialCell = markerCell();
      const conditions: Record<WatchKind, () => boolean> = {
        overlay: () => document.querySelector('[data-drag-overlay]') !== null,
        picked: () => document.querySelector('[data-card][data-picked]') !== null,
        markerMoved: () => {
          const cell = markerCell();
          return cell !== null && cell !== initialCell;
        },
      };
      const met = conditions[kind];
      if (met()) {
        probe.pending = Promise.resolve({ ok: false, reason: `${kind} was already true before the input` });
        return;
      }
      probe.pending = new Promise<WatchResult>((resolve) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve({ ok: false, reason: `${kind}: nothing within ${timeoutMs} ms` });
        }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (!met()) return;
          const seenAt = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          afterNextFrame((frameAt) => resolve({ ok: true, seenAt, frameAt }));
        });
        observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-picked', 'data-drag-overlay', 'data-insertion-marker', 'data-cell', 'data-role-id', 'data-colour'],
        });
      });
    },
  };
  (window as unknown as ProbeWindow).__akrBench = probe;

  const record = (e: Event) => {
    const pointer = e instanceof MouseEvent ? e : null;
    probe.inputs.push({
      type: e.type,
      t: e.timeStamp,
      x: pointer?.clientX ?? 0,
      y: pointer?.clientY ?? 0,
      key: e instanceof KeyboardEvent ? e.key : '',
    });
  };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'keydown']) window.addEventListener(type, record, { capture: true });

  // To interactive: the first [data-card] that actually takes focus. Checked on
  // every DOM mutation and, as a fallback, on every frame.
  const checkInteractive = (): boolean => {
    if (probe.interactive) return true;
    const card = document.querySelector<HTMLElement>('[data-card]');
    if (!card) return false;
    card.focus({ preventScroll: true });
    if (document.activeElement !== card) return false;
    const entry: NonNullable<Probe['interactive']> = { focusableAt: performance.now(), frameAt: null };
    probe.interactive = entry;
    interactiveNow(entry.focusableAt);
    afterNextFrame((t) => {
      entry.frameAt = t;
    });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (checkInteractive()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex', 'hidden', 'style', 'class'] });
  const poll = () => {
    if (checkInteractive()) observer.disconnect();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Forgets the inputs recorded so far. */
export async function clearInputs(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as ProbeWindow).__akrBench.inputs.length = 0;
  });
}

export async function inputs(page: Page): Promise<InputRecord[]> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__akrBench.inputs);
}

/** Starts watching for a condition; `settle` then waits for it and its frame. */
export async function arm(page: Page, kind: WatchKind, timeoutMs = 5_000): Promise<void> {
  await page.evaluate(({ kind, timeoutMs }) => (window as unknown as ProbeWindow).__akrBench.arm(kind, timeoutMs), { kind, timeoutMs });
}

export async function settle(page: Page): Promise<{ seenAt: number; frameAt: number }> {
  const result = await page.evaluate(() => (window as unknown as ProbeWindow).__akrBench.pending);
  if (!result) throw new Error('nothing armed');
  if (!result.ok) throw new Error(result.reason);
  return result;
}
