import type { CDPSession, Page } from 'playwright-core';
import { COLOURS } from '../../shared/model.ts';
import { arm, clearInputs, inputs, settle } from './probe.ts';
import { busyPerSlot, startTrace, stopTrace, type BusyPerSlot } from './trace.ts';

/** dnd-kit's MouseSensor starts a drag once the pointer is more than this far from where it went down. */
const ACTIVATION_PX = 5;

/** The window the board is measured in (figures 1–7). */
export const BOARD_VIEWPORT = { width: 1440, height: 900 };

export interface ColdOpen {
  /** In page: navigation start (time origin) → the first card took focus. */
  inPage: number;
  /** In Node: page.goto called → waitForFunction saw the card focusable. */
  wallClock: number;
}

/**
 * Opens the board with a cold HTTP cache: the browser cache is cleared and
 * disabled before navigating. The page must be on another document (a fresh
 * tab is on about:blank), so the board URL is a full load, not a hash change.
 */
export async function openBoardCold(page: Page, cdp: CDPSession, url: string): Promise<ColdOpen> {
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const focusableAt = await whenInteractive(cdp);
  const wallClock = performance.now() - t0;
  return { inPage: focusableAt, wallClock };
}

/**
 * Waits for the probe's promise with one CDP Runtime.evaluate. Playwright's
 * waitForFunction would first inject its own script into the page – a large
 * script parsed and run on the page's main thread in the middle of the
 * interval being measured (18 ms of parsing alone in a trace).
 */
async function whenInteractive(cdp: CDPSession): Promise<number> {
  const deadline = performance.now() + 20_000;
  for (;;) {
    const left = deadline - performance.now();
    if (left <= 0) throw new Error('no card became focusable');
    const answer = cdp.send('Runtime.evaluate', {
      // Right after the commit the new document may not have its probe yet: null means "ask again".
      expression: `(() => { const probe = window.__akrBench; return probe ? probe.whenInteractive : null; })()`,
      awaitPromise: true,
      returnByValue: true,
    });
    // An awaited promise has no timeout of its own in the protocol: a page that never shows a card would hang the bench.
    answer.catch(() => undefined); // if the page closes after the timeout, its answer fails unheard
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no card became focusable within 20 s')), left);
    });
    const { result, exceptionDetails } = await Promise.race([answer, late]).finally(() => clearTimeout(timer));
    if (exceptionDetails) throw new Error(`waiting for the first card: ${exceptionDetails.text}`);
    if (typeof result.value === 'number') return result.value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Scrolls the board (as a user would) so that the end of the first lane and
 * the start of the second share the screen: the drag can then cross both
 * columns and lanes without auto-scrolling.
 */
export async function showLaneBoundary(page: Page): Promise<void> {
  const ok = await page.evaluate(() => {
    const cells = [...document.querySelectorAll<HTMLElement>('[data-cell]')];
    const firstLane = cells[0]?.dataset.roleId;
    const second = cells.find((c) => c.dataset.roleId !== firstLane);
    const target = second ?? cells[0];
    if (!target) return false;
    let scroller: Element | null = target.parentElement;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) {
      scroller = scroller.parentElement;
    }
    const box = scroller ?? document.scrollingElement ?? document.documentElement;
    const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
    const viewHeight = scroller ? scroller.clientHeight : innerHeight;
    box.scrollTop += target.getBoundingClientRect().top - viewTop - (second ? viewHeight / 2 : 80);
    return true;
  });
  if (!ok) throw new Error('the board has no [data-cell]');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export interface CardSpot {
  placementId: string;
  colour: string;
  x: number;
  y: number;
}

/**
 * Cards whose centre is on screen and not covered, optionally only those that
 * can move one column right or left. Nothing is scrolled: what a user sees
 * after opening the board is what gets dragged.
 */
export async function visibleCards(page: Page, canMove?: 'right' | 'left'): Promise<CardSpot[]> {
  const colours: string[] = [...COLOURS];
  const spots = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-card]')].flatMap((card) => {
      const r = card.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const onScreen = r.width > 0 && x > 20 && x + 30 < innerWidth && y > 20 && y + 20 < innerHeight;
      if (!onScreen || document.elementFromPoint(x, y)?.closest('[data-card]') !== card) return [];
      return [{ placementId: card.dataset.placementId ?? '', colour: card.dataset.colour ?? '', x, y }];
    }),
  );
  if (!canMove) return spots;
  return spots.filter((s) => {
    const i = colours.indexOf(s.colour);
    return i >= 0 && (canMove === 'right' ? i < colours.length - 1 : i > 0);
  });
}

async function aCard(page: Page, n: number, canMove?: 'right' | 'left'): Promise<CardSpot> {
  const cards = await visibleCards(page, canMove);
  const card = cards[(n * 7) % Math.max(1, cards.length)];
  if (!card) throw new Error(`no visible card${canMove ? ` that can move ${canMove}` : ''}`);
  return card;
}

async function focusCard(page: Page, placementId: string): Promise<void> {
  const focused = await page.evaluate((id) => {
    const card = document.querySelector<HTMLElement>(`[data-card][data-placement-id="${CSS.escape(id)}"]`);
    card?.focus();
    return card !== null && document.activeElement === card;
  }, placementId);
  if (!focused) throw new Error(`card ${placementId} could not take focus`);
}

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-drag-overlay], [data-card][data-picked]'), null, { timeout: 5_000 });
}

/** The timeStamp of the last recorded keydown of `key`. */
async function keydownAt(page: Page, key: string): Promise<number> {
  const down = (await inputs(page)).filter((e) => e.type === 'keydown' && e.key === key).at(-1);
  if (!down) throw new Error(`no keydown "${key}" recorded`);
  return down.t;
}

/**
 * Pointer pick-up: from the pointermove that crossed the activation distance
 * to the end of the first frame after the drag overlay appeared. The drag is
 * then cancelled with Escape (the board does not change).
 */
export async function pointerPickup(page: Page, n: number): Promise<number> {
  const card = await aCard(page, n);
  await page.mouse.move(card.x, card.y);
  await clearInputs(page);
  await arm(page, 'overlay');
  await page.mouse.down();
  await page.mouse.move(card.x + 10, card.y, { steps: 5 });
  try {
    const { frameAt } = await settle(page);
    const recorded = await inputs(page);
    const down = recorded.find((e) => e.type === 'pointerdown');
    const crossed = recorded.find((e) => e.type === 'pointermove' && down && e.t >= down.t && Math.hypot(e.x - down.x, e.y - down.y) > ACTIVATION_PX);
    if (!crossed) throw new Error('no pointermove past the activation distance was recorded');
    return frameAt - crossed.t;
  } finally {
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await waitIdle(page);
  }
}

/** Keyboard pick-up: Space keydown → end of the first frame after the card has data-picked. Escape puts it back. */
export async function keyboardPickup(page: Page, n: number): Promise<number> {
  const card = await aCard(page, n);
  await focusCard(page, card.placementId);
  await clearInputs(page);
  await arm(page, 'picked');
  await page.keyboard.press('Space');
  try {
    const { frameAt } = await settle(page);
    return frameAt - (await keydownAt(page, ' '));
  } finally {
    await page.keyboard.press('Escape');
    await waitIdle(page);
  }
}

async function pickUpByKeyboard(page: Page, placementId: string): Promise<void> {
  await focusCard(page, placementId);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('[data-card][data-picked]') !== null, null, { timeout: 5_000 });
}

/** Keyboard move: with a card picked up, ArrowRight keydown → end of the first frame after the insertion marker is in another cell. */
export async function keyboardMove(page: Page, n: number): Promise<number> {
  const card = await aCard(page, n, 'right');
  await pickUpByKeyboard(page, card.placementId);
  try {
    await clearInputs(page);
    await arm(page, 'markerMoved');
    await page.keyboard.press('ArrowRight');
    const { frameAt } = await settle(page);
    return frameAt - (await keydownAt(page, 'ArrowRight'));
  } finally {
    await page.keyboard.press('Escape');
    await waitIdle(page);
  }
}

const persistCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('akr:persist').length);

/**
 * Makes `count` keyboard moves (Space, ArrowRight or ArrowLeft in turn, Space)
 * one at a time – each waits for its write to be recorded, then 250 ms – and
 * returns the durations of the app's 'akr:persist' measures (the edit → its
 * IndexedDB transaction complete in the writer worker) and 'akr:saved' (the
 * edit → the page hears of it). Moves do not queue behind each other's writes,
 * so this is the cost of one move, not of a burst.
 */
export async function persistedMoves(page: Page, count: number): Promise<{ persist: number[]; saved: number[] }> {
  const before = await persistCount(page);
  const savedBefore = await page.evaluate(() => performance.getEntriesByName('akr:saved').length);
  for (let i = 0; i < count; i++) {
    const direction = i % 2 === 0 ? 'right' : 'left';
    const card = await aCard(page, i, direction);
    const written = await persistCount(page);
    await pickUpByKeyboard(page, card.placementId);
    await arm(page, 'markerMoved');
    await page.keyboard.press(direction === 'right' ? 'ArrowRight' : 'ArrowLeft');
    await settle(page);
    await page.keyboard.press('Space');
    await waitIdle(page);
    await page.waitForFunction((n) => performance.getEntriesByName('akr:persist').length > n, written, { timeout: 10_000 });
    await page.waitForTimeout(250);
  }
  return page.evaluate(
    ([from, savedFrom]) => ({
      persist: performance
        .getEntriesByName('akr:persist')
        .slice(from)
        .map((e) => e.duration),
      saved: performance
        .getEntriesByName('akr:saved')
        .slice(savedFrom)
        .map((e) => e.duration),
    }),
    [before, savedBefore] as const,
  );
}

/**
 * A reference, not a figure of the app: `count` bare IndexedDB puts of one
 * small record, each in its own transaction with strict durability, in a
 * database of its own on the same origin. Shows what the disk's flush costs
 * on this machine, so figure 6 can be read against it.
 */
export async function bareStrictPuts(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('akr-bench-reference', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('items', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('could not open the reference database'));
    });
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('items', 'readwrite', { durability: 'strict' });
        tx.objectStore('items').put({ id: i, at: new Date().toISOString(), text: 'Dokumentera i journalen '.repeat(4) });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('the reference write failed'));
      });
      times.push(performance.now() - start);
    }
    db.close();
    return times;
  }, count);
}

/** Where the pointer goes while dragging: the centres of the visible cells, row by row, snaking left-right-left. */
async function dragPath(page: Page): Promise<Point[]> {
  const { cells, height } = await page.evaluate(() => ({
    height: innerHeight,
    cells: [...document.querySelectorAll<HTMLElement>('[data-cell]')].map((c) => {
      const r = c.getBoundingClientRect();
      const top = Math.max(r.top, 40);
      const bottom = Math.min(r.bottom, innerHeight - 40);
      return { x: r.left + r.width / 2, y: (top + bottom) / 2, visible: bottom - top > 40 && r.left >= 0 && r.right <= innerWidth, row: Math.round(r.top) };
    }),
  }));
  const visible = cells.filter((c) => c.visible);
  if (visible.length < 2) throw new Error('fewer than two cells on screen to drag across');
  const rows = [...new Set(visible.map((c) => c.row))].sort((a, b) => a - b);
  const path: Point[] = [];
  rows.forEach((row, i) => {
    const inRow = visible.filter((c) => c.row === row).sort((a, b) => a.x - b.x);
    if (i % 2 === 1) inRow.reverse();
    // Within a tall cell, also travel up and down so the insert position keeps changing.
    for (const c of inRow) path.push({ x: c.x, y: c.y - 120 }, { x: c.x, y: c.y + 120 });
  });
  return path.map((p) => ({ x: p.x, y: Math.min(Math.max(p.y, 30), height - 30) }));
}

type Point = { x: number; y: number };

/** A point `f` (0..1, wrapping) of the way along a closed polyline. */
function along(path: Point[], f: number): Point {
  const segments = path.map((a, i) => {
    const b = path[(i + 1) % path.length] ?? a;
    return { a, b, len: Math.hypot(b.x - a.x, b.y - a.y) };
  });
  const total = segments.reduce((sum, s) => sum + s.len, 0);
  let d = (f % 1) * total;
  for (const { a, b, len } of segments) {
    if (d <= len && len > 0) return { x: a.x + ((b.x - a.x) * d) / len, y: a.y + ((b.y - a.y) * d) / len };
    d -= len;
  }
  return path[0] ?? { x: 0, y: 0 };
}

/** Moves the pointer along the path, one lap per 4 s (a brisk but human pace), at ~60 moves per second. */
async function moveAlong(page: Page, path: Point[], durationMs: number): Promise<void> {
  const lapMs = 4_000;
  const start = performance.now();
  for (let i = 1; ; i++) {
    const wait = start + (i * 1000) / 60 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const elapsed = performance.now() - start;
    if (elapsed >= durationMs) return;
    const p = along(path, elapsed / lapMs);
    await page.mouse.move(p.x, p.y);
  }
}

/**
 * Picks a card up with the pointer and drags it for `durationMs` across the
 * visible cells (columns and lanes) at ~60 moves per second while a CDP
 * trace records; returns main-thread busy time per 16.7 ms slot. The drag is
 * cancelled with Escape afterwards.
 */
export async function dragTrace(page: Page, cdp: CDPSession, n: number, durationMs = 2_000): Promise<BusyPerSlot> {
  const card = await aCard(page, n);
  const path = await dragPath(page);
  await page.mouse.move(card.x, card.y);
  await arm(page, 'overlay');
  await page.mouse.down();
  await page.mouse.move(card.x + 10, card.y, { steps: 5 });
  try {
    await settle(page);
    // Pointer to the start of the path before the trace starts, so the window is steady dragging.
    const first = along(path, 0);
    await page.mouse.move(first.x, first.y, { steps: 10 });
    await startTrace(cdp);
    let failure: unknown = null;
    try {
      await moveAlong(page, path, durationMs);
    } catch (error) {
      failure = error;
    }
    const events = await stopTrace(cdp);
    if (failure) throw failure instanceof Error ? failure : new Error('the drag failed', { cause: failure });
    return busyPerSlot(events);
  } finally {
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await waitIdle(page);
  }
}
