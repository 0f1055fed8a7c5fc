import type { Page } from 'playwright-core';

export const SURVEY_ROWS = 50_000;
const TASKS = 20;
const ROLES = ['Undersköterska', 'Sjuksköterska', 'Enhetschef', 'Administratör'];

/**
 * A wide survey export as Swedish Excel saves it: `;`, decimal commas, UTF-8
 * with BOM, one row per respondent and one "Timmar per vecka:" column per
 * task, about a third of the cells blank and one bad cell in a thousand.
 */
export function wideSurveyCsv(rows = SURVEY_ROWS): Buffer {
  const header = [
    'Svars-ID',
    'Starttid',
    'E-post',
    'Yrkesroll',
    'Beskriv ditt grunduppdrag',
    ...Array.from({ length: TASKS }, (_, i) => `Timmar per vecka: Uppgift ${i + 1}`),
  ];
  const lines = [header.join(';')];
  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  for (let r = 1; r <= rows; r++) {
    const cells = [String(r), '2026-11-02 08:00', `person${r}@example.se`, ROLES[r % ROLES.length] ?? '', 'Omsorg och dokumentation'];
    for (let t = 0; t < TASKS; t++) {
      const x = random();
      // Half-hour steps from 0,5 to 3 h, so a typical week adds up to 20-30 h.
      cells.push(x < 0.33 ? '' : x < 0.999 ? (Math.round(x * 3 * 2) / 2).toString().replace('.', ',') : 'ungefär 2');
    }
    lines.push(cells.join(';'));
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]);
}

/**
 * Chooses the file on the survey view and returns the app's own measure
 * 'akr:import-preview': from the file chosen (the dialog opens) to the first
 * frame after the report, the column guesses and the preview with every bad
 * cell are on screen. Closes the dialog without importing.
 */
export async function surveyImportPreview(page: Page, csv: Buffer): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('akr:import-preview').length);
  await page.getByTestId('survey-file').setInputFiles({ name: 'enkat.csv', mimeType: 'text/csv', buffer: csv });
  await page.waitForFunction((n) => performance.getEntriesByName('akr:import-preview').length > n, before, { timeout: 30_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('akr:import-preview').at(-1)?.duration ?? NaN);
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  return ms;
}
