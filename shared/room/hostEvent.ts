/**
 * The room host's events as the facilitator's window receives them: over
 * IPC from main, or as JSON over the browser mode's local link. The window
 * checks each one before acting on it (a submission is committed into the
 * analysis), so a malformed message is dropped, never half-used.
 */
import * as z from 'zod/mini';
import type { RoomHostEvent } from './bridge.ts';
import { deliveredSchema } from './protocol.ts';
// protocol.ts switches zod to jitless checks (through records/fields.ts), which the app's CSP needs.

const count = z.int().check(z.minimum(0));
const analysisId = z.string().check(z.minLength(1), z.maxLength(200));

export const roomHostEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('phones'), connected: count }),
  z.strictObject({ type: z.literal('wrongCode'), wrong: count, limit: count }),
  z.strictObject({ type: z.literal('locked') }),
  z.strictObject({ type: z.literal('recovered'), entries: count, skipped: count }),
  z.strictObject({ type: z.literal('journalFailed'), message: z.string() }),
  z.strictObject({ type: z.literal('submission'), analysisId, entry: deliveredSchema }),
  z.strictObject({ type: z.literal('closed'), analysisId }),
]) satisfies z.ZodMiniType<RoomHostEvent>;

/** The event, if `value` is one; null otherwise. */
export function readRoomHostEvent(value: unknown): RoomHostEvent | null {
  const result = roomHostEventSchema.safeParse(value);
  return result.success ? result.data : null;
}
