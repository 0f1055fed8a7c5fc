import { randomUUID } from 'node:crypto';
import { generateNKeysBetween } from 'fractional-indexing';
import type { Page } from 'playwright-core';
import type { Analysis, AnalysisBundle, Colour, Placement, Role, Step, Task } from '../../shared/model.ts';
import { COLOURS, STEP_KEYS } from '../../shared/model.ts';
import { SCHEMA_VERSIONS } from '../../renderer/db/schema.ts';

/** The bench board: 250 tasks × 4 roles = 1,000 cards. */
export const TASK_COUNT = 250;

const ROLES = [
  { name: 'Undersköterska', headcount: 24 },
  { name: 'Sjuksköterska', headcount: 5 },
  { name: 'Enhetschef', headcount: 1 },
  { name: 'Administratör', headcount: 2 },
] as const;

const TITLES = [
  'Dokumentera i journalen',
  'Dela ut läkemedel',
  'Planera veckans schema',
  'Beställa förbrukningsmaterial',
  'Ta emot ny brukare',
  'Hålla i APT',
  'Följa upp genomförandeplan',
  'Ringa anhöriga',
  'Sortera tvätt',
  'Attestera fakturor',
  'Introducera nyanställd',
  'Rapportera avvikelse',
  'Boka tolk',
  'Städa medicinrummet',
  'Svara på mejl från förvaltningen',
  'Följa med på läkarbesök',
  'Laga mellanmål',
  'Hjälpa till vid dusch',
  'Uppdatera rutinpärmen',
  'Registrera tid i Time Care',
  'Skriva social dokumentation',
  'Ha medarbetarsamtal',
  'Kontrollera brandlarm',
  'Hämta post',
  'Samordna vikarier',
] as const;

/** A small deterministic PRNG (mulberry32), so every run seeds the same board. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the analysis (by default the 1,000-card board): every task has one placement per role, spread over the five colours. */
export function buildSeed(analysisId: string = randomUUID(), at = new Date().toISOString(), taskCount = TASK_COUNT): AnalysisBundle {
  const random = prng(20_261_123);
  const item = (id: string) => ({ id, rev: 1, updatedAt: at });
  const cards = String(taskCount * ROLES.length).replace(/\B(?=(\d{3})+$)/g, ' ');
  const analysis: Analysis = {
    ...item(analysisId),
    unitName: `Hemtjänst Norrby (bench, ${cards} kort)`,
    organisation: 'Norrby stad',
    facilitator: 'Eva Processledare',
    createdAt: at,
    deletedAt: null,
  };
  const steps: Step[] = STEP_KEYS.map((key) => ({
    ...item(`${analysisId}:${key}`),
    analysisId,
    key,
    status: 'notStarted',
    date: null,
    notes: '',
  }));
  const roleOrders = generateNKeysBetween(null, null, ROLES.length);
  const roles: Role[] = ROLES.map((r, i) => ({
    ...item(randomUUID()),
    analysisId,
    name: r.name,
    headcount: r.headcount,
    fullTimeHours: 40,
    order: roleOrders[i] ?? '',
  }));
  const tasks: Task[] = Array.from({ length: taskCount }, (_, i) => ({
    ...item(randomUUID()),
    analysisId,
    title: `${TITLES[i % TITLES.length]} ${Math.floor(i / TITLES.length) + 1}`,
    notes: i % 7 === 0 ? 'Gäller främst kvällspasset.' : '',
    createdAt: at,
  }));

  const placements: Placement[] = [];
  for (const role of roles) {
    const byColour = new Map<Colour, Task[]>(COLOURS.map((c) => [c, []]));
    for (const task of tasks) byColour.get(COLOURS[Math.floor(random() * COLOURS.length)] ?? 'unsorted')?.push(task);
    for (const [colour, cellTasks] of byColour) {
      const orders = generateNKeysBetween(null, null, cellTasks.length);
      cellTasks.forEach((task, i) => {
        placements.push({
          ...item(randomUUID()),
          analysisId,
          taskId: task.id,
          roleId: role.id,
          colour,
          order: orders[i] ?? '',
          hours: Math.round((0.5 + random() * 7.5) * 100) / 100, // 0.5–8 h with decimals
        });
      });
    }
  }
  return { analysis, steps, roles, tasks, placements };
}

/**
 * The native IndexedDB version of the app's current schema (Dexie multiplies by 10). The seed
 * writes only tables that have kept their shape since v1; a later version that changes them
 * must change the seed too, and this check says when the schema has moved on.
 */
const EXPECTED_IDB_VERSION = (SCHEMA_VERSIONS.at(-1)?.version ?? 0) * 10;
const STORES = ['analyses', 'steps', 'roles', 'tasks', 'placements', 'preferences', 'questionNotes', 'timers'];

/**
 * Writes the bundle into the app's database, in a tab of its own that it
 * closes again. The app is loaded once at `/` so that Dexie creates
 * 'akr-studio' with its schema; the seed then goes in with the raw IndexedDB
 * API in one readwrite transaction.
 */
export async function seedDatabase(browser: { newPage(): Promise<Page> }, baseUrl: string, bundle: AnalysisBundle): Promise<void> {
  const page = await browser.newPage();
  try {
    await seedPage(page, baseUrl, bundle);
  } finally {
    await page.close();
  }
}

async function seedPage(page: Page, baseUrl: string, bundle: AnalysisBundle): Promise<void> {
  await page.goto(baseUrl);
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'akr-studio' && (d.version ?? 0) > 0), null, {
    timeout: 15_000,
  });
  const result = await page.evaluate(
    ({ bundle, stores }) =>
      new Promise<{ version: number; missing: string[] }>((resolve, reject) => {
        const open = indexedDB.open('akr-studio');
        open.onerror = () => reject(open.error ?? new Error('could not open akr-studio'));
        open.onsuccess = () => {
          const db = open.result;
          const missing = stores.filter((s) => !db.objectStoreNames.contains(s));
          if (missing.length > 0) {
            db.close();
            resolve({ version: db.version, missing });
            return;
          }
          const tx = db.transaction(['analyses', 'steps', 'roles', 'tasks', 'placements'], 'readwrite');
          tx.objectStore('analyses').put(bundle.analysis);
          for (const s of bundle.steps) tx.objectStore('steps').put(s);
          for (const r of bundle.roles) tx.objectStore('roles').put(r);
          for (const t of bundle.tasks) tx.objectStore('tasks').put(t);
          for (const p of bundle.placements) tx.objectStore('placements').put(p);
          tx.oncomplete = () => {
            db.close();
            resolve({ version: db.version, missing: [] });
          };
          tx.onerror = () => reject(tx.error ?? new Error('the seed transaction failed'));
          tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'));
        };
      }),
    { bundle, stores: STORES },
  );
  if (result.missing.length > 0) throw new Error(`akr-studio (IDB version ${result.version}) lacks the stores ${result.missing.join(', ')}`);
  if (result.version !== EXPECTED_IDB_VERSION) {
    console.warn(`Note: akr-studio is at IDB version ${result.version}, the bench was written for ${EXPECTED_IDB_VERSION}; seeding anyway.`);
  }
}

/** The board's address in browser mode. */
export function boardUrl(baseUrl: string, analysisId: string): string {
  return `${new URL(baseUrl).origin}/#/analyses/${encodeURIComponent(analysisId)}/board`;
}
