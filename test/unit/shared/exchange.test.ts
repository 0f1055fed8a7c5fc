import { describe, expect, it } from 'vitest';
import { createAnalysis, createRole } from '../../../shared/analysis.ts';
import { addTask } from '../../../shared/board.ts';
import type { Change } from '../../../shared/changes.ts';
import { serialize, type AnalysisRecord } from '../../../shared/exchange/format.ts';
import { buildExport } from '../../../shared/exchange/export.ts';
import { checkSize, MAX_FILE_BYTES, MAX_NESTING, restoreFile } from '../../../shared/exchange/restore.ts';
import { FILE_VERSION } from '../../../shared/exchange/migrations.ts';
import type { Placement, Task } from '../../../shared/model.ts';
import { addNote, groupNotes, type SwotNote } from '../../../shared/swot.ts';
import { tombstoneOf } from '../../../shared/exchange/versions.ts';

const at = '2026-11-23T10:00:00.000Z';

/** A small deterministic PRNG, so each generated analysis is reproducible from its seed. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Diska', 'Planera', 'undervisning', 'åtgärd', 'Ödmjuk', 'färre', 'avbrott', '"citat"', 'semikolon;', 'ny\nrad', '', '😀', 'Ärende'];

/** An analysis with `tasks` tasks over 3 roles, notes in a stack, an action, Swedish text and empty fields. */
function generate(seed: number, tasks: number): AnalysisRecord {
  const random = prng(seed);
  const word = () => WORDS[Math.floor(random() * WORDS.length)] ?? '';
  let n = 0;
  const newId = () => `${seed}-${++n}`;
  const bundle = createAnalysis({ unitName: `Enhet ${word()}`, organisation: word(), facilitator: '' }, newId(), at);
  const roles = ['Förskollärare', 'Barnskötare', 'Kock'].map((name, i, list) =>
    createRole(bundle.analysis.id, { name, headcount: i * 3, fullTimeHours: 40 }, [], `${seed}-role-${i}-${list.length}`, at),
  );
  let board = { tasks: [] as Task[], placements: [] as Placement[], roles };
  for (let i = 0; i < tasks; i++) {
    const changes: Change[] = addTask(
      board,
      {
        analysisId: bundle.analysis.id,
        title: `${word()} ${i}`.trim() || `Uppgift ${i}`,
        roleIds: roles.slice(0, 1 + (i % 3)).map((r) => r.id),
        hours: random() < 0.2 ? null : Math.round(random() * 40) / 2,
      },
      newId,
      at,
    );
    for (const c of changes) {
      if (c.table === 'tasks' && c.after) board = { ...board, tasks: [...board.tasks, c.after as Task] };
      if (c.table === 'placements' && c.after) board = { ...board, placements: [...board.placements, c.after as Placement] };
    }
  }
  let notes: SwotNote[] = [];
  for (const text of ['Bra arbetslag', 'Engagemang', 'Tidsbrist'])
    notes = [...notes, addNote(notes, bundle.analysis.id, 'strengths', text, newId(), at)[0]?.after as SwotNote];
  const grouping = groupNotes(notes, [], [notes[0]?.id ?? '', notes[1]?.id ?? ''], 'Laget', newId(), at);
  const stacks = grouping.filter((c) => c.table === 'swotStacks').map((c) => c.after) as AnalysisRecord['swotStacks'];
  notes = notes.map((x) => (grouping.find((c) => c.after?.id === x.id)?.after as SwotNote | undefined) ?? x);
  return {
    ...bundle,
    roles,
    tasks: board.tasks,
    placements: board.placements,
    questionNotes: [{ id: `${bundle.analysis.id}:rightThings`, analysisId: bundle.analysis.id, question: 'rightThings', notes: word(), rev: 1, updatedAt: at }],
    timers: [],
    surveys: [],
    surveyImports: [],
    surveyResponses: [
      {
        id: `${bundle.analysis.id}|1`,
        analysisId: bundle.analysis.id,
        round: 'r1',
        source: 'file',
        importId: 'i1',
        key: '1',
        role: 'Kock',
        mission: '',
        contractHours: null,
        comment: '',
        hours: [{ taskId: board.tasks[0]?.id ?? 'gone', hours: 2 }],
        rev: 1,
        updatedAt: at,
      },
    ],
    swotNotes: notes,
    swotStacks: stacks,
    voting: [{ id: bundle.analysis.id, analysisId: bundle.analysis.id, dotsPerPerson: 3, participants: 8, rev: 1, updatedAt: at }],
    discussion: [],
    actions: [
      {
        id: newId(),
        analysisId: bundle.analysis.id,
        text: 'Införa serviceassistent',
        owner: 'Eva',
        due: '2027-02-01',
        status: 'inProgress',
        link: board.tasks[0] ? { kind: 'task', id: board.tasks[0].id } : null,
        order: 'a0',
        rev: 2,
        updatedAt: at,
        createdAt: at,
      },
    ],
    tombstones:
      random() < 0.5 ? [] : [tombstoneOf('tasks', { id: `${seed}-gone`, rev: 3, updatedAt: at }, at)].map((t) => ({ ...t, analysisId: bundle.analysis.id })),
    keptVersions: board.tasks[0]
      ? [
          {
            id: newId(),
            rev: 1,
            updatedAt: at,
            analysisId: bundle.analysis.id,
            table: 'tasks',
            itemId: board.tasks[0].id,
            version: { ...board.tasks[0], title: `${word()} förr` },
            from: 'file',
            fileName: 'Solen-1.akr.json',
            keptAt: at,
            restoredAt: null,
          },
        ]
      : [],
    ...(() => {
      const role = {
        id: `${seed}-nr`,
        rev: 2,
        updatedAt: at,
        analysisId: bundle.analysis.id,
        name: 'Serviceassistent',
        purpose: word(),
        fullTimeHours: 40,
        contract: 'AB' as const,
        monthlyCost: random() < 0.5 ? null : 27_500,
        skills: word(),
        training: '',
        adaptations: word(),
        supervision: '',
        order: 'a0',
        createdAt: at,
      };
      const placement = board.placements[0];
      return {
        newRoles: [role],
        roleParts: placement
          ? [
              {
                id: `${seed}-part`,
                rev: 1,
                updatedAt: at,
                analysisId: bundle.analysis.id,
                newRoleId: role.id,
                placementId: placement.id,
                hours: random() < 0.5 ? null : 1.5,
                order: 'a0',
              },
            ]
          : [],
        staffing: [
          {
            id: bundle.analysis.id,
            rev: 1,
            updatedAt: at,
            analysisId: bundle.analysis.id,
            roles: { [roles[0]?.id ?? 'x']: { posts: 5.5, monthlyCost: 31_000 } },
          },
        ],
        extraFlags: board.tasks[0] ? [{ id: bundle.analysis.id, rev: 1, updatedAt: at, analysisId: bundle.analysis.id, taskIds: [board.tasks[0].id] }] : [],
      };
    })(),
    agendas: [
      {
        id: bundle.analysis.id,
        analysisId: bundle.analysis.id,
        rev: 3,
        updatedAt: at,
        workshop1: [{ id: `${seed}-ag1`, title: 'Inledning', minutes: 5, notes: word() }],
        workshop2: [],
        current: random() < 0.5 ? null : { workshop: 'workshop1', itemId: `${seed}-ag1` },
      },
    ],
    infoMeetings: [
      {
        id: bundle.analysis.id,
        analysisId: bundle.analysis.id,
        rev: 2,
        updatedAt: at,
        slides: [
          { id: 'background', key: 'background', hidden: random() < 0.5, title: null, body: `**${word()}**`, notes: null },
          { id: `${seed}-slide`, key: 'custom', hidden: false, title: word(), body: `- ${word()}`, notes: word() },
        ],
        contact: word(),
      },
    ],
    anchoring: [
      {
        id: bundle.analysis.id,
        analysisId: bundle.analysis.id,
        rev: 1,
        updatedAt: at,
        entries: { manager: { done: true, date: '2026-11-02', by: word(), note: '' } },
        attendance: roles[0] ? [{ id: `${seed}-att`, meeting: 'info', roleId: roles[0].id, count: 7 }] : [],
      },
    ],
    reportTexts: [
      {
        id: bundle.analysis.id,
        analysisId: bundle.analysis.id,
        rev: 1,
        updatedAt: at,
        summary: `# ${word()}\n\n${word()}`,
        conclusions: '',
        recommendations: `1. ${word()}`,
        coreMissions: roles[0] ? { [roles[0].id]: word() } : {},
      },
    ],
    logos:
      random() < 0.5
        ? []
        : [{ id: bundle.analysis.id, analysisId: bundle.analysis.id, rev: 1, updatedAt: at, type: 'image/png', data: 'iVBORw0KGgo=', width: 1, height: 1 }],
    boardSnapshots: [],
    followUps: [],
    hires: [],
    exchanges: [{ id: `${bundle.analysis.id}|m-2`, analysisId: bundle.analysis.id, machine: 'm-2', revs: { [`analyses:${bundle.analysis.id}`]: 1 }, at }],
  };
}

const options = { exportedAt: at, appVersion: '0.1.0', includePersonal: true, machine: 'm-1' };

/**
 * A current record in the shape of format version 4 (records grouped by view),
 * to test the upgrade steps on many generated analyses. The real files of
 * every older version are read in migrations.test.ts.
 */
function asVersion4(r: AnalysisRecord): Record<string, unknown> {
  const {
    timers,
    surveys,
    surveyImports,
    surveyResponses,
    swotNotes,
    swotStacks,
    voting,
    discussion,
    actions,
    newRoles,
    roleParts,
    staffing,
    extraFlags,
    agendas,
    // Kinds newer than version 4: not in such a file.
    infoMeetings: _infoMeetings,
    anchoring: _anchoring,
    reportTexts: _reportTexts,
    logos: _logos,
    boardSnapshots: _boardSnapshots,
    followUps: _followUps,
    hires: _hires,
    ...rest
  } = r;
  return {
    ...rest,
    timer: timers[0] ?? null,
    survey: { state: surveys[0] ?? null, imports: surveyImports, responses: surveyResponses },
    workshop2: { notes: swotNotes, stacks: swotStacks, voting: voting[0] ?? null, discussion, actions },
    newRoles: { roles: newRoles, parts: roleParts, staffing: staffing[0] ?? null, extras: extraFlags[0] ?? null },
    agenda: agendas[0] ?? null,
  };
}

describe('the analysis file', () => {
  it('gives back the same analyses after export and restore, for generated analyses', () => {
    for (const [seed, tasks] of [
      [1, 0],
      [2, 1],
      [3, 25],
      [4, 250],
    ] as const) {
      const records = [generate(seed, tasks), generate(seed + 100, 3)];
      const result = restoreFile(serialize(buildExport(records, options)));
      expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
      if (result.ok) expect(result.file.analyses).toEqual(records);
    }
  });

  it('leaves the respondents’ answers out unless asked to include them', () => {
    const file = buildExport([generate(5, 2)], { ...options, includePersonal: false });
    expect(file.analyses[0]?.surveyResponses).toEqual([]);
    expect(serialize(file)).not.toContain('"hours": [');
  });

  const valid = () => JSON.parse(serialize(buildExport([generate(7, 3)], options))) as Record<string, unknown> & { analyses: AnalysisRecord[] };
  const refuse = (value: unknown) => restoreFile(typeof value === 'string' ? value : JSON.stringify(value));

  it('refuses a truncated file, and text that is not JSON', () => {
    const text = serialize(buildExport([generate(8, 3)], options));
    for (const share of [0.25, 0.5, 0.75, 0.99])
      expect(refuse(text.slice(0, Math.floor(text.length * share)))).toEqual({ ok: false, error: { code: 'truncated' } });
    expect(refuse('hej;hopp')).toMatchObject({ ok: false, error: { code: 'notJson' } });
  });

  it('refuses files that are not AKR Studio files, and those made by a newer version', () => {
    expect(refuse({ hello: 1 })).toEqual({ ok: false, error: { code: 'notOurs' } });
    expect(refuse([])).toEqual({ ok: false, error: { code: 'notOurs' } });
    expect(refuse({ ...valid(), version: 99 })).toEqual({ ok: false, error: { code: 'newerVersion', version: 99 } });
  });

  it('refuses __proto__, constructor and prototype keys anywhere, naming where', () => {
    const file = valid();
    const text = JSON.stringify(file).replace('"facilitator"', '"__proto__":{"polluted":true},"facilitator"');
    expect(refuse(text)).toEqual({ ok: false, error: { code: 'forbiddenKey', path: 'analyses.0.analysis.__proto__', key: '__proto__' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const withConstructor = valid();
    Object.defineProperty(withConstructor.analyses[0]?.analysis ?? {}, 'constructor', { value: { x: 1 }, enumerable: true });
    expect(refuse(withConstructor)).toMatchObject({ ok: false, error: { code: 'forbiddenKey', key: 'constructor' } });
  });

  it('refuses a file nested 5,000 deep with the depth and the place, not a RangeError', () => {
    // Written as text: a test that builds it as objects would overflow JSON.stringify first.
    const text = JSON.stringify(valid());
    for (const depth of [MAX_NESTING + 1, 5000, 100_000]) {
      const deep = `${'{"d":'.repeat(depth)}{}${'}'.repeat(depth)}`;
      const result = refuse(text.replace(/^\{/, `{"extra":${deep},`));
      expect(result).toMatchObject({ ok: false, error: { code: 'tooDeep', limit: MAX_NESTING, depth: MAX_NESTING + 1 } });
      // The place named is where the limit was passed: "extra" then the d's down to it.
      expect(result.ok ? '' : 'path' in result.error ? result.error.path : '').toMatch(new RegExp(`^extra(\\.d){${MAX_NESTING - 1}}$`));
    }
    // The same nesting inside an array, and a forbidden key found above the limit still named as such.
    const arrays = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(refuse(text.replace(/^\{/, `{"extra":${arrays},`))).toMatchObject({ ok: false, error: { code: 'tooDeep' } });
    const withKey = `${'{"d":'.repeat(10)}{"__proto__":1}${'}'.repeat(10)}`;
    expect(refuse(text.replace(/^\{/, `{"extra":${withKey},`))).toMatchObject({
      ok: false,
      error: { code: 'forbiddenKey', key: '__proto__', path: expect.stringMatching(/^extra(\.d){10}\.__proto__$/) },
    });
  });

  it('reads a file nested exactly as deep as allowed', () => {
    const text = JSON.stringify(valid());
    // The file's own object is level 1, "extra" level 2: MAX_NESTING − 1 more levels reach the limit.
    const deep = `${'{"d":'.repeat(MAX_NESTING - 2)}{}${'}'.repeat(MAX_NESTING - 2)}`;
    expect(refuse(text.replace(/^\{/, `{"extra":${deep},`)).ok).toBe(true);
  });

  it('names the path of a field with the wrong type, a missing field or a value out of range', () => {
    const wrongType = valid();
    (wrongType.analyses[0]?.placements[0] as unknown as Record<string, unknown>).hours = '2,5';
    expect(refuse(wrongType)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.placements.0.hours' } });
    const missing = valid();
    delete (missing.analyses[0]?.roles[0] as unknown as Record<string, unknown>).name;
    expect(refuse(missing)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.roles.0.name' } });
    const colour = valid();
    (colour.analyses[0]?.placements[0] as unknown as Record<string, unknown>).colour = 'purple';
    expect(refuse(colour)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.placements.0.colour' } });
  });

  it('refuses duplicate ids and links to items the file does not hold', () => {
    const dup = valid();
    const tasks = dup.analyses[0]?.tasks ?? [];
    if (tasks[1] && tasks[0]) tasks[1].id = tasks[0].id;
    expect(refuse(dup)).toMatchObject({ ok: false, error: { code: 'duplicateId', path: 'analyses.0.tasks.1.id' } });
    const broken = valid();
    const p = broken.analyses[0]?.placements[0];
    if (p) p.taskId = 'nowhere';
    expect(refuse(broken)).toMatchObject({ ok: false, error: { code: 'brokenLink', path: 'analyses.0.placements.0.taskId', id: 'nowhere' } });
    const foreign = valid();
    const step = foreign.analyses[0]?.steps[2];
    if (step) step.analysisId = 'another';
    expect(refuse(foreign)).toMatchObject({ ok: false, error: { code: 'brokenLink', path: 'analyses.0.steps.2.analysisId' } });
  });

  const v4 = () => {
    const current = valid();
    return { ...current, version: 4, analyses: current.analyses.map(asVersion4) };
  };

  it('upgrades a version 4 file: records grouped by view become a list per kind', () => {
    const records = [generate(11, 6), generate(12, 0)];
    // The key figures at the top are derived, and not read back: the upgraded file has none.
    const { keyFigures: _figures, ...current } = JSON.parse(serialize(buildExport(records, options))) as { analyses: AnalysisRecord[]; keyFigures: unknown };
    const result = refuse({ ...current, version: 4, analyses: current.analyses.map(asVersion4) });
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    // Kinds newer than version 4 come back empty: such a file cannot hold them.
    const newer = { infoMeetings: [], anchoring: [], reportTexts: [], logos: [], boardSnapshots: [], followUps: [], hires: [] };
    if (result.ok) expect(result.file).toEqual({ ...current, version: FILE_VERSION, analyses: current.analyses.map((a) => ({ ...a, ...newer })) });
    // A field of an item is still named where it is in the file as it is now.
    const bad = v4();
    const agenda = (bad.analyses[0] as { agenda: { workshop1: Record<string, unknown>[] } }).agenda;
    if (agenda.workshop1[0]) agenda.workshop1[0].minutes = 0;
    expect(refuse(bad)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.agendas.0.workshop1.0.minutes' } });
  });

  it('upgrades a version 3 file: no agenda yet', () => {
    const v3 = { ...v4(), version: 3, analyses: v4().analyses.map(({ agenda: _a, ...rest }) => rest) };
    const result = refuse(v3);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (result.ok) expect(result.file.analyses[0]?.agendas).toEqual([]);
    // A version 4 file must carry it.
    expect(refuse({ ...v3, version: 4 })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.agendas' } });
  });

  it('upgrades a version 2 file: no new roles yet', () => {
    const v2 = { ...v4(), version: 2, analyses: v4().analyses.map(({ newRoles: _n, agenda: _a, ...rest }) => rest) };
    const result = refuse(v2);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.file).toMatchObject({ version: FILE_VERSION, machine: 'm-1' });
    expect(result.file.analyses[0]).toMatchObject({ newRoles: [], roleParts: [], staffing: [], extraFlags: [] });
    // A version 3 file must carry them, and a part must belong to a new role in the file.
    expect(refuse({ ...v2, version: 3, analyses: v2.analyses })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.newRoles' } });
    const orphan = valid();
    const part = orphan.analyses[0]?.roleParts[0];
    if (part) {
      part.newRoleId = 'nowhere';
      expect(refuse(orphan)).toMatchObject({ ok: false, error: { code: 'brokenLink', path: 'analyses.0.roleParts.0.newRoleId' } });
    }
    const badContract = valid();
    const role = badContract.analyses[0]?.newRoles[0] as unknown as Record<string, unknown>;
    role.contract = 'PRAO';
    expect(refuse(badContract)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'analyses.0.newRoles.0.contract' } });
  });

  it('upgrades a version 1 file: no deletions, kept versions or machine yet', () => {
    const current = valid();
    const older = v4();
    const v1 = {
      ...older,
      version: 1,
      machine: undefined,
      analyses: older.analyses.map(({ tombstones: _t, keptVersions: _k, exchanges: _e, newRoles: _n, agenda: _a, ...rest }) => rest),
    };
    const result = refuse(v1);
    expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
    if (!result.ok) return;
    expect(result.file).toMatchObject({ version: FILE_VERSION, machine: null });
    expect(result.file.analyses[0]).toMatchObject({ tombstones: [], keptVersions: [] });
    expect(result.file.analyses[0]?.tasks).toEqual(current.analyses[0]?.tasks);
    // A later file must say which machine wrote it and carry both lists.
    expect(refuse({ ...current, machine: undefined })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'machine' } });
    expect(refuse({ ...current, analyses: current.analyses.map(({ tombstones: _t, ...rest }) => rest) })).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'analyses.0.tombstones' },
    });
    expect(refuse({ ...current, version: 0 })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'version' } });
    expect(refuse({ ...current, version: 2.5 })).toMatchObject({ ok: false, error: { code: 'invalid', path: 'version' } });
  });

  it('refuses tombstones and kept versions that do not fit: another analysis, a wrong id, a duplicate, an invalid version', () => {
    const file = valid();
    const r = file.analyses[0];
    if (!r) throw new Error('no analysis');
    const grave = { ...tombstoneOf('tasks', { id: 'x', rev: 2, updatedAt: at }, at), analysisId: r.analysis.id };
    expect(refuse({ ...file, analyses: [{ ...r, tombstones: [{ ...grave, analysisId: 'other' }] }] })).toMatchObject({
      ok: false,
      error: { code: 'brokenLink', path: 'analyses.0.tombstones.0.analysisId' },
    });
    expect(refuse({ ...file, analyses: [{ ...r, tombstones: [{ ...grave, id: 'roles:x' }] }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'analyses.0.tombstones.0.id' },
    });
    expect(refuse({ ...file, analyses: [{ ...r, tombstones: [grave, grave] }] })).toMatchObject({
      ok: false,
      error: { code: 'duplicateId', path: 'analyses.0.tombstones.1.id' },
    });
    expect(refuse({ ...file, analyses: [{ ...r, tombstones: [{ ...grave, table: 'settings' }] }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'analyses.0.tombstones.0.table' },
    });
    const task = r.tasks[0];
    if (!task) throw new Error('no task');
    const kept = {
      id: 'k1',
      rev: 1,
      updatedAt: at,
      analysisId: r.analysis.id,
      table: 'tasks',
      itemId: task.id,
      version: { ...task, title: 42 },
      from: 'file',
      fileName: 'x.akr.json',
      keptAt: at,
      restoredAt: null,
    };
    expect(refuse({ ...file, analyses: [{ ...r, keptVersions: [kept] }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'analyses.0.keptVersions.0.version.title' },
    });
    expect(
      refuse({
        ...file,
        analyses: [
          {
            ...r,
            keptVersions: [
              { ...kept, version: null },
              { ...kept, version: null },
            ],
          },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'duplicateId', path: 'analyses.0.keptVersions.1.id' } });
    expect(refuse({ ...file, analyses: [{ ...r, keptVersions: [{ ...kept, version: null }] }] })).toMatchObject({ ok: true });
  });

  it('refuses a file over 100 MB before reading it', () => {
    expect(checkSize(MAX_FILE_BYTES + 1)).toEqual({ code: 'tooLarge', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(checkSize(1024)).toBeNull();
  });
});
