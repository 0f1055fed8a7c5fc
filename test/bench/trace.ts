import type { CDPSession } from 'playwright-core';

/** One event of Chrome's JSON trace format (only the fields the bench reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds, trace clock. */
  ts: number;
  /** Microseconds, for complete ('X') events. */
  dur?: number;
  args?: { name?: string; data?: { type?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
}

/** Ends the trace and reads it back from its IO stream. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) => {
    cdp.once('Tracing.tracingComplete', (payload) => {
      if (payload.stream) resolve(payload.stream);
      else reject(new Error('Tracing.tracingComplete without a stream'));
    });
  });
  await cdp.send('Tracing.end');
  const handle = await complete;
  const chunks: Buffer[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 1 << 20 });
    chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export const SLOT_MS = 1000 / 60;

export interface BusyPerSlot {
  /** Busy milliseconds in each 16.67 ms slot of the drag window. */
  slots: number[];
  windowMs: number;
  /** Mousemoves the renderer main thread dispatched during the window. */
  movesDispatched: number;
  /** The longest main-thread task that overlapped the window, in ms. */
  longestTaskMs: number;
}

const isMove = (e: TraceEvent) => e.name === 'EventDispatch' && (e.args?.data?.type === 'mousemove' || e.args?.data?.type === 'pointermove');

/**
 * Main-thread busy time per 16.67 ms slot while the pointer moved.
 *
 * The thread is the renderer main thread ('CrRendererMain' thread_name
 * metadata) that dispatched the most mouse moves, i.e. the board's. Its
 * top-level 'RunTask' complete events are merged (nested tasks are not
 * counted twice) and cut into slots from the first to the end of the last
 * mousemove dispatch.
 */
export function busyPerSlot(events: readonly TraceEvent[], slotMs = SLOT_MS): BusyPerSlot {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const movesByThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key) || !isMove(e)) continue;
    const list = movesByThread.get(key) ?? [];
    list.push(e);
    movesByThread.set(key, list);
  }
  const [thread, moves] = [...movesByThread].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!thread || !moves || moves.length < 2) throw new Error('the trace has no mouse moves on a renderer main thread');

  const start = Math.min(...moves.map((e) => e.ts));
  const end = Math.max(...moves.map((e) => e.ts + (e.dur ?? 0)));
  const mousemoves = new Set(moves.filter((e) => e.args?.data?.type === 'mousemove').map((e) => e.ts)).size;

  const tasks = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  const longestTaskMs = Math.max(0, ...tasks.filter(([from, to]) => to > start && from < end).map(([from, to]) => (to - from) / 1000));
  const merged: [number, number][] = [];
  for (const [from, to] of tasks) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }

  const slotUs = slotMs * 1000;
  const slots = new Array<number>(Math.max(1, Math.ceil((end - start) / slotUs))).fill(0);
  for (const [from, to] of merged) {
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    for (let i = Math.floor((a - start) / slotUs); i < slots.length && start + i * slotUs < b; i++) {
      const overlap = Math.min(b, start + (i + 1) * slotUs) - Math.max(a, start + i * slotUs);
      if (overlap > 0) slots[i] = (slots[i] ?? 0) + overlap / 1000;
    }
  }
  return { slots, windowMs: (end - start) / 1000, movesDispatched: mousemoves, longestTaskMs };
}
