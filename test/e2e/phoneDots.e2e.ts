import { describe, expect, it } from 'vitest';
import { createAnalysis } from '../../shared/analysis.ts';
import { emptyRecord, serialize } from '../../shared/exchange/format.ts';
import { buildExport } from '../../shared/exchange/export.ts';
import { e2eSession, waitSaved } from './app.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();
const at = '2026-12-06T09:00:00.000Z';

/**
 * An analysis file (format 8) whose SWOT notes carry dots typed by the
 * facilitator and dots phones gave in the room, kept apart.
 */
function fileWithPhoneDots(analysisId: string): Buffer {
  const bundle = createAnalysis({ unitName: 'Förskolan Solrosen', organisation: 'Norrby stad', facilitator: 'Eva Processledare' }, analysisId, at);
  const base = { rev: 1, updatedAt: at, analysisId, count: 1, stackId: null, createdAt: at };
  const record = {
    ...emptyRecord(bundle.analysis),
    steps: bundle.steps,
    swotNotes: [
      { ...base, id: crypto.randomUUID(), quadrant: 'threats' as const, text: 'Tidsbrist vid lämning', order: 'a0', votes: 2, phoneDots: 3 },
      { ...base, id: crypto.randomUUID(), quadrant: 'threats' as const, text: 'Vikarier saknas', order: 'a1', votes: 1 },
    ],
    voting: [{ id: analysisId, analysisId, rev: 1, updatedAt: at, dotsPerPerson: 3, participants: 4 }],
  };
  return Buffer.from(serialize(buildExport([record], { exportedAt: at, appVersion: '0.1.0', machine: 'e2e-phone-dots', includePersonal: false })));
}

describe('dots from phones', () => {
  it('show with the typed dots on the SWOT canvas (the phones’ part named) and on the projector, counted in the tally', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    const id = crypto.randomUUID();
    await page.goto(session.url);
    await page.getByTestId('analysis-file').setInputFiles({ name: 'solrosen.akr', mimeType: 'application/json', buffer: fileWithPhoneDots(id) });
    const dialog = page.getByRole('dialog', { name: 'Importera analysfil' });
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    await page.evaluate((analysisId) => (location.hash = `#/analyses/${analysisId}/swot`), id);

    const threats = page.getByRole('region', { name: 'Hot', exact: true });
    const votes = threats.locator('.note__votes');
    await expect.poll(() => votes.allInnerTexts()).toEqual(['5 prickar (varav 3 från mobiler)', '1 prick']);
    // In dot voting, the field the facilitator types in holds their own dots only; the tally counts all.
    await page.getByRole('button', { name: 'Prickröstning' }).click();
    await expect.poll(() => page.getByLabel('Prickar för Tidsbrist vid lämning').inputValue()).toBe('2');
    await expect.poll(() => page.getByTestId('voting-tally').innerText()).toBe('6 av 12 prickar använda, 6 kvar');
    await page.getByRole('button', { name: 'En prick till för Tidsbrist vid lämning' }).click();
    await expect.poll(() => votes.allInnerTexts()).toEqual(['6 prickar (varav 3 från mobiler)', '1 prick']);
    await expect.poll(() => page.getByLabel('Prickar för Tidsbrist vid lämning').inputValue()).toBe('3');
    expect(await axeViolations(page)).toEqual([]);

    const controls = page.getByTestId('projector-controls');
    const [projector] = await Promise.all([running.context.waitForEvent('page'), controls.getByRole('button', { name: 'Öppna projektorfönster' }).click()]);
    // (Not the hidden copy the view measures its pages with.)
    const projected = projector.locator('.presenter__stage .room-note__votes:not(.room-measure *)');
    await expect.poll(() => projected.allInnerTexts()).toEqual(['6 prickar', '1 prick']);
    expect(await axeViolations(projector)).toEqual([]);
  });
});
