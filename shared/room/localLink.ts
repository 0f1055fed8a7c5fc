/**
 * The browser mode's local link between the facilitator's page and the room
 * host inside the local server (build/scripts/serve.mjs, electron/room/link.ts):
 * same origin as the app, on 127.0.0.1, guarded by a secret the served
 * index.html carries. Calls are JSON POSTs to `<path>/<call>` with the
 * arguments as an array; the host's events come as a server-sent event
 * stream at `<path>/events`.
 */

/** Where the link lives on the app's own origin. */
export const ROOM_LINK_PATH = '/__room';

/** The `<meta name>` whose content is the secret (filled in per server process). */
export const ROOM_LINK_META = 'akr-room-link';

/** The request header carrying the secret on calls (EventSource cannot set headers: the stream takes it as `?s=`). */
export const ROOM_LINK_HEADER = 'x-akr-room-secret';

/** The bridge calls the link answers, with the number of arguments each takes. */
export const ROOM_LINK_CALLS = {
  addresses: 0,
  open: 2,
  current: 0,
  setActivity: 1,
  newCode: 0,
  close: 0,
  unacknowledged: 1,
  acknowledge: 2,
  erase: 1,
} as const;

export type RoomLinkCall = keyof typeof ROOM_LINK_CALLS;

export function isRoomLinkCall(value: string): value is RoomLinkCall {
  return Object.hasOwn(ROOM_LINK_CALLS, value);
}
