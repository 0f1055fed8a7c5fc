import { generateNKeysBetween } from 'fractional-indexing';
import type { Page } from 'playwright-core';
import { createAnalysis, createRole } from '../../shared/analysis.ts';
import { emptyRecord, serialize, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import type { Colour, Placement, Role, Task } from '../../shared/model.ts';
import { importAnalysisFile } from './app.ts';

const at = '2027-03-01T09:00:00.000Z';

/** Roles of a large preschool and school unit, some with long names, as the room reads them. */
export const FOLLOW_UP_ROLES = [
  'Förskollärare',
  'Barnskötare',
  'Kock',
  'Lokalvårdare',
  'Vaktmästare',
  'Administratör',
  'Specialpedagog med inriktning mot språkutveckling',
  'Rektor',
  'Elevassistent',
  'Fritidspedagog',
  'Modersmålslärare',
  'Måltidsbiträde',
];

/**
 * Each role's tasks: the colour and team hours on the board when the report was made, and each of
 * the five respondents' hours in the follow-up round. Worked out by hand for every role:
 * then green 30 h, yellow 8 h, red 10 h, black 2 h (50 h; red + black 12 h);
 * now green 32 h, yellow 8 h, red 5 h, black 0 h, new 5 h (50 h; red + black 5 h, −7 h).
 */
const TASKS: { title: string; colour: Colour | null; then: number; each: number }[] = [
  { title: 'Planera och dokumentera undervisningen', colour: 'green', then: 20, each: 4.4 },
  { title: 'Samtal med vårdnadshavare', colour: 'green', then: 10, each: 2 },
  { title: 'Ta emot och lämna barn i hallen', colour: 'yellow', then: 8, each: 1.6 },
  { title: 'Beställa varor och förbrukningsmaterial', colour: 'red', then: 6, each: 0.6 },
  { title: 'Tvätta och vika tvätt', colour: 'red', then: 4, each: 0.4 },
  { title: 'Skriva dubbla listor över närvaro', colour: 'black', then: 2, each: 0 },
  { title: 'Digital dokumentation i lärplattformen', colour: null, then: 0, each: 1 },
];
const RESPONDENTS = 5;

/**
 * An analysis file with a board frozen at the report (the snapshot), a follow-up survey round
 * ("Uppföljning hösten 2027") with five answers per role, three actions reviewed, and the
 * meeting's notes. The answers are per-person data, so the file carries them ("with answers").
 */
export function followUpFile(analysisId: string, roleNames: readonly string[] = FOLLOW_UP_ROLES): Buffer {
  const bundle = createAnalysis({ unitName: 'Förskolan Solrosen', organisation: 'Norrby stad', facilitator: 'Eva Processledare' }, analysisId, at);
  const base = { rev: 1, updatedAt: at, analysisId };
  const roles: Role[] = [];
  for (const name of roleNames) roles.push(createRole(analysisId, { name, headcount: RESPONDENTS, fullTimeHours: 40 }, roles, crypto.randomUUID(), at));
  const tasks: Task[] = TASKS.map((t, i) => ({ ...base, id: crypto.randomUUID(), title: t.title, notes: '', createdAt: `2027-02-01T09:00:0${i}.000Z` }));
  const placements: Placement[] = [];
  const cells: { taskId: string; roleId: string; colour: Colour; hours: number | null }[] = [];
  const orders = generateNKeysBetween(null, null, TASKS.length);
  for (const role of roles) {
    TASKS.forEach((spec, i) => {
      const task = tasks[i];
      if (!task || spec.colour === null) return;
      placements.push({ ...base, id: crypto.randomUUID(), taskId: task.id, roleId: role.id, colour: spec.colour, order: orders[i] ?? 'a0', hours: spec.then });
      cells.push({ taskId: task.id, roleId: role.id, colour: spec.colour, hours: spec.then });
    });
  }
  const actions = [
    { id: crypto.randomUUID(), text: 'Anställ en serviceassistent för tvätt och beställningar', then: 'inProgress', now: 'done' },
    { id: crypto.randomUUID(), text: 'Sluta skriva dubbla närvarolistor', then: 'notStarted', now: 'notStarted' },
    { id: crypto.randomUUID(), text: 'Ny rutin för hallen vid lämning', then: null, now: 'inProgress' },
  ] as const;
  const actionOrders = generateNKeysBetween(null, null, actions.length);
  const record: AnalysisRecord = {
    ...emptyRecord(bundle.analysis),
    steps: bundle.steps,
    roles,
    tasks,
    placements,
    actions: actions.map((a, i) => ({
      ...base,
      id: a.id,
      text: a.text,
      owner: 'Rektor',
      due: null,
      status: a.now,
      order: actionOrders[i] ?? 'a0',
      createdAt: at,
      link: null,
    })),
  };
  record.surveys = [
    {
      ...base,
      id: analysisId,
      rounds: [
        { id: 'r1', kind: 'first', name: '', startedAt: '2027-01-10T09:00:00.000Z' },
        { id: 'r2', kind: 'followUp', name: 'Uppföljning hösten 2027', startedAt: '2027-09-20T09:00:00.000Z' },
      ],
      round: 'r2',
      questions: { unit: 'hours', contract: false, mission: false, comments: false },
      swotPrompts: [],
      smallRoles: 'merge',
      frozen: null,
    },
  ];
  record.surveyResponses = roles.flatMap((role) =>
    Array.from({ length: RESPONDENTS }, (_, n) => ({
      ...base,
      id: crypto.randomUUID(),
      round: 'r2',
      source: 'paper' as const,
      importId: null,
      key: `${role.name}-${n + 1}`,
      role: role.name,
      mission: '',
      contractHours: null,
      comment: '',
      hours: TASKS.flatMap((spec, i) => (spec.each > 0 ? [{ taskId: tasks[i]?.id ?? '', hours: spec.each }] : [])),
    })),
  );
  record.boardSnapshots = [
    {
      ...base,
      id: analysisId,
      takenAt: at,
      round: 'r1',
      roles: roles.map((r) => ({ id: r.id, name: r.name, headcount: r.headcount })),
      tasks: tasks.filter((_, i) => TASKS[i]?.colour !== null).map((t) => ({ id: t.id, title: t.title })),
      cells,
      actions: actions.flatMap((a) => (a.then === null ? [] : [{ id: a.id, text: a.text, status: a.then }])),
    },
  ];
  record.followUps = [
    {
      ...base,
      id: analysisId,
      round: null,
      actions: {
        [actions[0].id]: { outcome: 'done', note: 'Serviceassistent anställd på AB sedan maj.' },
        [actions[1].id]: { outcome: 'dropped', note: 'Närvaron förs nu bara i appen.' },
      },
      notes: 'Vi **behåller** serviceassistenten och ses igen i mars.',
    },
  ];
  return Buffer.from(serialize(buildExport([record], { exportedAt: at, appVersion: '0.1.0', machine: 'e2e-follow-up', includePersonal: true })));
}

/** Imports an analysis file from the list of analyses. */
export async function importFile(page: Page, url: string, file: Buffer): Promise<void> {
  await page.goto(url);
  await importAnalysisFile(page, file, 'solrosen.akr.json');
}
