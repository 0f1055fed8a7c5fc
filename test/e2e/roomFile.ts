import { readFileSync } from 'node:fs';
import { generateNKeysBetween } from 'fractional-indexing';
import type { Page } from 'playwright-core';
import { createAnalysis, createRole } from '../../shared/analysis.ts';
import { emptyRecord, serialize, type AnalysisRecord } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import type { Colour, Placement, Role, Task } from '../../shared/model.ts';
import { importAnalysisFile } from './app.ts';

const at = '2026-12-02T09:00:00.000Z';

/** The task titles of the preschool survey fixture, as staff wrote them (the real lengths a room sees). */
export function surveyTitles(): string[] {
  const header =
    readFileSync(new URL('../fixtures/survey-forskola-wide.csv', import.meta.url), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0] ?? '';
  return header
    .split(';')
    .filter((h) => h.startsWith('Timmar per vecka: '))
    .map((h) => h.slice('Timmar per vecka: '.length));
}

/** `count` distinct real titles: the fixture's, then the fixture's again with a place added. */
export function titles(count: number): string[] {
  const base = surveyTitles();
  const places = ['', ' – avdelning Blåbäret', ' – avdelning Lingonet', ' – avdelning Hallonet', ' – avdelning Smultronet', ' – avdelning Vildhallonet'];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) out.push(`${base[i % base.length] ?? 'Uppgift'}${places[Math.floor(i / base.length)] ?? ` ${i}`}`);
  return out;
}

export interface RoomRole {
  name: string;
  /** The colour of each of the role's tasks, in order. */
  colours: Colour[];
}

/**
 * An analysis file ("Förskolan Solrosen") whose roles each have their own
 * tasks, sorted as given, with hours that are not whole (0.2–6.3 h) so the
 * room's rounding shows.
 */
export function roomFile(analysisId: string, roles: RoomRole[]): Buffer {
  return fileOf(roomRecord(analysisId, roles));
}

function fileOf(record: AnalysisRecord): Buffer {
  return Buffer.from(serialize(buildExport([record], { exportedAt: at, appVersion: '0.1.0', machine: 'e2e-room', includePersonal: false })));
}

function roomRecord(analysisId: string, roles: RoomRole[]): AnalysisRecord {
  const bundle = createAnalysis({ unitName: 'Förskolan Solrosen', organisation: 'Norrby stad', facilitator: 'Eva Processledare' }, analysisId, at);
  const made: Role[] = [];
  const tasks: Task[] = [];
  const placements: Placement[] = [];
  for (const spec of roles) {
    const role = createRole(analysisId, { name: spec.name, headcount: 6, fullTimeHours: 40 }, made, crypto.randomUUID(), at);
    made.push(role);
    const names = titles(spec.colours.length);
    const keys = new Map<Colour, string[]>();
    spec.colours.forEach((colour, i) => {
      const task: Task = { id: crypto.randomUUID(), rev: 1, updatedAt: at, analysisId, title: names[i] ?? `Uppgift ${i}`, notes: '', createdAt: at };
      tasks.push(task);
      const list = keys.get(colour) ?? [];
      keys.set(colour, list);
      list.push(task.id);
    });
    for (const [colour, taskIds] of keys) {
      const orders = generateNKeysBetween(null, null, taskIds.length);
      taskIds.forEach((taskId, i) =>
        placements.push({
          id: crypto.randomUUID(),
          rev: 1,
          updatedAt: at,
          analysisId,
          taskId,
          roleId: role.id,
          colour,
          order: orders[i] ?? 'a0',
          hours: Math.round((0.2 + ((i * 7) % 62) / 10) * 100) / 100,
        }),
      );
    }
  }
  return { ...emptyRecord(bundle.analysis), steps: bundle.steps, roles: made, tasks, placements };
}

/** Imports an analysis file from the list of analyses and opens its board. */
export async function openRoomBoard(page: Page, url: string, file: Buffer, analysisId: string): Promise<void> {
  await page.goto(url);
  await importAnalysisFile(page, file, 'solrosen.akr.json');
  await page.evaluate((id) => {
    location.hash = `#/analyses/${id}/board`;
  }, analysisId);
  await page.locator('[data-card]').first().waitFor();
}

/** 30 tasks spread across the four colours (and two left unsorted), as after a workshop. */
export const SORTED_30: Colour[] = Array.from(
  { length: 30 },
  (_, i) => (['green', 'yellow', 'red', 'black', 'green', 'yellow', 'red'] as const)[i % 7] ?? 'green',
).map((c, i) => (i >= 28 ? 'unsorted' : c));
export const UNSORTED_30: Colour[] = Array.from({ length: 30 }, () => 'unsorted');
export const MIXED_90: Colour[] = Array.from({ length: 90 }, (_, i) => (['unsorted', 'green', 'yellow', 'red', 'black'] as const)[i % 5] ?? 'green');

/** SWOT notes as a staff group writes them; the room sees each once, with its answers and dots. */
const SWOT_TEXTS = [
  'Vi har ett starkt och erfaret arbetslag',
  'Barnen trivs och vårdnadshavarna är nöjda',
  'Bra samarbete med köket kring specialkost',
  'Mycket tid går till disk, tvätt och städning',
  'Planeringstiden räcker inte till dokumentationen',
  'Vikarier saknar introduktion och hittar inte rutinerna',
  'En serviceassistent kan ta över måltider och tvätt',
  'Digitala verktyg för beställningar och frånvaro',
  'Kommunens satsning på kompetensutveckling i förskolan',
  'Svårt att rekrytera legitimerade förskollärare',
  'Sjukfrånvaron ökar när arbetsbelastningen är hög',
  'Budgeten för nästa år är osäker',
];

/**
 * The room fixture with the other projected views filled in: survey results
 * (frozen, so no one's answers are in the file) for Förskollärare (30 tasks),
 * Barnskötare merged into Övriga, and Kock (90 tasks); 60 SWOT notes with
 * answers and dots over the participants' budget (48 of 45), one group; four
 * new roles taking over red and yellow tasks, with monthly costs the room
 * must not see.
 */
export function roomViewsFile(analysisId: string): Buffer {
  const record = roomRecord(analysisId, [
    { name: 'Förskollärare', colours: SORTED_30 },
    { name: 'Barnskötare', colours: UNSORTED_30 },
    { name: 'Kock', colours: MIXED_90 },
  ]);
  const base = { rev: 1, updatedAt: at, analysisId };
  const names = titles(90);
  const result = (name: string, roles: string[], count: number, respondents: number) => {
    const tasks = names.slice(0, count).map((task, i) => {
      const mean = Math.round((0.1 + ((i * 13) % 47) / 10) * 100) / 100;
      return { task, doing: respondents, mean, median: mean, team: Math.round(mean * 6 * 100) / 100 };
    });
    return {
      name,
      roles,
      respondents,
      headcount: 6,
      team: Math.round(tasks.reduce((sum, x) => sum + x.team, 0) * 100) / 100,
      perPerson: { min: 30, median: 38, max: 40 },
      tasks,
      missions: ['Barnens lärande och utveckling'],
    };
  };
  record.surveys = [
    {
      ...base,
      id: analysisId,
      rounds: [{ id: 'r1', kind: 'first' as const, name: '', startedAt: at }],
      round: 'r1',
      questions: { unit: 'hours' as const, contract: false, mission: true, comments: false },
      swotPrompts: [],
      smallRoles: 'merge',
      frozen: {
        results: {
          roles: [result('Förskollärare', ['Förskollärare'], 30, 6), result('Kock', ['Kock'], 90, 5), result('Övriga', ['Barnskötare'], 12, 2)],
          hidden: [],
        },
        threshold: 3,
        at,
      },
    },
  ];
  const stackId = crypto.randomUUID();
  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
  const orders = generateNKeysBetween(null, null, 60);
  record.swotNotes = Array.from({ length: 60 }, (_, i) => ({
    ...base,
    id: crypto.randomUUID(),
    quadrant: quadrants[i % 4] ?? 'strengths',
    text: `${SWOT_TEXTS[i % SWOT_TEXTS.length] ?? ''}${i >= SWOT_TEXTS.length ? ` (${Math.floor(i / SWOT_TEXTS.length) + 1})` : ''}`,
    order: orders[i] ?? 'a0',
    count: i % 5 === 0 ? 3 : 1,
    votes: i < 16 ? 3 : 0,
    stackId: i === 1 || i === 5 ? stackId : null,
    createdAt: at,
  }));
  record.swotStacks = [{ ...base, id: stackId, quadrant: 'weaknesses', name: 'Tid till kärnuppdraget', order: 'a0' }];
  record.voting = [{ ...base, id: analysisId, dotsPerPerson: 3, participants: 15 }];
  const redOrYellow = record.placements.filter((p) => p.colour === 'red' || p.colour === 'yellow');
  const newRoleNames = ['Serviceassistent', 'Administrativ assistent', 'Måltidsbiträde', 'Vaktmästare'];
  const sizes = [20, 10, 14, 4];
  const roleOrders = generateNKeysBetween(null, null, newRoleNames.length);
  record.newRoles = newRoleNames.map((name, i) => ({
    ...base,
    id: crypto.randomUUID(),
    name,
    purpose: '',
    fullTimeHours: 40,
    contract: 'AB' as const,
    monthlyCost: 31_500,
    skills: '',
    training: '',
    adaptations: '',
    supervision: '',
    order: roleOrders[i] ?? 'a0',
    createdAt: at,
  }));
  let next = 0;
  record.roleParts = record.newRoles.flatMap((role, r) => {
    const taken = redOrYellow.slice(next, next + (sizes[r] ?? 0));
    next += taken.length;
    const partOrders = generateNKeysBetween(null, null, taken.length);
    return taken.map((placement, i) => ({
      ...base,
      id: crypto.randomUUID(),
      newRoleId: role.id,
      placementId: placement.id,
      hours: null,
      order: partOrders[i] ?? 'a0',
    }));
  });
  record.staffing = [{ ...base, id: analysisId, roles: Object.fromEntries(record.roles.map((role) => [role.id, { posts: null, monthlyCost: 34_000 }])) }];
  return fileOf(record);
}
