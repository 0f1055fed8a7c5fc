import type { RoomHostEvent } from '../../shared/room/bridge.ts';

/**
 * Checks each message from the room host with the room's schemas before the
 * window acts on it, and hands the events on in the order they came. The
 * schemas (and zod) load with the first message, not with the first screen.
 */
export function checkedRoomEvents(listener: (event: RoomHostEvent) => void): (message: unknown) => void {
  let chain: Promise<void> = Promise.resolve();
  return (message) => {
    chain = chain
      .then(async () => {
        const { readRoomHostEvent } = await import('../../shared/room/hostEvent.ts');
        const event = readRoomHostEvent(message);
        if (event !== null) listener(event);
      })
      .catch((error: unknown) => {
        console.error('AKR Studio: a room event could not be handled', error);
      });
  };
}
