import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAnalysis, e2eSession, typeDate, waitSaved } from './app.ts';
import { smallestText } from './board-helpers.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

const NOTE = 'Nämn kaffet – anteckning 4711';

/** What the projected slide shows: its heading, "n/m", and whether the window scrolls or the text is cut. */
async function projected(projector: Page) {
  return projector.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-testid="info-slide"]');
    const body = slide?.querySelector<HTMLElement>('.info-slide__body');
    return {
      title: slide?.querySelector('.info-slide__title')?.textContent ?? '',
      page: slide?.querySelector('[data-testid="info-slide-page"]')?.textContent ?? '',
      scrolls: document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth,
      bottom: slide ? slide.getBoundingClientRect().bottom : Infinity,
      height: window.innerHeight,
      cut: body ? body.scrollHeight > body.clientHeight + 1 : true,
    };
  });
}

describe('the information meeting', () => {
  it('edits, hides and adds slides, projects them one at a time with the notes kept back, and makes a one-page handout', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(session.url);
    await createAnalysis(page, 'Förskolan Solrosen');
    const info = page.locator('section.step-card').filter({ has: page.getByRole('heading', { name: 'Informationsmöte', exact: true }) });
    await typeDate(info.getByRole('group', { name: 'Datum' }), '2026-09-01');
    await waitSaved(page);

    await page.getByRole('link', { name: 'Informationsmöte', exact: true }).click();
    const cards = page.getByTestId('info-card');
    await expect.poll(() => cards.count()).toBe(7);
    // The plan has the analysis's own date of step 1, and the survey slide the privacy threshold.
    await expect.poll(() => cards.nth(2).innerText()).toContain('Informationsmöte (1 sep 2026)');
    await expect.poll(() => cards.nth(3).innerText()).toContain('färre än 3 svar');
    expect(await axeViolations(page)).toEqual([]);

    // Edit the first slide: heading, text with the toolbar, and notes.
    await page.getByRole('button', { name: 'Redigera bilden Bakgrund' }).click();
    const first = cards.first();
    await first.getByLabel('Rubrik', { exact: true }).fill('Därför gör vi det här');
    const body = first.getByLabel('Text på bilden');
    await body.fill('Vi vill använda kompetensen rätt.');
    await body.press('Control+a');
    await first.getByRole('button', { name: 'Punktlista' }).click();
    await expect.poll(() => body.inputValue()).toBe('- Vi vill använda kompetensen rätt.');
    await first.getByLabel('Dina anteckningar (visas bara för dig)').fill(NOTE);
    await waitSaved(page);
    await first.getByRole('button', { name: 'Klar' }).click();
    await expect.poll(() => first.locator('.info-card__title').innerText()).toBe('Därför gör vi det här');
    await expect.poll(() => first.locator('.info-card__preview li').innerText()).toBe('Vi vill använda kompetensen rätt.');

    // Hide one, add one of our own, and move it up one place from the keyboard.
    await page.getByRole('button', { name: 'Dölj bilden Det här handlar analysen inte om' }).click();
    await page.getByRole('button', { name: 'Lägg till bild' }).click();
    const own = cards.last();
    await own.getByLabel('Rubrik', { exact: true }).fill('Fika efteråt');
    await own.getByLabel('Text på bilden').fill('Välkomna på **fika** i personalrummet.');
    await waitSaved(page);
    await expect.poll(() => cards.count()).toBe(8);
    await page.getByRole('button', { name: 'Flytta upp bilden Fika efteråt' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards.nth(6).locator('.info-card__title').innerText()).toBe('Fika efteråt');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => cards.nth(7).locator('.info-card__title').innerText()).toBe('Fika efteråt');
    await waitSaved(page);
    await page.screenshot({ path: 'test-results/info-view.png', fullPage: true });

    // The projector window: one slide at a time, the hidden one skipped, the notes never there.
    const controls = page.getByTestId('projector-controls');
    const [projector] = await Promise.all([running.context.waitForEvent('page'), controls.getByRole('button', { name: 'Öppna projektorfönster' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.locator('.presenter[data-view="info"] [data-testid="info-slide"]').waitFor();
    await expect.poll(async () => (await projected(projector)).page).toBe('1/7');
    await expect.poll(() => controls.getByTestId('projector-page').innerText()).toBe('1/7');
    await expect.poll(() => page.getByTestId('speaker-notes-text').innerText()).toBe(NOTE);
    expect(await projector.content()).not.toContain('4711');
    expect(await axeViolations(projector)).toEqual([]);

    // Turned from the projector window (a clicker's Page Down, ←) and from the facilitator's.
    await projector.keyboard.press('PageDown');
    await expect.poll(() => controls.getByTestId('projector-page').innerText()).toBe('2/7');
    await expect.poll(async () => (await projected(projector)).page).toBe('2/7');
    await page.getByRole('button', { name: 'Nästa bild' }).click();
    await expect.poll(async () => (await projected(projector)).page).toBe('3/7');
    await projector.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await projected(projector)).page).toBe('2/7');
    await expect.poll(() => page.getByTestId('speaker-notes-text').innerText()).toContain('vardagligt exempel');

    // Every slide at both sizes: no scrolling, nothing cut, no text under 2.5 % of the height.
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await projector.setViewportSize({ width, height });
      await page.getByRole('button', { name: 'Visa på projektorn: Därför gör vi det här' }).click();
      const titles: string[] = [];
      for (let n = 1; n <= 7; n++) {
        await expect.poll(async () => (await projected(projector)).page).toBe(`${n}/7`);
        await projector.waitForTimeout(150);
        const shown = await projected(projector);
        titles.push(shown.title);
        expect(shown.scrolls, `${shown.title} at ${width}×${height}`).toBe(false);
        expect(shown.bottom, `${shown.title} at ${width}×${height}`).toBeLessThanOrEqual(shown.height);
        expect(shown.cut, `${shown.title} at ${width}×${height}`).toBe(false);
        const smallest = await smallestText(projector);
        expect(smallest.size, `"${smallest.text}" at ${width}×${height}`).toBeGreaterThanOrEqual(smallest.min - 0.01);
        expect(await projector.content()).not.toContain('4711');
        if (n === 1 || n === 3) await projector.screenshot({ path: `test-results/info-slide-${n}-${width}x${height}.png` });
        if (n < 7) await projector.keyboard.press('PageDown');
      }
      expect(titles).toEqual([
        'Därför gör vi det här',
        'Varför arbetsdifferentiering?',
        'Så går det till',
        'Enkäten: vad vi frågar och vem som ser svaren',
        'Vad vi kan få ut av det',
        'Frågor?',
        'Fika efteråt',
      ]);
    }

    // The handout for the staff room: one page, the visible slides, the plan's date and the privacy rule.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Skapa lapp till personalrummet (PDF)' }).click(),
    ]);
    const path = await download.path();
    mkdirSync('test-results', { recursive: true });
    copyFileSync(path, 'test-results/info-handout.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(1);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Arbetsdifferentiering på Förskolan Solrosen');
    expect(text).toContain('Därför gör vi det här');
    expect(text).toContain('Vi vill använda kompetensen rätt.');
    expect(text).toContain('Fika efteråt');
    expect(text).toContain('Informationsmöte (1 sep 2026)');
    expect(text).toContain('färre än 3 svar');
    expect(text).not.toContain('Det här handlar analysen inte om');
    expect(text).not.toContain('4711');

    // English: the view and the projected slide are clean too.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.locator('label.segmented__option', { hasText: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Speaker notes' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await projector.reload();
    await page.getByRole('button', { name: 'Show on the projector: Why work differentiation?' }).click();
    await expect.poll(async () => (await projected(projector)).title, { timeout: 10_000 }).toBe('Why work differentiation?');
    expect(await axeViolations(projector)).toEqual([]);
  });
});

describe('the information meeting in presentation mode', () => {
  it('puts the contact on its slide, restores a default heading, and shows the slides in presentation mode (F5) with no notes, a long text smaller but never under 2.5 % of the height', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(session.url);
    await createAnalysis(page, 'Hemtjänsten Norr');
    // The step's card on the overview leads to the slides.
    await page.getByRole('link', { name: 'Förbered bilderna och lappen till personalrummet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Talarstöd' }).waitFor();
    // Who to contact goes onto the Frågor slide; a default slide's own heading can be undone with "Återställ standardtext".
    await page.getByLabel('Vem personalen kan kontakta').fill('Anna Ek, HR, 070-123 45 67');
    const questions = page.getByTestId('info-card').filter({ has: page.getByRole('heading', { name: 'Frågor?' }) });
    await expect.poll(() => questions.locator('.info-card__preview').innerText()).toContain('Anna Ek, HR, 070-123 45 67');
    await page.getByRole('button', { name: 'Redigera bilden Bakgrund' }).click();
    const background = page.getByTestId('info-card').first();
    await background.getByLabel('Rubrik', { exact: true }).fill('Vår bakgrund');
    await waitSaved(page);
    await background.getByRole('button', { name: 'Återställ standardtexten för rubriken på bilden Vår bakgrund' }).click();
    await expect.poll(() => background.getByLabel('Rubrik', { exact: true }).inputValue()).toBe('Bakgrund');
    await expect.poll(() => background.getByRole('button', { name: /^Återställ/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lägg till bild' }).click();
    const own = page.getByTestId('info-card').last();
    await own.getByLabel('Rubrik', { exact: true }).fill('Allt vi gör en vanlig vecka');
    const long = Array.from({ length: 45 }, (_, i) => `- Uppgift ${i + 1}: besök, dokumentation, inköp och samtal med anhöriga`).join('\n');
    await own.getByLabel('Text på bilden').fill(long);
    await own.getByLabel('Dina anteckningar (visas bara för dig)').fill(NOTE);
    await waitSaved(page);
    await page.getByRole('button', { name: 'Visa på projektorn: Allt vi gör en vanlig vecka' }).click();

    await page.getByRole('button', { name: 'Presentera' }).click();
    const slide = page.locator('.presented-board [data-testid="info-slide"]');
    await slide.waitFor();
    await expect.poll(async () => (await projected(page)).page).toBe('8/8');
    await expect.poll(async () => (await projected(page)).title).toBe('Allt vi gör en vanlig vecka');
    await page.waitForTimeout(200);
    const shown = await projected(page);
    expect(shown.scrolls).toBe(false);
    expect(shown.bottom).toBeLessThanOrEqual(shown.height);
    // Too long to fit even at the smallest size: cut at the slide's edge, and said so in the editor.
    expect(shown.cut).toBe(true);
    const smallest = await smallestText(page);
    expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(smallest.min - 0.01);
    await expect.poll(() => page.getByTestId('speaker-notes').count()).toBe(0);
    expect(await page.content()).not.toContain('4711');
    await page.screenshot({ path: 'test-results/info-presenting-long-1280x720.png' });

    // The room's keys turn the slides here too.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await projected(page)).page).toBe('7/8');
    await page.keyboard.press('PageUp');
    await expect.poll(async () => (await projected(page)).page).toBe('6/8');
    await page.keyboard.press('Escape');
    await page.getByTestId('speaker-notes').waitFor();
    await expect.poll(() => page.getByTestId('speaker-notes').innerText()).toContain('Bild 6 av 8');
    await page.getByRole('button', { name: 'Redigera bilden Allt vi gör en vanlig vecka' }).click();
    await page.getByText('Texten är lång för en bild.').waitFor();
  });
});
