import { readFileSync } from 'node:fs';
import { generateNKeysBetween } from 'fractional-indexing';
import type { Page } from 'playwright-core';
import { createAnalysis, createRole } from '../../shared/analysis.ts';
import { buildExport, emptyRecord, serialize } from '../../shared/exchange/format.ts';
import type { Colour, Placement, Role, Task } from '../../shared/model.ts';
import { waitSaved } from './app.ts';

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
  const record = { ...emptyRecord(bundle.analysis), steps: bundle.steps, roles: made, tasks, placements };
  return Buffer.from(serialize(buildExport([record], { exportedAt: at, appVersion: '0.1.0', machine: 'e2e-room', includePersonal: false })));
}

/** Imports an analysis file from the list of analyses and opens its board. */
export async function openRoomBoard(page: Page, url: string, file: Buffer, analysisId: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('analysis-file').setInputFiles({ name: 'solrosen.akr.json', mimeType: 'application/json', buffer: file });
  const dialog = page.getByRole('dialog', { name: 'Importera analysfil' });
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitSaved(page);
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
