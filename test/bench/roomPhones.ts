/**
 * The room bench's phones (test/bench/room.ts), in a worker thread of their
 * own: in the room the phones are other devices, so their sending and their
 * timing must not share an event loop with the room server they load. Each
 * phone has one keep-alive connection for sending and a live channel, as the
 * phone page keeps; times are wall clock (timeOrigin + now), the same clock
 * as the server's process and the browser's.
 */
import http from 'node:http';
import { parentPort } from 'node:worker_threads';
import type { Submission } from '../../shared/room/protocol.ts';

/** A submission sent and what became of it (ms since the epoch). */
export interface Sent {
  id: string;
  kind: Submission['kind'];
  sentAt: number;
  receiptAt: number;
  /** 201 when the answer was a receipt naming the submission, else the HTTP status (0: no answer). */
  status: number;
}

export type PhonesRequest =
  | { type: 'open'; port: number; token: string; phones: number }
  /** Each phone sends its list one after another; all phones at once. */
  | { type: 'burst'; lists: Submission[][] }
  /** Each submission from phone i % phones, all at once. */
  | { type: 'resend'; submissions: Submission[] }
  | { type: 'stop' };

export type PhonesReply = { type: 'opened' } | { type: 'sent'; sent: Sent[] } | { type: 'stopped' } | { type: 'failed'; message: string };

interface Phone {
  agent: http.Agent;
  stream: http.ClientRequest | null;
}

const wallNow = () => performance.timeOrigin + performance.now();

let room: { port: number; token: string } | null = null;
let phones: Phone[] = [];

function submit(phone: Phone, submission: Submission): Promise<Sent> {
  const { port, token } = room ?? { port: 0, token: '' };
  const body = JSON.stringify(submission);
  const sentAt = wallNow();
  return new Promise((resolve) => {
    const done = (status: number, text: string) => {
      let receipted = false;
      try {
        receipted = status === 201 && (JSON.parse(text) as { id?: unknown }).id === submission.id;
      } catch {
        receipted = false;
      }
      resolve({ id: submission.id, kind: submission.kind, sentAt, receiptAt: wallNow(), status: receipted ? 201 : status });
    };
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/submissions',
        agent: phone.agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error('timed out')));
    req.on('error', () => done(0, ''));
    req.end(body);
  });
}

/** The phone's live channel; resolves once the room answered it. */
function openStream(phone: Phone): Promise<void> {
  const { port, token } = room ?? { port: 0, token: '' };
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: `/api/events?token=${encodeURIComponent(token)}`, agent: false }, (res) => {
      if (res.statusCode === 200) resolve();
      else reject(new Error(`live channel: ${res.statusCode}`));
      res.resume();
    });
    req.on('error', reject);
    phone.stream = req;
  });
}

async function handle(request: PhonesRequest): Promise<PhonesReply> {
  switch (request.type) {
    case 'open':
      room = { port: request.port, token: request.token };
      phones = Array.from({ length: request.phones }, () => ({ agent: new http.Agent({ keepAlive: true, maxSockets: 1 }), stream: null }));
      await Promise.all(phones.map(openStream));
      return { type: 'opened' };
    case 'burst': {
      const perPhone = await Promise.all(
        phones.map(async (phone, i) => {
          const sent: Sent[] = [];
          for (const s of request.lists[i] ?? []) sent.push(await submit(phone, s));
          return sent;
        }),
      );
      return { type: 'sent', sent: perPhone.flat() };
    }
    case 'resend':
      return { type: 'sent', sent: await Promise.all(request.submissions.map((s, i) => submit(phones[i % phones.length] as Phone, s))) };
    case 'stop':
      for (const p of phones) {
        p.stream?.destroy();
        p.agent.destroy();
      }
      phones = [];
      return { type: 'stopped' };
  }
}

parentPort?.on('message', (request: PhonesRequest) => {
  handle(request).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) => parentPort?.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies PhonesReply),
  );
});
