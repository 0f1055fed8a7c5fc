/**
 * Rooms on loopback for the tests: a room with a fresh journal folder, HTTP
 * requests on a new connection each (or a raw socket, for what an HTTP
 * client would not send), and the activities and submissions the tests use.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRoom, type Room, type RoomEvent, type RoomOptions } from '../../../electron/room/server';
import type { Activity, Delivered, Submission } from '../../../shared/room/protocol';

export const PAGE = { html: '<!doctype html><title>Rummet</title><script src="/room.js"></script>', script: 'console.log("room")' };

export interface TestRoom {
  room: Room;
  dir: string;
  delivered: Delivered[];
  events: RoomEvent[];
}

const rooms: Room[] = [];

export function journalDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'akr-room-'));
}

export async function startRoom(options: Partial<RoomOptions> = {}): Promise<TestRoom> {
  const dir = options.journalDir ?? journalDir();
  const delivered: Delivered[] = [];
  const events: RoomEvent[] = [];
  const room = await createRoom({
    analysisId: 'analysis-1',
    host: '127.0.0.1',
    port: 0,
    journalDir: dir,
    page: PAGE,
    onSubmission: (e) => delivered.push(e),
    onEvent: (e) => events.push(e),
    ...options,
  });
  rooms.push(room);
  return { room, dir, delivered, events };
}

/** Closes every room the tests started (for afterEach). */
export async function closeRooms(): Promise<void> {
  await Promise.all(rooms.splice(0).map((r) => r.close()));
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: unknown;
}

export function request(
  room: Pick<Room, 'port'>,
  method: string,
  target: string,
  options: { token?: string; body?: string | Uint8Array; headers?: Record<string, string>; agent?: http.Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    const req = http.request({ host: '127.0.0.1', port: room.port, method, path: target, headers, agent: options.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export const submit = (room: Room, submission: unknown, token = room.token) =>
  request(room, 'POST', '/api/submissions', { token, body: JSON.stringify(submission) });

/** Sends raw bytes on a new connection; resolves with all the server sent back once it closes the connection. */
export function raw(port: number, bytes: string, options: { end?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.write(bytes);
    if (options.end !== false) socket.end();
  });
}

/** A socket connected to the room, and a promise of its closing. */
export function connect(port: number): Promise<{ socket: net.Socket; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

export const SURVEY: Activity = {
  kind: 'survey',
  id: 'act-survey',
  round: 'r1',
  questions: { unit: 'hours', contract: true, mission: true, comments: false },
  roles: [
    {
      name: 'Barnskötare',
      fullTimeHours: 40,
      tasks: [
        { id: 't-diska', title: 'Diska' },
        { id: 't-planera', title: 'Planera' },
      ],
    },
  ],
};
export const SWOT: Activity = { kind: 'swot', id: 'act-swot', quadrants: ['strengths', 'weaknesses', 'opportunities', 'threats'] };
export const DOTS: Activity = {
  kind: 'dots',
  id: 'act-dots',
  budget: 3,
  notes: [
    { id: 'n1', quadrant: 'strengths', text: 'Bra kollegor' },
    { id: 'n2', quadrant: 'threats', text: 'Sjukfrånvaro' },
  ],
};
export const POLL: Activity = { kind: 'poll', id: 'act-poll', role: 'Barnskötare', taskId: 't-diska', title: 'Diska' };

let counter = 0;
/** A fresh client id, as a phone makes one. */
export const newId = () => `sub-${process.pid}-${Date.now()}-${++counter}`;

export const answer = (over: Partial<Extract<Submission, { kind: 'survey' }>> = {}): Extract<Submission, { kind: 'survey' }> => ({
  id: newId(),
  activityId: 'act-survey',
  kind: 'survey',
  role: 'Barnskötare',
  hours: [
    { taskId: 't-diska', hours: 2.5 },
    { taskId: 't-planera', hours: 4 },
  ],
  contractHours: 30,
  mission: 'Barnens lärande',
  comment: '',
  ...over,
});

export const note = (text: string, over: Partial<Extract<Submission, { kind: 'note' }>> = {}): Extract<Submission, { kind: 'note' }> => ({
  id: newId(),
  activityId: 'act-swot',
  kind: 'note',
  quadrant: 'strengths',
  text,
  ...over,
});
