import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { uniqueName } from './helpers.ts';
import { openDb } from '../../../../renderer/db/db.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../../renderer/db/schema.ts';
import { createAnalysis, createRole } from '../../../../shared/analysis.ts';

const T = '2026-11-23T09:00:00.000Z';

/** Writes records with a raw Dexie declared only up to `version`, as an older app would have. */
async function seedAt(name: string, version: number, seed: (db: Dexie) => Promise<void>) {
  const raw = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) raw.version(v.version).stores(v.stores);
  await raw.open();
  await seed(raw);
  raw.close();
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('opening at the latest version keeps every record written at version 1', async () => {
    const name = uniqueName();
    const bundle = createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' }, 'a1', T);
    const role = createRole('a1', { name: 'Barnskötare', headcount: 3, fullTimeHours: 40 }, [], 'r1', T);
    await seedAt(name, 1, async (db) => {
      await db.table('analyses').add(bundle.analysis);
      await db.table('steps').bulkAdd(bundle.steps);
      await db.table('roles').add(role);
      await db.table('settings').put({ key: 'app', language: 'en', defaultFullTimeHours: 38, privacyThreshold: 4 });
    });
    const db = openDb({ name });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.analyses.get('a1')).toEqual(bundle.analysis);
    expect(await db.steps.where('analysisId').equals('a1').count()).toBe(6);
    expect(await db.roles.get('r1')).toEqual(role);
    // v8 made the settings an item like any other.
    expect(await db.preferences.get('app')).toMatchObject({ id: 'app', rev: 1, language: 'en', defaultFullTimeHours: 38, privacyThreshold: 4 });
    // v2's new tables exist and start empty.
    expect(await db.questionNotes.count()).toBe(0);
    expect(await db.timers.count()).toBe(0);
    db.close();
  });

  it('opening at v3 keeps every record written at version 2 and adds the empty survey tables', async () => {
    const name = uniqueName();
    const bundle = createAnalysis({ unitName: 'Solrosen', organisation: 'Norrby', facilitator: 'Eva' }, 'a1', T);
    const note = { id: 'a1:q1', analysisId: 'a1', question: 'q1', notes: 'Mer tid för barnen', rev: 1, updatedAt: T };
    const timer = { id: 'a1', analysisId: 'a1', durationMs: 600_000, endsAt: null, remainingMs: 600_000, rev: 1, updatedAt: T };
    await seedAt(name, 2, async (db) => {
      await db.table('analyses').add(bundle.analysis);
      await db.table('questionNotes').add(note);
      await db.table('timers').add(timer);
    });
    const db = openDb({ name });
    await db.open();
    expect(await db.analyses.get('a1')).toEqual(bundle.analysis);
    expect(await db.questionNotes.get('a1:q1')).toEqual(note);
    expect(await db.timers.get('a1')).toEqual(timer);
    expect(await db.surveys.count()).toBe(0);
    expect(await db.surveyImports.count()).toBe(0);
    expect(await db.surveyResponses.where('analysisId').equals('a1').count()).toBe(0);
    db.close();
  });

  it('opening at v4 keeps the survey written at version 3 and adds the empty workshop 2 tables', async () => {
    const name = uniqueName();
    const state = { id: 'a1', analysisId: 'a1', tasks: ['Diska'], smallRoles: 'hide', frozen: null, rev: 2, updatedAt: T };
    const response = { id: 'a1|7', analysisId: 'a1', importId: 'i1', key: '7', role: 'Kock', mission: '', hours: { Diska: 2 }, rev: 1, updatedAt: T };
    await seedAt(name, 3, async (db) => {
      await db.table('surveys').add(state);
      await db.table('surveyResponses').add(response);
    });
    const db = openDb({ name });
    await db.open();
    // v10 gave the survey its first round and questions, made "Diska" a task and named it by id in the answers.
    const { tasks: _titles, ...kept } = state;
    expect(await db.surveys.get('a1')).toEqual({
      ...kept,
      rounds: [{ id: 'r1', kind: 'first', name: '', startedAt: T }],
      round: 'r1',
      questions: { unit: 'hours', contract: false, mission: true, comments: false },
      swotPrompts: [],
    });
    const [diska] = await db.tasks.where('analysisId').equals('a1').toArray();
    expect(diska).toMatchObject({ title: 'Diska', analysisId: 'a1', notes: '', createdAt: T });
    expect(await db.surveyResponses.get('a1|7')).toEqual({
      ...response,
      round: 'r1',
      source: 'file',
      contractHours: null,
      comment: '',
      hours: [{ taskId: diska?.id, hours: 2 }],
    });
    for (const table of [db.swotNotes, db.swotStacks, db.voting, db.discussion, db.actions]) expect(await table.count()).toBe(0);
    expect(await db.actions.where('due').below('2027-01-01').count()).toBe(0);
    db.close();
  });

  it('opening at v5 keeps workshop 2 as written at version 4 and adds the empty tables for files between machines', async () => {
    const name = uniqueName();
    const action = {
      id: 'x1',
      analysisId: 'a1',
      text: 'Boka möte',
      owner: 'Eva',
      due: '2027-02-01',
      status: 'open',
      link: null,
      order: 'a0',
      createdAt: T,
      rev: 3,
      updatedAt: T,
    };
    await seedAt(name, 4, async (db) => {
      await db.table('actions').add(action);
    });
    const db = openDb({ name });
    await db.open();
    expect(await db.actions.get('x1')).toEqual(action);
    expect(await db.actions.where('due').below('2027-03-01').count()).toBe(1);
    for (const table of [db.tombstones, db.keptVersions, db.exchanges, db.machine]) expect(await table.count()).toBe(0);
    db.close();
  });

  it('opening at v6 keeps the tombstones and History written at version 5 and adds the empty new-role tables', async () => {
    const name = uniqueName();
    const grave = { id: 'tasks:t9', analysisId: 'a1', table: 'tasks', itemId: 't9', rev: 4, updatedAt: T };
    await seedAt(name, 5, async (db) => {
      await db.table('tombstones').add(grave);
      await db.table('machine').add({ key: 'id', machine: 'm-1' });
    });
    const db = openDb({ name });
    await db.open();
    expect(await db.tombstones.get('tasks:t9')).toEqual(grave);
    expect(await db.machine.get('id')).toEqual({ key: 'id', machine: 'm-1' });
    for (const table of [db.newRoles, db.roleParts, db.staffing, db.extraFlags]) expect(await table.count()).toBe(0);
    expect(await db.roleParts.where('placementId').equals('p1').count()).toBe(0);
    db.close();
  });

  it('opening at v7 keeps the new roles written at version 6 and adds the empty agenda table', async () => {
    const name = uniqueName();
    const part = { id: 'x1', analysisId: 'a1', newRoleId: 'n1', placementId: 'p1', hours: null, order: 'a0', rev: 1, updatedAt: T };
    await seedAt(name, 6, async (db) => {
      await db.table('roleParts').add(part);
    });
    const db = openDb({ name });
    await db.open();
    expect(await db.roleParts.get('x1')).toEqual(part);
    expect(await db.agendas.count()).toBe(0);
    db.close();
  });

  it('opening at v8 makes the settings an item and moves the sync folder’s files to a table of their own', async () => {
    const name = uniqueName();
    const agenda = { id: 'a1', analysisId: 'a1', workshop1: [], workshop2: [], current: null, rev: 2, updatedAt: T };
    await seedAt(name, 7, async (db) => {
      await db.table('settings').put({ key: 'app', language: 'en', defaultFullTimeHours: 37, privacyThreshold: 5, projectorKeys: { blank: 'x', freeze: 'y' } });
      await db.table('machine').bulkAdd([
        { key: 'id', machine: 'm-1' },
        { key: 'sync:Solrosen-a1.akr.json', analysisId: 'a1', sha256: 'abc', rev: 42 },
      ]);
      await db.table('agendas').add(agenda);
    });
    const db = openDb({ name });
    await db.open();
    expect(await db.preferences.get('app')).toEqual({
      id: 'app',
      rev: 1,
      updatedAt: expect.any(String),
      language: 'en',
      defaultFullTimeHours: 37,
      privacyThreshold: 5,
      projectorKeys: { blank: 'x', freeze: 'y' },
    });
    expect(await db.machine.toArray()).toEqual([{ key: 'id', machine: 'm-1' }]);
    expect(await db.syncFiles.toArray()).toEqual([{ name: 'Solrosen-a1.akr.json', analysisId: 'a1', sha256: 'abc', rev: 42 }]);
    expect(await db.agendas.get('a1')).toEqual(agenda);
    expect(db.tables.map((t) => t.name)).not.toContain('settings');
    db.close();
  });

  it('opening at v9 turns the answers keyed by task title into lists, in responses and in versions a conflict kept', async () => {
    const name = uniqueName();
    // An object with an own "__proto__" key, as IndexedDB stores and gives back what JSON.parse made.
    const answers = JSON.parse('{"Diska": 2, "__proto__": 1.5, "constructor": 3, "prototype": 0.5}') as Record<string, number>;
    const response = { id: 'a1|7', analysisId: 'a1', importId: 'i1', key: '7', role: 'Kock', mission: '', hours: answers, rev: 1, updatedAt: T };
    const kept = {
      id: 'k1',
      analysisId: 'a1',
      table: 'surveyResponses',
      itemId: 'a1|7',
      version: { ...response, rev: 2 },
      from: 'file',
      fileName: 'x.akr.json',
      keptAt: T,
      restoredAt: null,
      rev: 1,
      updatedAt: T,
    };
    const gone = { ...kept, id: 'k2', version: null };
    const card = { ...kept, id: 'k3', table: 'placements', itemId: 'p1', version: { id: 'p1', hours: 2, rev: 1, updatedAt: T } };
    await seedAt(name, 8, async (db) => {
      await db.table('surveyResponses').add(response);
      await db.table('keptVersions').bulkAdd([kept, gone, card]);
    });
    // Opened at v9 only: v10 changes the answers again (the next test).
    const db = openDb({ name, versions: SCHEMA_VERSIONS.filter((v) => v.version <= 9) });
    await db.open();
    const list = [
      { task: 'Diska', hours: 2 },
      { task: '__proto__', hours: 1.5 },
      { task: 'constructor', hours: 3 },
      { task: 'prototype', hours: 0.5 },
    ];
    expect(await db.surveyResponses.get('a1|7')).toEqual({ ...response, hours: list });
    expect(await db.keptVersions.get('k1')).toEqual({ ...kept, version: { ...response, rev: 2, hours: list } });
    expect(await db.keptVersions.get('k2')).toEqual(gone);
    expect(await db.keptVersions.get('k3')).toEqual(card);
    expect(await db.surveyResponses.where('importId').equals('i1').count()).toBe(1);
    db.close();
  });

  it('opening at v10 names the answers’ tasks by id (a title on no task becomes one), in every round-less answer, state and kept version', async () => {
    const name = uniqueName();
    const bundle = createAnalysis({ unitName: 'Köket', organisation: 'Norrby', facilitator: 'Eva' }, 'a1', T);
    const diska = { id: 't1', analysisId: 'a1', title: 'Diska', notes: '', createdAt: T, rev: 1, updatedAt: T };
    const state = {
      id: 'a1',
      analysisId: 'a1',
      tasks: ['diska', 'Läsa saga', '__proto__'],
      smallRoles: 'merge',
      frozen: null,
      rev: 3,
      updatedAt: '2026-11-24T08:00:00.000Z',
    };
    const answers = [
      { task: 'diska ', hours: 2 },
      { task: 'Diska', hours: 1 },
      { task: '__proto__', hours: 1.5 },
      { task: 'Läsa saga', hours: 0.5 },
    ];
    const response = { id: 'a1|7', analysisId: 'a1', importId: 'i1', key: '7', role: 'Kock', mission: 'Mat', hours: answers, rev: 1, updatedAt: T };
    const kept = {
      id: 'k1',
      analysisId: 'a1',
      table: 'surveyResponses',
      itemId: 'a1|7',
      version: { ...response, rev: 2 },
      from: 'file',
      fileName: 'x.akr',
      keptAt: T,
      restoredAt: null,
      rev: 1,
      updatedAt: T,
    };
    const keptState = { ...kept, id: 'k2', table: 'surveys', itemId: 'a1', version: state };
    // Another analysis's answer with the same titles makes tasks of its own.
    const other = { ...response, id: 'b1|1', analysisId: 'b1', key: '1', hours: [{ task: 'Läsa saga', hours: 3 }] };
    await seedAt(name, 9, async (db) => {
      await db.table('analyses').add(bundle.analysis);
      await db.table('tasks').add(diska);
      await db.table('surveys').add(state);
      await db.table('surveyResponses').bulkAdd([response, other]);
      await db.table('keptVersions').bulkAdd([kept, keptState]);
    });
    const db = openDb({ name });
    await db.open();
    const tasks = await db.tasks.where('analysisId').equals('a1').toArray();
    const idOf = (title: string) => tasks.find((t) => t.title === title)?.id;
    expect(tasks.map((t) => t.title).sort()).toEqual(['Diska', 'Läsa saga', '__proto__']);
    // Made at the survey state's last change, so every machine with this survey makes the same tasks.
    expect(tasks.find((t) => t.title === 'Läsa saga')).toMatchObject({ createdAt: state.updatedAt, notes: '', rev: 1 });
    const upgraded = {
      ...response,
      round: 'r1',
      source: 'file',
      contractHours: null,
      comment: '',
      // "diska " and "Diska" are one task: one answer with both hours.
      hours: [
        { taskId: 't1', hours: 3 },
        { taskId: idOf('__proto__'), hours: 1.5 },
        { taskId: idOf('Läsa saga'), hours: 0.5 },
      ],
    };
    expect(await db.surveyResponses.get('a1|7')).toEqual(upgraded);
    expect(await db.keptVersions.get('k1')).toEqual({ ...kept, version: { ...upgraded, rev: 2 } });
    expect((await db.keptVersions.get('k2'))?.version).toMatchObject({ rounds: [{ id: 'r1' }], round: 'r1' });
    expect((await db.keptVersions.get('k2'))?.version).not.toHaveProperty('tasks');
    const [b] = await db.tasks.where('analysisId').equals('b1').toArray();
    expect(b).toMatchObject({ title: 'Läsa saga' });
    expect(b?.id).not.toBe(idOf('Läsa saga'));
    expect((await db.surveyResponses.get('b1|1'))?.hours).toEqual([{ taskId: b?.id, hours: 3 }]);
    db.close();
  });

  it('opening at v11 keeps SWOT notes and cards written at version 10 as they were and adds the empty room tables', async () => {
    const name = uniqueName();
    const note = {
      id: 'n1',
      analysisId: 'a1',
      quadrant: 'threats',
      text: 'Tidsbrist',
      order: 'a0',
      count: 1,
      votes: 2,
      stackId: null,
      createdAt: T,
      rev: 1,
      updatedAt: T,
    };
    const card = { id: 'p1', analysisId: 'a1', taskId: 't1', roleId: 'r1', colour: 'unsorted', order: 'a0', hours: null, rev: 1, updatedAt: T };
    await seedAt(name, 10, async (db) => {
      await db.table('swotNotes').add(note);
      await db.table('placements').add(card);
    });
    const db = openDb({ name });
    await db.open();
    // Phone dots and a poll's counts are optional fields: a note and a card without them read as none.
    expect(await db.swotNotes.get('n1')).toEqual(note);
    expect(await db.placements.get('p1')).toEqual(card);
    expect(await Promise.all([db.roomReceipts.count(), db.roomQueue.count(), db.roomSettings.count(), db.roomPolls.count()])).toEqual([0, 0, 0, 0]);
    db.close();
  });

  it('opening at v12 keeps new roles written at version 11 as they were and adds the empty tables of the meeting, the trail, the report texts and the logo', async () => {
    const name = uniqueName();
    const role = {
      id: 'nr1',
      analysisId: 'a1',
      name: 'Serviceassistent',
      purpose: '',
      fullTimeHours: 40,
      contract: 'BEA',
      monthlyCost: 27_500,
      skills: '',
      training: '',
      adaptations: '',
      supervision: '',
      order: 'a0',
      createdAt: T,
      rev: 1,
      updatedAt: T,
    };
    await seedAt(name, 11, async (db) => {
      await db.table('newRoles').add(role);
    });
    const db = openDb({ name });
    await db.open();
    // Who pays and whether the posts are lowered are optional: a role without them follows its contract form.
    expect(await db.newRoles.get('nr1')).toEqual(role);
    expect(await Promise.all([db.infoMeetings.count(), db.anchoring.count(), db.reportTexts.count(), db.logos.count()])).toEqual([0, 0, 0, 0]);
    db.close();
  });

  it('opening at v13 keeps the cards written at version 12, indexed by their analysis only', async () => {
    const name = uniqueName();
    const card = (id: string, analysisId: string, taskId: string, roleId: string) => ({
      id,
      analysisId,
      taskId,
      roleId,
      zone: 'green',
      hoursPerWeek: 2,
      rev: 1,
      updatedAt: T,
    });
    const cards = [card('p1', 'a1', 't1', 'r1'), card('p2', 'a1', 't1', 'r2'), card('p3', 'a1', 't2', 'r1'), card('p4', 'a2', 't9', 'r9')];
    await seedAt(name, 12, async (db) => {
      await db.table('placements').bulkAdd(cards);
    });
    const db = openDb({ name });
    await db.open();
    expect(db.placements.schema.indexes.map((i) => i.name)).toEqual(['analysisId']);
    expect((await db.placements.where('analysisId').equals('a1').sortBy('id')).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(await db.placements.get('p4')).toEqual(cards[3]);
    db.close();
  });

  it('opening at v14 keeps an analysis written at version 13, with no administration, and adds the follow-up and the people', async () => {
    const name = uniqueName();
    const analysis = { id: 'a1', unitName: 'Solrosen', organisation: 'Skövde', facilitator: 'Anna', createdAt: T, deletedAt: null, rev: 2, updatedAt: T };
    await seedAt(name, 13, async (db) => {
      await db.table('analyses').add(analysis);
    });
    const db = openDb({ name });
    await db.open();
    // The administration is optional: read as none (shared/keyFigures.ts).
    expect(await db.analyses.get('a1')).toEqual(analysis);
    expect(await Promise.all([db.boardSnapshots.count(), db.followUps.count(), db.hires.count()])).toEqual([0, 0, 0]);
    db.close();
  });

  it('an appended version with an upgrade keeps and converts existing records (the pattern for later versions)', async () => {
    const name = uniqueName();
    const latest = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
    const role = createRole('a1', { name: 'Kock', headcount: 1, fullTimeHours: 40 }, [], 'r1', T);
    await seedAt(name, latest, async (db) => {
      await db.table('roles').add(role);
    });
    const next: SchemaVersion = {
      version: latest + 1,
      stores: { roles: 'id, analysisId, name' },
      upgrade: async (tx) => {
        await tx
          .table('roles')
          .toCollection()
          .modify((r: { name: string; shortName?: string }) => {
            r.shortName = r.name.slice(0, 2);
          });
      },
    };
    const db = openDb({ name, versions: [...SCHEMA_VERSIONS, next] });
    await db.open();
    expect(await db.roles.get('r1')).toEqual({ ...role, shortName: 'Ko' });
    expect(await db.roles.where('name').equals('Kock').count()).toBe(1);
    db.close();
  });
});
