import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExample } from '../../../shared/example.ts';
import { inKeyFigures, inSyncFolder, isExample } from '../../../shared/analysis.ts';
import type { Change } from '../../../shared/changes.ts';
import type { Analysis, Placement, Role, Step, Task } from '../../../shared/model.ts';
import { restoreFile } from '../../../shared/exchange/restore.ts';
import { isManual } from '../../../shared/stepStatus.ts';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures', name);
const CSV = readFileSync(fixture('survey-forskola-wide.csv'), 'utf8');
const NOW = '2026-11-23T10:00:00.000Z';

/** The fixture read by hand, apart from the app's parser: per role, the respondents and the sum of each task's hours. */
function byHand() {
  const [header = '', ...rows] = CSV.replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const columns = header.split(';');
  const roles = new Map<string, { people: number; hours: Map<string, number> }>();
  for (const row of rows) {
    const cells = row.split(';');
    const name = cells[1] ?? '';
    const role = roles.get(name) ?? { people: 0, hours: new Map<string, number>() };
    role.people += 1;
    columns.forEach((c, i) => {
      const cell = cells[i]?.trim() ?? '';
      if (!c.startsWith('Timmar per vecka: ') || cell === '') return;
      const task = c.slice('Timmar per vecka: '.length);
      role.hours.set(task, (role.hours.get(task) ?? 0) + Number(cell.replace(',', '.')));
    });
    roles.set(name, role);
  }
  return roles;
}

function build() {
  let n = 0;
  return buildExample({
    csv: CSV,
    unitName: 'Exempel: Förskolan Solrosen',
    organisation: 'Påhittad enhet att öva på',
    fileName: 'exempel-enkät.csv',
    defaultFullTimeHours: 40,
    newId: () => `x${++n}`,
    now: NOW,
  });
}
const after = <T>(changes: Change[], table: string) => changes.filter((c) => c.table === table && c.after).map((c) => c.after as T);

describe('the example analysis', () => {
  it('ships the handbook’s preschool survey unchanged', () => {
    expect(readFileSync(join(import.meta.dirname, '../../../renderer/example/forskolan-solrosen.csv'), 'utf8')).toBe(CSV);
  });

  it('is one analysis marked as an example, with its six steps following the work', () => {
    const { analysisId, changes } = build();
    const [analysis, ...others] = after<Analysis>(changes, 'analyses');
    expect(others).toEqual([]);
    expect(analysis).toMatchObject({ id: analysisId, unitName: 'Exempel: Förskolan Solrosen', example: true, deletedAt: null });
    expect(analysis && isExample(analysis)).toBe(true);
    const steps = after<Step>(changes, 'steps');
    expect(steps).toHaveLength(6);
    expect(steps.every((s) => s.status === 'notStarted' && !isManual(s))).toBe(true);
    expect(changes.every((c) => c.after === null || c.table === 'analyses' || (c.after as { analysisId?: string }).analysisId === analysisId)).toBe(true);
  });

  it('holds the survey’s roles with their respondents as headcount, and every task answered', () => {
    const { changes } = build();
    const hand = byHand();
    const roles = after<Role>(changes, 'roles');
    expect(roles.map((r) => [r.name, r.headcount])).toEqual([
      ['Förskollärare', hand.get('Förskollärare')?.people],
      ['Barnskötare', hand.get('Barnskötare')?.people],
    ]);
    expect(roles.map((r) => r.headcount)).toEqual([6, 8]);
    const answered = new Set([...hand.values()].flatMap((r) => [...r.hours.keys()]));
    expect(
      after<Task>(changes, 'tasks')
        .map((t) => t.title)
        .sort(),
    ).toEqual([...answered].sort());
    expect(answered.size).toBe(23);
    expect(after<{ fileName: string; respondents: number }>(changes, 'surveyImports')).toMatchObject([{ fileName: 'exempel-enkät.csv', respondents: 14 }]);
    expect(after(changes, 'surveyResponses')).toHaveLength(14);
  });

  it('puts every task in Osorterat with the team’s hours per role from the survey', () => {
    const { changes } = build();
    const hand = byHand();
    const roles = new Map(after<Role>(changes, 'roles').map((r) => [r.id, r.name]));
    const tasks = new Map(after<Task>(changes, 'tasks').map((t) => [t.id, t.title]));
    const cards = after<Placement>(changes, 'placements');
    expect(cards.length).toBe([...hand.values()].reduce((n, r) => n + [...r.hours.values()].filter((h) => h > 0).length, 0));
    for (const card of cards) {
      expect(card.colour).toBe('unsorted');
      const expected = hand.get(roles.get(card.roleId) ?? '')?.hours.get(tasks.get(card.taskId) ?? '');
      expect(card.hours).toBeCloseTo(expected ?? Number.NaN, 9);
    }
    // One card by hand: the preschool teachers' teaching, 12,5 + … over six answers.
    const teaching = cards.find((c) => roles.get(c.roleId) === 'Förskollärare' && tasks.get(c.taskId) === 'Planera och genomföra undervisning');
    expect(teaching?.hours).toBeCloseTo(hand.get('Förskollärare')?.hours.get('Planera och genomföra undervisning') ?? 0, 9);
  });

  it('is never written to the sync folder and never counted in the key figures; other analyses are', () => {
    const ordinary = { example: false, deletedAt: null };
    expect(inSyncFolder(ordinary)).toBe(true);
    expect(inKeyFigures(ordinary)).toBe(true);
    expect(inSyncFolder({ example: true, deletedAt: null })).toBe(false);
    expect(inKeyFigures({ example: true, deletedAt: null })).toBe(false);
    expect(inSyncFolder({ example: false, deletedAt: NOW })).toBe(false);
    // Stored before examples existed: no flag, an ordinary analysis.
    expect(inSyncFolder({ deletedAt: null })).toBe(true);
    expect(inKeyFigures({ deletedAt: null })).toBe(true);
  });
});

describe('analyses stored before examples and step status following the work', () => {
  it.each([1, 2, 3, 4])('read from a file of format version %i: not an example, and the steps’ statuses stay the facilitator’s', (version) => {
    const result = restoreFile(readFileSync(fixture(`files/format-v${version}.akr.json`), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [record] = result.file.analyses;
    if (!record) throw new Error('no analysis');
    expect(record.analysis.example).toBeUndefined();
    expect(isExample(record.analysis)).toBe(false);
    const info = record.steps.find((s) => s.key === 'info');
    expect(info).toMatchObject({ status: 'done' });
    expect(info?.manual).toBeUndefined();
    expect(info && isManual(info)).toBe(true);
    expect(record.steps.filter((s) => s.status === 'notStarted').every((s) => !isManual(s))).toBe(true);
  });
});
