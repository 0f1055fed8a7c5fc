/**
 * Who gets in: the page for anyone on the network, the API only with the
 * room's token, the short code exchanged for it within a limit of wrong
 * codes for the whole room, and nothing at all once the room is closed.
 */
import fs from 'node:fs';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { journalPath } from '../../../electron/room/journal';
import { answer, closeRooms, connect, DOTS, POLL, request, startRoom, submit, SURVEY, newId } from './harness';

afterEach(closeRooms);

describe('the room server', () => {
  it('serves the phone page and its script with a strict CSP, to anyone on the network', async () => {
    const { room } = await startRoom();
    const page = await request(room, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Rummet</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await request(room, 'GET', '/room.js');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.text).toBe('console.log("room")');
  });

  it('refuses every API request without the token, or with a wrong one', async () => {
    const { room, delivered } = await startRoom();
    room.setActivity(SURVEY);
    for (const token of [undefined, '', 'x'.repeat(43), room.token.slice(0, -1), `${room.token}x`]) {
      expect((await request(room, 'GET', '/api/activity', { token })).status).toBe(401);
      expect((await request(room, 'POST', '/api/submissions', { token, body: JSON.stringify(answer()) })).status).toBe(401);
    }
    // Only the live channel takes the token in its address (EventSource cannot send headers).
    expect((await request(room, 'GET', `/api/activity?token=${room.token}`)).status).toBe(401);
    expect(delivered).toEqual([]);
    const ok = await request(room, 'GET', '/api/activity', { token: room.token });
    expect(ok).toMatchObject({ status: 200, json: { activity: SURVEY } });
  });

  it('makes a token of at least 128 random bits and a six-digit code, new for every room', async () => {
    const a = (await startRoom()).room;
    const b = (await startRoom()).room;
    expect(Buffer.from(a.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(a.token).not.toBe(b.token);
    expect(a.code()).toMatch(/^\d{6}$/);
  });

  it('exchanges the short code for the token', async () => {
    const { room } = await startRoom();
    const reply = await request(room, 'POST', '/api/join', { body: JSON.stringify({ code: room.code() }) });
    expect(reply).toMatchObject({ status: 200, json: { token: room.token } });
  });

  it('locks the code after the limit of wrong codes for the whole room, tells the facilitator, and a new code opens it again', async () => {
    const { room, events } = await startRoom({ limits: { maxWrongCodes: 3 } });
    const wrong = room.code() === '000000' ? '000001' : '000000';
    const tries = [];
    for (let i = 0; i < 3; i++) tries.push((await request(room, 'POST', '/api/join', { body: JSON.stringify({ code: wrong }) })).status);
    expect(tries).toEqual([403, 403, 423]);
    // Locked: the right code is refused too, and nothing gives the token away.
    const right = await request(room, 'POST', '/api/join', { body: JSON.stringify({ code: room.code() }) });
    expect(right.status).toBe(423);
    expect(right.text).not.toContain(room.token);
    expect(events.filter((e) => e.type === 'locked')).toHaveLength(1);
    expect(events.flatMap((e) => (e.type === 'wrongCode' ? [e.wrong] : []))).toEqual([1, 2, 3]);

    const code = room.newCode();
    expect((await request(room, 'POST', '/api/join', { body: JSON.stringify({ code }) })).status).toBe(200);
  });

  it('counts a malformed code as no try at all, and refuses it', async () => {
    const { room, events } = await startRoom({ limits: { maxWrongCodes: 1 } });
    for (const code of ['12345', '1234567', 'abcdef', 123456]) {
      expect((await request(room, 'POST', '/api/join', { body: JSON.stringify({ code }) })).status).toBe(422);
    }
    expect(events).toEqual([]);
  });

  it('refuses a request that arrives while it closes, then stops listening', async () => {
    const { room, dir, delivered } = await startRoom();
    room.setActivity(SURVEY);
    // A submission whose body is still on its way when the room closes.
    const body = JSON.stringify(answer());
    const replied = new Promise<number | string>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: room.port,
          method: 'POST',
          path: '/api/submissions',
          agent: false,
          headers: { authorization: `Bearer ${room.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.write(body.slice(0, 10));
      req.on('socket', (s) =>
        s.on('connect', () => {
          void room.close().then(() => undefined);
          setImmediate(() => req.end(body.slice(10)));
        }),
      );
    });
    const outcome = await replied;
    expect([410, 'ECONNRESET', 'EPIPE']).toContain(outcome);
    await room.close();
    expect(delivered).toEqual([]);
    await expect(request(room, 'GET', '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // Nothing was accepted, so the journal is gone too.
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('tells phones over the live channel what is open, and the facilitator how many phones are connected', async () => {
    const { room, events } = await startRoom();
    room.setActivity(POLL);
    const { socket, closed } = await connect(room.port);
    const received: string[] = [];
    const seen = (what: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (received.join('').includes(what)) resolve();
          else socket.once('data', check);
        };
        check();
      });
    socket.on('data', (c: Buffer) => received.push(c.toString('utf8')));
    socket.write(`GET /api/events?token=${room.token} HTTP/1.1\r\nHost: room\r\n\r\n`);
    await seen('"act-poll"');
    expect(received.join('')).toContain('text/event-stream');
    expect(room.phones()).toBe(1);
    room.setActivity(DOTS);
    await seen('"act-dots"');
    socket.destroy();
    await closed;
    await expect.poll(() => room.phones()).toBe(0);
    expect(events.filter((e) => e.type === 'phones')).toEqual([
      { type: 'phones', connected: 1 },
      { type: 'phones', connected: 0 },
    ]);
  });

  it('refuses the live channel without the token', async () => {
    const { room } = await startRoom();
    expect((await request(room, 'GET', '/api/events?token=nope')).status).toBe(401);
    expect(room.phones()).toBe(0);
  });

  it('takes only what is open: another activity, a role or task not asked, a question not asked, over the dot budget, a second poll vote', async () => {
    const { room, delivered, dir } = await startRoom();
    room.setActivity(SURVEY);
    expect((await submit(room, answer({ activityId: 'act-old' }))).status).toBe(409);
    expect((await submit(room, answer({ role: 'Rektor' }))).status).toBe(422);
    expect((await submit(room, answer({ hours: [{ taskId: 't-other', hours: 1 }] }))).status).toBe(422);
    expect((await submit(room, answer({ comment: 'inte efterfrågad' }))).json).toEqual({ error: 'notAsked' });
    expect((await submit(room, answer())).status).toBe(201);

    room.setActivity(DOTS);
    const voter = 'phone-voter-1';
    const dots = (noteIds: string[]) => ({ id: newId(), activityId: 'act-dots', kind: 'dots', voter, noteIds });
    expect((await submit(room, dots(['n1', 'n1']))).status).toBe(201);
    expect((await submit(room, dots(['n2', 'n2']))).json).toEqual({ error: 'overBudget' });
    expect((await submit(room, dots(['n3']))).status).toBe(422);
    expect((await submit(room, dots(['n2']))).status).toBe(201);

    room.setActivity(POLL);
    const vote = () => ({ id: newId(), activityId: 'act-poll', kind: 'poll', voter, colour: 'green' });
    expect((await submit(room, vote())).status).toBe(201);
    expect((await submit(room, vote())).json).toEqual({ error: 'alreadyVoted' });
    expect(delivered.map((d) => d.kind)).toEqual(['survey', 'dots', 'dots', 'poll']);
    // The voter id is never delivered or written down.
    expect(JSON.stringify(delivered)).not.toContain(voter);
    const journal = fs.readFileSync(journalPath(dir, 'analysis-1'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(4);
    expect(journal).not.toContain(voter);
    // Nor where a phone connected from.
    expect(journal).not.toContain('127.0.0.1');
  });

  it('refuses a room activity that breaks the protocol', async () => {
    const { room } = await startRoom();
    expect(() => room.setActivity({ ...DOTS, budget: 0 } as never)).toThrow();
    expect(room.activity()).toEqual({ kind: 'none' });
  });
});
