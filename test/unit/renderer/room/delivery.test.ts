import { afterEach, describe, expect, it } from 'vitest';
import { startRoomDelivery, type RoomDelivery } from '../../../../renderer/room/delivery.ts';
import { roomInboxActions } from '../../../../renderer/room/inbox.ts';
import { created, updated, type Change } from '../../../../shared/changes.ts';
import type { Placement, Role, Task } from '../../../../shared/model.ts';
import { phoneNoteId, receiptId } from '../../../../shared/room/deliver.ts';
import type { Delivered } from '../../../../shared/room/protocol.ts';
import { answerId, emptySurveyState } from '../../../../shared/survey/answers.ts';
import { addNote, dotsOf, setVotes, tally } from '../../../../shared/swot.ts';
import { firstValueFrom } from '../db/live.ts';
import { testStore } from '../testStore.ts';
import { fakeRoom } from './fakeRoom.ts';

const T = '2026-12-06T09:00:00.000Z';
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 11, 6, 9, 0, 0, ++tick)).toISOString();
const fields = { unitName: 'Förskolan Solrosen', organisation: 'Norrby', facilitator: 'Eva' };

const running: { delivery: RoomDelivery; close: () => void }[] = [];
afterEach(() => {
  for (const r of running.splice(0)) {
    r.delivery.stop();
    r.close();
  }
});

let seq = 0;
const sid = () => `sub-${String(++seq).padStart(6, '0')}`;
const survey = (hours: { taskId: string; hours: number }[], role = 'Barnskötare'): Delivered => ({
  id: sid(),
  activityId: 'act-survey',
  kind: 'survey',
  role,
  hours,
  contractHours: null,
  mission: ' Barnens lärande ',
  comment: '',
});
const note = (text: string, quadrant: 'strengths' | 'threats' = 'threats'): Delivered => ({ id: sid(), activityId: 'act-swot', kind: 'note', quadrant, text });
const dots = (noteIds: string[]): Delivered => ({ id: sid(), activityId: 'act-dots', kind: 'dots', noteIds });
const vote = (colour: 'green' | 'yellow' | 'red' | 'black', activityId = 'act-poll'): Delivered => ({ id: sid(), activityId, kind: 'poll', colour });

/**
 * An analysis with a role, two tasks (one card each in that role), a survey in its follow-up round
 * and one typed note with two typed dots; a room host holding its journal; delivery started.
 */
async function setup(options: { failCommits?: () => boolean; start?: boolean } = {}) {
  const room = fakeRoom();
  const made = testStore({ room: room.bridge, clock });
  const { state, repos, db } = made;
  const a = await state().createAnalysis(fields);
  const role: Role = { id: `${a}-role`, analysisId: a, name: 'Barnskötare', headcount: 3, fullTimeHours: 40, order: 'a0', rev: 1, updatedAt: T };
  const tasks: Task[] = ['Diska', 'Planera tema'].map((title, i) => ({
    id: `${a}-task${i}`,
    analysisId: a,
    title,
    notes: '',
    createdAt: T,
    rev: 1,
    updatedAt: T,
  }));
  const cards: Placement[] = tasks.map((t, i) => ({
    id: `${a}-card${i}`,
    analysisId: a,
    taskId: t.id,
    roleId: role.id,
    colour: 'unsorted',
    order: `a${i}`,
    hours: null,
    rev: 1,
    updatedAt: T,
  }));
  const state0 = emptySurveyState(a, T);
  const followUp = { ...state0, rounds: [...state0.rounds, { id: 'r2', kind: 'followUp' as const, name: 'Uppföljning', startedAt: T }], round: 'r2' };
  const typed = addNote([], a, 'threats', 'Tidsbrist', `${a}-note`, T);
  await state().commit(
    [created('roles', role), ...tasks.map((t) => created('tasks', t)), ...cards.map((c) => created('placements', c)), created('surveys', followUp), ...typed],
    { undoable: false },
  );
  const noteId = `${a}-note`;
  const [typedNote] = await db.swotNotes.where('analysisId').equals(a).toArray();
  if (!typedNote) throw new Error('no note');
  await state().commit(setVotes(typedNote, 2, T), { undoable: false });

  const commits: Change[][] = [];
  const errors: unknown[] = [];
  const order: string[] = [];
  const acknowledge = room.bridge.acknowledge.bind(room.bridge);
  room.bridge.acknowledge = async (analysisId, ids) => {
    order.push(`ack ${ids.join(',')}`);
    return acknowledge(analysisId, ids);
  };
  const start = () => {
    const delivery = startRoomDelivery({
      room: room.bridge,
      repos,
      commit: async (changes) => {
        if (options.failCommits?.()) throw new Error('disk full');
        commits.push(changes);
        await state().commit(changes, { undoable: false });
        order.push(`commit ${changes.filter((c) => c.table === 'roomReceipts').length}`);
      },
      now: clock,
      retryMs: 10,
      onError: (error) => errors.push(error),
    });
    running.push({ delivery, close: () => db.close() });
    return delivery;
  };
  const delivery = options.start === false ? null : start();
  const inbox = roomInboxActions({ repos, commit: (c, o) => state().commit(c, o), now: clock, label: (n, text) => `let ${n}: ${text}` }, a);
  const liveInbox = () => firstValueFrom(repos.room.liveInbox(a));
  const notes = async () => db.swotNotes.where('analysisId').equals(a).toArray();
  return { ...made, room, a, role, tasks, cards, noteId, delivery, start, commits, errors, order, inbox, liveInbox, notes };
}

describe('delivering phones’ submissions into the analysis', () => {
  it('stores a survey answer in the current round as a phone’s answer, by task id, and acknowledges it after the commit', async () => {
    const s = await setup();
    const entry = survey([
      { taskId: s.tasks[0]?.id ?? '', hours: 2.5 },
      { taskId: s.tasks[1]?.id ?? '', hours: 1 },
    ]);
    s.room.send(s.a, entry);
    await s.delivery?.idle();

    const stored = await s.db.surveyResponses.get(answerId(s.a, 'r2', 'phone', entry.id));
    expect(stored).toMatchObject({
      round: 'r2',
      source: 'phone',
      importId: null,
      role: 'Barnskötare',
      mission: 'Barnens lärande',
      hours: [
        { taskId: s.tasks[0]?.id, hours: 2.5 },
        { taskId: s.tasks[1]?.id, hours: 1 },
      ],
    });
    expect(s.order).toEqual(['commit 1', `ack ${entry.id}`]);
    expect(s.room.journal.get(s.a)).toEqual([]);
    expect((await s.liveInbox()).received).toEqual({ answers: 1, notes: 0, dots: 0, pollVotes: 0 });
  });

  it('counts a redelivered submission once, and only acknowledges it again', async () => {
    const s = await setup();
    const entry = dots([s.noteId, s.noteId]);
    s.room.send(s.a, entry);
    await s.delivery?.idle();
    s.room.redeliver(s.a, entry);
    s.room.redeliver(s.a, entry);
    await s.delivery?.idle();

    const [n] = await s.notes();
    expect(n).toMatchObject({ votes: 2, phoneDots: 2 });
    expect(s.commits).toHaveLength(1);
    expect(s.room.ackedIds()).toEqual([entry.id, entry.id]);
    expect((await s.liveInbox()).received).toEqual({ answers: 0, notes: 0, dots: 2, pollVotes: 0 });
  });

  it('takes the same id twice in one burst as one submission', async () => {
    const s = await setup();
    const entry = note('Vi hinner inte');
    s.room.send(s.a, entry);
    s.room.redeliver(s.a, entry);
    await s.delivery?.idle();
    expect((await s.liveInbox()).pending).toHaveLength(1);
    expect(await s.db.roomReceipts.where('analysisId').equals(s.a).count()).toBe(1);
  });

  it('leaves a submission that does not fit in the journal, unacknowledged, and delivers the rest', async () => {
    const s = await setup();
    const good = note('Bra');
    const bad = { ...note('<b>x</b>'), quadrant: 'elsewhere' } as unknown as Delivered;
    s.room.send(s.a, bad);
    s.room.send(s.a, good);
    await s.delivery?.idle();
    expect(s.room.ackedIds()).toEqual([good.id]);
    expect(s.room.journal.get(s.a)).toEqual([bad]);
    // Told once as it came and once as the journal was read on the room's first word.
    expect(s.errors.map((e) => String(e))).toEqual([expect.stringContaining('does not fit'), expect.stringContaining('does not fit')]);
    expect((await s.liveInbox()).pending.map((q) => q.text)).toEqual(['Bra']);
  });

  it('acknowledges nothing when the commit fails, and delivers from the journal once it works again', async () => {
    let failing = true;
    const s = await setup({ failCommits: () => failing });
    const a = survey([{ taskId: s.tasks[0]?.id ?? '', hours: 3 }]);
    const b = note('Kort om folk');
    s.room.send(s.a, a);
    s.room.send(s.a, b);
    await expect.poll(() => s.errors.length).toBeGreaterThan(1);
    expect(s.room.acknowledged).toEqual([]);
    expect(await s.db.roomReceipts.count()).toBe(0);
    expect(await s.db.surveyResponses.where('analysisId').equals(s.a).count()).toBe(0);
    expect(s.room.journal.get(s.a)).toHaveLength(2);

    failing = false;
    await expect.poll(() => s.room.journal.get(s.a)?.length, { timeout: 5_000 }).toBe(0);
    expect(new Set(s.room.ackedIds())).toEqual(new Set([a.id, b.id]));
    expect(await s.db.roomReceipts.count()).toBe(2);
  });

  it('delivers at start what the open room’s journal kept from before (a reload or a crash), and an earlier room’s on asking', async () => {
    const s = await setup({ start: false });
    const left = [note('Bra kollegor', 'strengths'), dots([s.noteId])];
    for (const e of left) s.room.leftOver(s.a, e);
    await s.room.openWith(s.a, { kind: 'none' });
    const delivery = s.start();
    await expect.poll(() => s.room.journal.get(s.a)?.length).toBe(0);
    expect(s.room.ackedIds()).toEqual(left.map((e) => e.id));
    expect((await s.liveInbox()).pending.map((q) => q.text)).toEqual(['Bra kollegor']);

    // A journal of a room closed since: read when asked (after the room is opened again).
    await s.room.bridge.close();
    const other = note('Mer planeringstid');
    s.room.leftOver(s.a, other);
    await delivery.catchUp(s.a);
    await delivery.idle();
    expect(s.room.ackedIds()).toContain(other.id);
  });

  it('reads the journal of a room opened after the start once a phone connects', async () => {
    const s = await setup();
    await s.delivery?.idle();
    const old = note('Sparad sedan i fredags');
    s.room.leftOver(s.a, old);
    await s.room.openWith(s.a, { kind: 'swot', id: 'act-swot', quadrants: ['threats'] });
    s.room.emit({ type: 'phones', connected: 1 });
    await expect.poll(() => s.room.journal.get(s.a)?.length).toBe(0);
    expect(s.room.ackedIds()).toEqual([old.id]);
  });

  it('reads the journal the first time a room’s submission arrives after the start', async () => {
    const s = await setup();
    const old = note('Från förra gången');
    s.room.leftOver(s.a, old);
    s.room.send(s.a, note('Ny'));
    await expect.poll(() => s.room.journal.get(s.a)?.length).toBe(0);
    expect((await s.liveInbox()).pending.map((q) => q.text).sort()).toEqual(['Från förra gången', 'Ny']);
  });
});

describe('the note queue', () => {
  it('keeps phones’ notes off the canvas until they are let through, one at a time, as one undo step', async () => {
    const s = await setup();
    const [x, y] = [note('Stress vid lämning'), note('Bra mat', 'strengths')];
    s.room.send(s.a, x);
    s.room.send(s.a, y);
    await s.delivery?.idle();
    expect((await s.notes()).map((n) => n.text)).toEqual(['Tidsbrist']);
    const { pending } = await s.liveInbox();
    expect(pending.map((q) => [q.quadrant, q.text])).toEqual([
      ['threats', 'Stress vid lämning'],
      ['strengths', 'Bra mat'],
    ]);

    await s.inbox.letThrough([receiptId(s.a, x.id)]);
    const onCanvas = await s.db.swotNotes.get(phoneNoteId(receiptId(s.a, x.id)));
    expect(onCanvas).toMatchObject({ quadrant: 'threats', text: 'Stress vid lämning', count: 1, votes: 0 });
    expect((await s.liveInbox()).pending.map((q) => q.text)).toEqual(['Bra mat']);
    // Ordered last in its quadrant, after the typed note.
    const threats = (await s.notes()).filter((n) => n.quadrant === 'threats').sort((p, q) => p.order.localeCompare(q.order));
    expect(threats.map((n) => n.text)).toEqual(['Tidsbrist', 'Stress vid lämning']);

    expect(await s.state().undo(s.a)).toBe('let 1: Stress vid lämning');
    expect(await s.db.swotNotes.get(phoneNoteId(receiptId(s.a, x.id)))).toBeUndefined();
  });

  it('lets all waiting notes through in the order they came, and discards one without a trace on the canvas', async () => {
    const s = await setup();
    const list = [note('Ett'), note('Två'), note('Tre', 'strengths')];
    for (const e of list) s.room.send(s.a, e);
    await s.delivery?.idle();
    const [first] = list;
    await s.inbox.discard(receiptId(s.a, first?.id ?? ''));
    await s.inbox.letThrough('all');
    expect((await s.notes()).map((n) => n.text).sort()).toEqual(['Tidsbrist', 'Tre', 'Två']);
    expect((await s.liveInbox()).pending).toEqual([]);
    expect((await s.liveInbox()).received.notes).toBe(3);
    // A discarded note sent again (a retry) stays out: its receipt is there.
    if (first) s.room.redeliver(s.a, first);
    await s.delivery?.idle();
    expect((await s.liveInbox()).pending).toEqual([]);
    expect((await s.notes()).some((n) => n.text === 'Ett')).toBe(false);
  });

  it('lets notes through as they come while the switch is on, and queues them again once it is off', async () => {
    const s = await setup();
    await s.inbox.setAutoLetThrough(true);
    expect((await s.liveInbox()).autoLetThrough).toBe(true);
    s.room.send(s.a, note('Direkt upp', 'strengths'));
    await s.delivery?.idle();
    expect((await s.notes()).map((n) => n.text).sort()).toEqual(['Direkt upp', 'Tidsbrist']);
    expect((await s.liveInbox()).pending).toEqual([]);

    await s.inbox.setAutoLetThrough(false);
    s.room.send(s.a, note('Vänta'));
    await s.delivery?.idle();
    expect((await s.notes()).map((n) => n.text).sort()).toEqual(['Direkt upp', 'Tidsbrist']);
    expect((await s.liveInbox()).pending.map((q) => q.text)).toEqual(['Vänta']);
  });

  it('never exports a waiting note in the analysis file', async () => {
    const s = await setup();
    s.room.send(s.a, note('Hemligt tills vidare'));
    await s.delivery?.idle();
    const file = await s.repos.exchange.exportFile([s.a], { appVersion: 'test', includePersonal: true });
    expect(JSON.stringify(file)).not.toContain('Hemligt tills vidare');
  });
});

describe('phone dots and colour polls', () => {
  it('adds phones’ dots to the notes’ counts apart from the typed ones, which stay the facilitator’s', async () => {
    const s = await setup();
    s.room.send(s.a, dots([s.noteId, s.noteId]));
    s.room.send(s.a, dots([s.noteId, 'a-note-of-another-analysis']));
    await s.delivery?.idle();
    let [n] = await s.notes();
    expect(n).toMatchObject({ votes: 2, phoneDots: 3 });
    if (!n) throw new Error('no note');
    expect(dotsOf(n)).toBe(5);
    expect(tally([n], { dotsPerPerson: 3, participants: 2 })).toMatchObject({ used: 5, left: 1 });

    // The facilitator types another dot: the phones' stay.
    await s.state().commit(setVotes(n, 3, T), { undoable: true });
    [n] = await s.notes();
    expect(n).toMatchObject({ votes: 3, phoneDots: 3 });
    expect((await s.liveInbox()).received.dots).toBe(4);
  });

  it('keeps the counts of a colour poll with the task for that role, and a new poll of it replaces the spread shown', async () => {
    const s = await setup();
    const task = s.tasks[0]?.id ?? '';
    await s.room.openWith(s.a, { kind: 'poll', id: 'act-poll', role: 'Barnskötare', taskId: task, title: 'Diska' });
    for (const c of ['green', 'green', 'red', 'black'] as const) s.room.send(s.a, vote(c));
    await s.delivery?.idle();
    s.room.send(s.a, vote('yellow'));
    await s.delivery?.idle();
    const counts = { green: 2, yellow: 1, red: 1, black: 1 };
    expect(await firstValueFrom(s.repos.room.livePollCounts(s.a, task, 'Barnskötare'))).toEqual(counts);
    expect((await s.db.placements.get(s.cards[0]?.id ?? ''))?.poll).toEqual(counts);
    expect(await firstValueFrom(s.repos.room.livePollCounts(s.a, s.tasks[1]?.id ?? '', 'Barnskötare'))).toBeNull();
    expect((await s.liveInbox()).received.pollVotes).toBe(5);

    await s.room.bridge.setActivity({ kind: 'poll', id: 'act-poll-2', role: 'Barnskötare', taskId: task, title: 'Diska' });
    s.room.send(s.a, vote('red', 'act-poll-2'));
    await s.delivery?.idle();
    expect(await firstValueFrom(s.repos.room.livePollCounts(s.a, task, 'Barnskötare'))).toEqual({ green: 0, yellow: 0, red: 1, black: 0 });
  });
});

describe('a colour poll the room no longer names', () => {
  it('keeps its votes in a tally of their own (acknowledged, never lost) until the room says which task it asked', async () => {
    const s = await setup();
    const task = s.tasks[1]?.id ?? '';
    // Votes left in the journal by a run that crashed; the room is open again, on something else.
    s.room.leftOver(s.a, vote('green', 'act-old'));
    await s.room.openWith(s.a, { kind: 'none' });
    await s.delivery?.catchUp(s.a);
    await s.delivery?.idle();
    expect(s.room.journal.get(s.a)).toEqual([]);
    expect(await s.db.roomPolls.get(`${s.a}|act-old`)).toMatchObject({ taskId: null, role: null, counts: { green: 1, yellow: 0, red: 0, black: 0 } });
    expect((await s.db.placements.get(s.cards[1]?.id ?? ''))?.poll).toBeUndefined();

    // The same poll opened again: the next vote names it, and the tally so far goes onto the card.
    await s.room.bridge.setActivity({ kind: 'poll', id: 'act-old', role: 'Barnskötare', taskId: task, title: 'Planera tema' });
    s.room.send(s.a, vote('black', 'act-old'));
    await s.delivery?.idle();
    expect((await s.db.placements.get(s.cards[1]?.id ?? ''))?.poll).toEqual({ green: 1, yellow: 0, red: 0, black: 1 });
  });

  it('shows what a card keeps from a poll held on another machine (a file) where this machine has no tally', async () => {
    const s = await setup();
    const card = s.cards[0];
    if (!card) throw new Error('no card');
    const polled: Placement = { ...card, poll: { green: 0, yellow: 3, red: 0, black: 0 } };
    await s.state().commit([updated('placements', card, polled)], { undoable: false });
    expect(await firstValueFrom(s.repos.room.livePollCounts(s.a, card.taskId, 'Barnskötare'))).toEqual({ green: 0, yellow: 3, red: 0, black: 0 });
    expect(await firstValueFrom(s.repos.room.livePollCounts(s.a, card.taskId, 'Kock'))).toBeNull();
  });
});

describe('erasing an analysis', () => {
  it('erases what the room delivered to it and the room’s journal of it', async () => {
    const s = await setup();
    s.room.leftOver(s.a, note('Kvar i journalen'));
    s.room.send(s.a, note('Kvar i kön'));
    await expect.poll(() => s.room.journal.get(s.a)?.length).toBe(0);
    s.room.leftOver(s.a, note('Inte levererad'));
    await s.inbox.setAutoLetThrough(true);
    expect(await s.db.roomReceipts.where('analysisId').equals(s.a).count()).toBe(2);

    await s.state().eraseAnalysis(s.a);
    expect(s.room.erased).toEqual([s.a]);
    expect(s.room.journal.has(s.a)).toBe(false);
    for (const kind of ['roomReceipts', 'roomQueue', 'roomPolls'] as const)
      expect(await s.db.table(kind).where('analysisId').equals(s.a).count(), kind).toBe(0);
    expect(await s.db.roomSettings.get(s.a)).toBeUndefined();
  });
});

describe('a burst from a full room', () => {
  it('delivers 60 phones’ surveys, notes and dots at once in a few commits, each exactly once', async () => {
    const s = await setup();
    const hours = s.tasks.map((t) => ({ taskId: t.id, hours: 1.5 }));
    const sent: Delivered[] = [];
    for (let phone = 0; phone < 60; phone++) {
      sent.push(survey(hours), note(`Lapp ${phone} a`), note(`Lapp ${phone} b`), note(`Lapp ${phone} c`));
      for (let v = 0; v < 5; v++) sent.push(dots([s.noteId]));
    }
    performance.clearMeasures('akr:room-delivered');
    const start = performance.now();
    for (const e of sent) s.room.send(s.a, e);
    // A phone retrying: the same submissions again while the first copies are being written.
    for (const e of sent.slice(0, 30)) s.room.redeliver(s.a, e);
    await s.delivery?.idle();
    const ms = performance.now() - start;

    expect(s.room.journal.get(s.a)).toEqual([]);
    expect(new Set(s.room.ackedIds())).toEqual(new Set(sent.map((e) => e.id)));
    expect(await s.db.surveyResponses.where('analysisId').equals(s.a).count()).toBe(60);
    const inbox = await s.liveInbox();
    expect(inbox.pending).toHaveLength(180);
    expect(inbox.received).toEqual({ answers: 60, notes: 180, dots: 300, pollVotes: 0 });
    expect((await s.notes())[0]).toMatchObject({ votes: 2, phoneDots: 300 });
    expect(s.commits.length).toBeLessThanOrEqual(5);
    // Each submission delivered is measured once, from reaching the window to its commit.
    const entries = performance.getEntriesByName('akr:room-delivered') as PerformanceMeasure[];
    const measured = entries.map((m) => m.duration);
    expect(measured).toHaveLength(sent.length);
    // Each measure names its submission, so a load test can pair it with the phone's send.
    expect(new Set(entries.map((m) => m.detail as unknown))).toEqual(new Set(sent.map((e) => e.id)));
    const p95 = [...measured].sort((x, y) => x - y)[Math.ceil(measured.length * 0.95) - 1] ?? NaN;
    console.info(
      `60 phones, ${sent.length} submissions: all delivered in ${Math.round(ms)} ms over ${s.commits.length} commit(s), p95 window→committed ${Math.round(p95)} ms (fake-indexeddb)`,
    );
  });
});
