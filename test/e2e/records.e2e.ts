import { describe, expect, it } from 'vitest';
import { e2eSession, waitSaved } from './app.ts';
import { boardWith, card } from './board-helpers.ts';

const session = e2eSession();

describe('what is stored, as a facilitator meets it', () => {
  it('a duplicated analysis keeps its agenda as it was edited, times and speaker notes', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await boardWith(page, session.url, ['Kock'], [{ title: 'Diska', hours: '4' }]);
    const drawer = page.getByRole('dialog', { name: 'Agenda' });
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await drawer.getByRole('button', { name: 'Använd agendamallen' }).click();
    await expect.poll(() => page.locator('.agenda').innerText()).toContain('Totalt 60 min');
    await page.getByRole('button', { name: 'Ändra agendan' }).click();
    const minutes = drawer.getByLabel('Minuter', { exact: true }).first();
    await minutes.fill('7');
    await minutes.press('Tab');
    const notes = page.getByLabel('Stödtext för Inledning');
    await notes.fill('Hälsa välkommen. Berätta varför vi sorterar i dag.');
    await notes.press('Tab');
    await waitSaved(page);
    await expect.poll(() => page.locator('.agenda').innerText()).toContain('Totalt 62 min');

    await page.getByRole('link', { name: 'Analyser', exact: true }).click();
    await page.getByRole('button', { name: 'Fler val för Förskolan Solrosen' }).click();
    await page.getByRole('menuitem', { name: 'Duplicera' }).click();
    await page.getByRole('link', { name: 'Förskolan Solrosen (kopia)' }).click();
    await page.getByRole('heading', { level: 1, name: /Förskolan Solrosen \(kopia\)/ }).waitFor();
    await page.getByRole('link', { name: 'AKR-tavla' }).click();
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await expect.poll(() => page.locator('.agenda').innerText()).toContain('Totalt 62 min');
    await page.getByRole('button', { name: 'Ändra agendan' }).click();
    await expect.poll(() => page.getByLabel('Stödtext för Inledning').inputValue()).toBe('Hälsa välkommen. Berätta varför vi sorterar i dag.');
    await expect.poll(() => drawer.getByLabel('Minuter', { exact: true }).first().inputValue()).toBe('7');
  });

  it('two windows editing different fields of the same task at the same moment keep both edits', async () => {
    const running = await session.launch();
    const a = await running.newPage();
    await a.setViewportSize({ width: 1400, height: 1000 });
    await boardWith(a, session.url, ['Kock'], [{ title: 'Diska', hours: '4' }]);
    const b = await running.newPage();
    await b.setViewportSize({ width: 1400, height: 1000 });
    await b.goto(a.url());
    await card(b, 'Diska', 'Kock').waitFor();

    // Both open the same task as it is now.
    const dialogs = [];
    for (const page of [a, b]) {
      await card(page, 'Diska', 'Kock').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('menuitem', { name: 'Redigera…' }).click();
      dialogs.push(page.getByRole('dialog'));
    }
    const [inA, inB] = dialogs;
    if (!inA || !inB) throw new Error('no dialog');
    await inA.getByLabel('Arbetsuppgift').fill('Diska efter lunch');
    await inB.getByLabel('Anteckningar').fill('Två gånger om dagen.');
    // …and save at the same moment.
    await Promise.all([inA.getByRole('button', { name: 'Spara' }).click(), inB.getByRole('button', { name: 'Spara' }).click()]);
    await waitSaved(a);
    await waitSaved(b);

    for (const page of [a, b]) {
      await expect.poll(() => card(page, 'Diska efter lunch', 'Kock').count(), { timeout: 10_000 }).toBe(1);
      await card(page, 'Diska efter lunch', 'Kock').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('menuitem', { name: 'Redigera…' }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.getByLabel('Arbetsuppgift').inputValue()).toBe('Diska efter lunch');
      await expect.poll(() => dialog.getByLabel('Anteckningar').inputValue()).toBe('Två gånger om dagen.');
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
    }
  });
});
