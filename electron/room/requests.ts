/**
 * Reading a phone's request body: the bytes, within a size limit, then
 * strict UTF-8, JSON with no prototype keys and little nesting, and the
 * protocol's schema. Every outcome is a value or a typed refusal; nothing
 * here throws on what a phone sends (the fuzz suite holds it to that).
 */
import type { IncomingMessage } from 'node:http';
import { forbiddenKey } from '../../shared/jsonGuard';
import { joinSchema, submissionSchema, type Refusal, type Submission } from '../../shared/room/protocol';

/** The deepest a room body nests (a survey answer: object → hours → entry). */
const MAX_NESTING = 4;

export type Read<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

/** Why a body was not read: too large, or the phone went away (nothing to answer then). */
export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; refusal: 'tooLarge' | 'aborted' };

/**
 * The request's body, up to `max` bytes: a declared length over the limit is
 * refused before a byte is read, and a body that grows over it is refused as
 * soon as it does. Settles once, also when the connection goes away.
 */
export function readBody(request: IncomingMessage, max: number): Promise<BodyRead> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (!Number.isFinite(declared) || declared > max) return Promise.resolve({ ok: false, refusal: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead) => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        request.pause();
        settle({ ok: false, refusal: 'tooLarge' });
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => settle({ ok: true, bytes: Buffer.concat(chunks) }));
    request.on('error', () => settle({ ok: false, refusal: 'aborted' }));
    request.on('close', () => settle({ ok: false, refusal: 'aborted' }));
  });
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes as a JSON value: strict UTF-8, valid JSON, no prototype keys, shallow. */
export function readJson(bytes: Uint8Array): Read<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    return { ok: false, refusal: 'malformed' };
  }
  return forbiddenKey(value, MAX_NESTING) === null ? { ok: true, value } : { ok: false, refusal: 'malformed' };
}

/** A submission's body, read and checked against the protocol (not yet against what is open). */
export function readSubmission(bytes: Uint8Array): Read<Submission> {
  const json = readJson(bytes);
  if (!json.ok) return json;
  const parsed = submissionSchema.safeParse(json.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, refusal: 'invalid' };
}

/** The short code a phone sends to get the room's token. */
export function readJoin(bytes: Uint8Array): Read<string> {
  const json = readJson(bytes);
  if (!json.ok) return json;
  const parsed = joinSchema.safeParse(json.value);
  return parsed.success ? { ok: true, value: parsed.data.code } : { ok: false, refusal: 'invalid' };
}
