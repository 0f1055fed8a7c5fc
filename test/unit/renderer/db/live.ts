import type { Live } from '../../../../renderer/db/live.ts';

/** The first value a live query emits. */
export function firstValueFrom<T>(live: Live<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const sub = live.subscribe({
      next: (value) => {
        queueMicrotask(() => sub.unsubscribe());
        resolve(value);
      },
      error: reject,
    });
  });
}
