import { describe, expect, it } from 'vitest';
import { e2eSession, waitSaved } from './app.ts';
import { boardWith, smallestText } from './board-helpers.ts';
import { axeViolations } from './browser.ts';

const session = e2eSession();

const ROLES = ['Förskollärare', 'Barnskötare', 'Kock', 'Vaktmästare'];
const TASKS = ['Diska', 'Planera', 'Tvätta', 'Städa', 'Beställa', 'Dokumentera', 'Laga mat', 'Reparera'].map((title, i) => ({ title, hours: String(i + 1) }));

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)] ?? NaN;

describe('the projector window', () => {
  it('follows the facilitator live (view, lane, edits), blanks and freezes, and is large enough for the room', async () => {
    const running = await session.launch();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await boardWith(page, session.url, ROLES, TASKS);
    const controls = page.getByTestId('projector-controls');
    // With no projector open, the controls do not claim the room sees anything.
    await expect.poll(() => controls.getByRole('status').innerText()).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    const [projector] = await Promise.all([running.context.waitForEvent('page'), controls.getByRole('button', { name: 'Öppna projektorfönster' }).click()]);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => controls.getByRole('status').innerText()).toBe('Projektorn visar: AKR-tavlan');
    await projector.locator('.presenter[data-view="board"] [data-room-card]').first().waitFor();
    await expect.poll(() => projector.locator('header.topbar').count()).toBe(0);
    await expect.poll(() => projector.locator('html[data-presenting]').count()).toBe(1);

    // The room sees one role at a time: Barnskötare, chosen in the projector bar.
    await controls.getByLabel('Yrkesroll på projektorn').selectOption({ label: 'Barnskötare' });
    await expect.poll(() => projector.locator('.room-board__role').innerText()).toBe('Barnskötare');

    // 50 edits in the facilitator's window, timed until the projector shows each.
    const card = () => page.getByRole('group', { name: 'Barnskötare', exact: true }).locator('[data-card]', { hasText: 'Diska' });
    await projector.evaluate(() => {
      const w = window as unknown as { __seen: { colour: string; at: number }[] };
      w.__seen = [];
      new MutationObserver(() => {
        const el = [...document.querySelectorAll<HTMLElement>('.room-column [data-room-card]')].find((c) => c.textContent.includes('Diska'));
        const colour = el?.dataset.colour;
        const last = w.__seen.at(-1);
        if (colour && colour !== last?.colour) w.__seen.push({ colour, at: Date.now() });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-colour'] });
    });
    const delays: number[] = [];
    for (let i = 0; i < 50; i++) {
      const colour = i % 2 === 0 ? 'red' : 'yellow';
      await card().focus();
      const sent = await page.evaluate(() => Date.now());
      await page.keyboard.press(colour === 'red' ? '3' : '2');
      await expect
        .poll(
          () =>
            projector.evaluate(
              (c) => (window as unknown as { __seen: { colour: string; at: number }[] }).__seen.filter((s) => s.colour === c).at(-1)?.at ?? 0,
              colour,
            ),
          { timeout: 5_000 },
        )
        .toBeGreaterThanOrEqual(sent);
      const seen = await projector.evaluate(
        (c) => (window as unknown as { __seen: { colour: string; at: number }[] }).__seen.filter((s) => s.colour === c).at(-1)?.at ?? 0,
        colour,
      );
      delays.push(seen - sent);
    }
    await waitSaved(page);
    const median = quantile(delays, 0.5);
    const p95 = quantile(delays, 0.95);
    console.log(`projector delay over ${delays.length} edits: median ${median} ms, p95 ${p95} ms, max ${Math.max(...delays)} ms`);
    expect(median).toBeLessThan(100);

    // The role the facilitator filters the board to is the one projected; with every role shown, the first.
    await page.getByLabel('Visa yrkesroll').selectOption({ label: 'Kock' });
    await expect.poll(() => projector.locator('.room-board__role').innerText()).toBe('Kock');
    await page.getByLabel('Visa yrkesroll').selectOption({ label: 'Visa alla yrkesroller' });
    await expect.poll(() => projector.locator('.room-board__role').innerText()).toBe('Förskollärare');
    await controls.getByLabel('Yrkesroll på projektorn').selectOption({ label: 'Barnskötare' });
    await expect.poll(() => projector.locator('.room-board__role').innerText()).toBe('Barnskötare');

    // Large enough for the back of the room, at both sizes.
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await projector.setViewportSize({ width, height });
      await projector.waitForTimeout(300);
      const smallest = await smallestText(projector);
      expect(smallest.size, `"${smallest.text}" at ${width}×${height}`).toBeGreaterThanOrEqual(smallest.min - 0.01);
      await projector.screenshot({ path: `test-results/projector-${width}x${height}.png` });
    }

    // Blank (B) and freeze (F), from the controls.
    await controls.getByRole('button', { name: /Svart skärm/ }).focus();
    await page.keyboard.press('b');
    await projector.locator('.presenter--blank').waitFor();
    await expect.poll(() => controls.getByRole('status').innerText()).toBe('Projektorn visar: svart skärm');
    await expect.poll(() => projector.locator('.presenter__stage').isVisible()).toBe(false);
    await page.keyboard.press('b');
    await projector.locator('.presenter--blank').waitFor({ state: 'detached' });
    await page.keyboard.press('f');
    await projector.locator('.presenter--frozen').waitFor();
    const frozenColour = await projector.locator('.presenter__still .room-column [data-room-card]', { hasText: 'Diska' }).first().getAttribute('data-colour');
    await card().focus();
    await page.keyboard.press('4');
    await waitSaved(page);
    await projector.waitForTimeout(300);
    // The room still sees the frozen picture; the live view underneath has moved on.
    await expect
      .poll(() => projector.locator('.presenter__still .room-column [data-room-card]', { hasText: 'Diska' }).first().getAttribute('data-colour'))
      .toBe(frozenColour);
    await controls.getByRole('button', { name: /Frys bilden/ }).click();
    await projector.locator('.presenter--frozen').waitFor({ state: 'detached' });
    await expect.poll(() => projector.locator('.presenter__still').innerHTML()).toBe('');

    // Another view: the projector follows; from a view it cannot show, it keeps the last one.
    await page.getByRole('link', { name: 'SWOT', exact: true }).click();
    await projector.locator('.presenter[data-view="swot"]').waitFor();
    await page.getByRole('link', { name: 'Översikt', exact: true }).click();
    await page.getByTestId('projector-controls').waitFor();
    await expect.poll(() => page.getByTestId('projector-status').innerText()).toBe('Projektorn visar: SWOT');
    await projector.waitForTimeout(200);
    await expect.poll(() => projector.locator('.presenter[data-view="swot"]').count()).toBe(1);

    // The facilitator's window closes: the projector waits for the next one.
    await page.close();
    await projector.getByText('Väntar på processledarens fönster').waitFor();
    expect(await axeViolations(projector)).toEqual([]);
  });

  it('runs the agenda: starting an item sets the countdown both windows show, with the item named on the projection, and it reaches zero on both', async () => {
    const running = await session.launch();
    // One fake clock for every page of the browser, the projector window included.
    await running.context.clock.install();
    const page = await running.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await boardWith(page, session.url, ['Kock'], [{ title: 'Diska', hours: '4' }]);
    const [projector] = await Promise.all([running.context.waitForEvent('page'), page.getByRole('button', { name: 'Öppna projektorfönster' }).click()]);
    await projector.locator('.presenter [data-room-card]').first().waitFor();

    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('button', { name: 'Använd agendamallen' }).click();
    await waitSaved(page);
    await expect.poll(() => page.locator('.agenda').innerText()).toContain('Totalt 60 min');
    await page.getByRole('button', { name: 'Starta Inledning (5 min)' }).click();
    await waitSaved(page);
    await expect.poll(() => projector.getByTestId('presenter-label').innerText()).toBe('Inledning');
    // The speaker notes are the facilitator's only.
    const notes = await page.getByTestId('agenda-notes').innerText();
    expect(notes).toContain('Hälsa välkommen.');
    await expect.poll(() => projector.locator('body').innerText()).not.toContain('Hälsa välkommen.');
    await expect.poll(() => page.getByTestId('timer-time').first().innerText()).toMatch(/^0[45]:\d\d$/);
    await expect.poll(() => projector.locator('.presenter__timer').getByTestId('timer-time').innerText()).toMatch(/^0[45]:\d\d$/);

    await running.context.clock.runFor(5 * 60_000 + 2_000);
    await expect.poll(() => page.getByTestId('timer-time').first().innerText()).toBe('00:00');
    await expect.poll(() => projector.locator('.presenter__timer').getByTestId('timer-time').innerText()).toBe('00:00');
    await expect.poll(() => projector.locator('.presenter__timer .timer--done').count()).toBe(1);

    await page.getByRole('button', { name: 'Nästa punkt' }).click();
    await waitSaved(page);
    await expect.poll(() => projector.getByTestId('presenter-label').innerText()).toBe('Enkätens resultat');
    await expect.poll(() => projector.locator('.presenter__timer').getByTestId('timer-time').innerText()).toMatch(/^(10:00|09:5\d)$/);
    expect(await axeViolations(page)).toEqual([]);
    // The agenda's drawer closes with Esc and uncovers the projector controls.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Agenda' }).waitFor({ state: 'detached' });

    // A small preview of what the room sees, in the facilitator's window.
    await page.getByRole('button', { name: 'Förhandsvisning' }).click();
    await page.getByTestId('projector-preview').locator('[data-room-card]').first().waitFor();
    await expect.poll(() => page.getByTestId('projector-preview').locator('.presenter__label').innerText()).toBe('Enkätens resultat');
    await page.screenshot({ path: 'test-results/facilitator-with-agenda.png' });
    expect(await axeViolations(page)).toEqual([]);

    // The blank key can be changed in Settings.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    const blankKey = page.getByLabel('Svart skärm', { exact: true });
    await blankKey.fill('x');
    await blankKey.press('Tab');
    await waitSaved(page);
    await page.goBack();
    const controls = page.getByTestId('projector-controls');
    await controls.getByRole('button', { name: /Svart skärm/ }).focus();
    await expect.poll(() => controls.getByRole('button', { name: /Svart skärm/ }).innerText()).toContain('X');
    await page.keyboard.press('b');
    await projector.waitForTimeout(200);
    await expect.poll(() => projector.locator('.presenter--blank').count()).toBe(0);
    await page.keyboard.press('x');
    await projector.locator('.presenter--blank').waitFor();

    // The projector window closes: the controls stop saying what it shows.
    await projector.close();
    await expect.poll(() => page.getByTestId('projector-status').innerText()).toBe('');
  });
});
