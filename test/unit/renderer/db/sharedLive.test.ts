import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharedLive } from '../../../../renderer/db/sharedLive.ts';
import type { Live } from '../../../../renderer/db/live.ts';

/** A hand-driven live query that counts its subscriptions. */
function source() {
  const state = { subscriptions: 0, active: 0, emit: (_v: number) => {} };
  const make = (): Live<number> => ({
    subscribe(observer) {
      state.subscriptions += 1;
      state.active += 1;
      state.emit = (v) => observer.next(v);
      return { unsubscribe: () => void (state.active -= 1) };
    },
  });
  return { state, make };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sharedLive', () => {
  it('runs one query for all subscribers and gives a late one the latest value at once', () => {
    const { state, make } = source();
    const live = sharedLive(make, 1000);
    const a: number[] = [];
    const b: number[] = [];
    live.subscribe({ next: (v) => a.push(v) });
    state.emit(1);
    live.subscribe({ next: (v) => b.push(v) });
    state.emit(2);
    expect(state.subscriptions).toBe(1);
    expect(a).toEqual([1, 2]);
    expect(b).toEqual([1, 2]);
  });

  it('keeps the query for the grace period after the last subscriber leaves, then stops it', () => {
    const { state, make } = source();
    const live = sharedLive(make, 1000);
    live.subscribe({ next: () => {} }).unsubscribe();
    vi.advanceTimersByTime(999);
    expect(state.active).toBe(1);
    const back: number[] = [];
    live.subscribe({ next: (v) => back.push(v) });
    vi.advanceTimersByTime(5000);
    expect(state.subscriptions).toBe(1);
    state.emit(7);
    expect(back).toEqual([7]);
  });

  it('stops after the grace period and starts afresh, without an old value', () => {
    const { state, make } = source();
    const live = sharedLive(make, 1000);
    const sub = live.subscribe({ next: () => {} });
    state.emit(1);
    sub.unsubscribe();
    vi.advanceTimersByTime(1000);
    expect(state.active).toBe(0);
    const seen: number[] = [];
    live.subscribe({ next: (v) => seen.push(v) });
    expect(state.subscriptions).toBe(2);
    expect(seen).toEqual([]);
  });

  it('starts on hold, before any subscriber, and keeps the result for the first one', () => {
    const { state, make } = source();
    const live = sharedLive(make, 0);
    live.hold(500);
    expect(state.active).toBe(1);
    state.emit(42);
    const seen: number[] = [];
    live.subscribe({ next: (v) => seen.push(v) });
    expect(seen).toEqual([42]);
  });

  it('lets a hold with no subscriber run out', () => {
    const { state, make } = source();
    sharedLive(make, 100).hold(500);
    vi.advanceTimersByTime(599);
    expect(state.active).toBe(1);
    vi.advanceTimersByTime(1);
    expect(state.active).toBe(0);
  });

  it('ignores a second unsubscribe of the same subscription', () => {
    const { state, make } = source();
    const live = sharedLive(make, 100);
    const one = live.subscribe({ next: () => {} });
    live.subscribe({ next: () => {} });
    one.unsubscribe();
    one.unsubscribe();
    vi.advanceTimersByTime(1000);
    expect(state.active).toBe(1);
  });
});

describe('sharedLive seeding', () => {
  it('shows a seeded value until the query answers, and ignores a seed that comes after', () => {
    const { state, make } = source();
    const live = sharedLive(make, 0);
    const seen: number[] = [];
    live.subscribe({ next: (v) => seen.push(v) });
    live.seed(1);
    state.emit(2);
    live.seed(3);
    expect(seen).toEqual([1, 2]);
  });
});

describe('sharedLive seeding, with a sameness check', () => {
  const sameParity = (a: number, b: number) => a % 2 === b % 2;

  it('keeps the seed and tells no one again when the first answer is the same', () => {
    const { state, make } = source();
    const live = sharedLive(make, 0, sameParity);
    live.seed(2);
    const seen: number[] = [];
    live.subscribe({ next: (v) => seen.push(v) });
    state.emit(4); // the "same" as 2
    expect(seen).toEqual([2]);
    expect(live.peek?.()).toBe(2);
    state.emit(6); // later answers are always passed on: they follow a change in the database
    expect(seen).toEqual([2, 6]);
  });

  it('passes on a first answer that differs from the seed', () => {
    const { state, make } = source();
    const live = sharedLive(make, 0, sameParity);
    live.seed(2);
    const seen: number[] = [];
    live.subscribe({ next: (v) => seen.push(v) });
    state.emit(3);
    expect(seen).toEqual([2, 3]);
    expect(live.peek?.()).toBe(3);
  });

  it('peeks at nothing before a seed or an answer, and forgets both once stopped', () => {
    const { state, make } = source();
    const live = sharedLive(make, 100, sameParity);
    expect(live.peek?.()).toBeUndefined();
    live.seed(2);
    expect(live.peek?.()).toBe(2);
    const sub = live.subscribe({ next: () => {} });
    state.emit(5);
    sub.unsubscribe();
    vi.advanceTimersByTime(100);
    expect(state.active).toBe(0);
    expect(live.peek?.()).toBeUndefined();
  });
});
