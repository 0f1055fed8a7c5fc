/**
 * The checks on what the facilitator's window sends the room host, shared by
 * the desktop's IPC handlers (roomIpc.ts) and the browser mode's local link
 * (link.ts): the window is treated as untrusted input on both ways in.
 */
import * as z from 'zod/mini';
import { id } from '../../shared/records/fields';
import { activitySchema, type Activity } from '../../shared/room/protocol';

/** The most entries one acknowledgement may name (a full room's burst is well under this). */
export const ROOM_ACK_MAX = 10_000;

const openOptions = z.strictObject({ address: z.optional(z.string().check(z.minLength(1), z.maxLength(64))) });
const ids = z.array(id).check(z.maxLength(ROOM_ACK_MAX));

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, call: string, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Refused ${call}: ${what} is malformed.`);
  return result.data;
}

export const readAnalysisId = (value: unknown, call: string): string => parse(id, value, call, 'the analysis id');

export const readOpenOptions = (value: unknown, call: string): { address?: string } => {
  const options = parse(openOptions, value, call, 'the options');
  return options.address === undefined ? {} : { address: options.address };
};

export const readActivity = (value: unknown, call: string): Activity => parse(activitySchema, value, call, 'the activity');

export const readEntryIds = (value: unknown, call: string): string[] => parse(ids, value, call, 'the entry ids');
