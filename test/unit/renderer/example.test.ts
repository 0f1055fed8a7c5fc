import { describe, expect, it } from 'vitest';
import { firstValueFrom } from './db/live.ts';
import { testStore } from './testStore.ts';
import { exampleSurveyCsv } from '../../../renderer/example/exampleSurvey.ts';
import { createAnalysis } from '../../../shared/analysis.ts';
import { nextStep } from '../../../shared/nextStep.ts';
import { statusesShown } from '../../../shared/stepStatus.ts';
import { createNewRole } from '../../../shared/newRoles.ts';

const AT = '2026-11-23T10:00:00.000Z';
const texts = { csv: exampleSurveyCsv, unitName: 'Exempel: Förskolan Solrosen', organisation: 'Påhittad enhet att öva på', fileName: 'exempel-enkät.csv' };

describe('the example analysis in the app', () => {
  it('is made through the one write path, with its survey imported and its board filled, and the next step is workshop 1', async () => {
    const { repos, state } = testStore({ clock: () => AT });
    const id = await state().createExample(texts);
    const [summary] = await firstValueFrom(repos.analyses.liveSummaries());
    expect(summary?.analysis).toMatchObject({ id, unitName: texts.unitName, example: true });
    expect(summary?.roleCount).toBe(2);
    expect(summary?.facts).toMatchObject({ roles: 2, surveyImports: 1, unsorted: summary?.facts.cards });
    const steps = await firstValueFrom(repos.analyses.liveSteps(id));
    const work = await firstValueFrom(repos.analyses.liveWork(id));
    const shown = statusesShown(steps, work);
    expect(shown).toMatchObject({ info: 'done', survey: 'done', workshop1: 'notStarted' });
    expect(nextStep(work, shown)).toMatchObject({ key: 'sortBoard', view: 'board' });
    // Nothing of it is on the undo history: it is made, not edited.
    expect(state().histories[id]?.undo ?? []).toEqual([]);
  });

  it('is deleted like any analysis, into Nyligen borttagna', async () => {
    const { repos, state } = testStore({ clock: () => AT });
    const id = await state().createExample(texts);
    await state().deleteAnalysis(id);
    expect(await firstValueFrom(repos.analyses.liveSummaries())).toEqual([]);
    expect((await firstValueFrom(repos.analyses.liveDeleted())).map((a) => a.id)).toEqual([id]);
  });

  it('is left out of the key figures across analyses, while an ordinary analysis with new roles counts', async () => {
    let n = 0;
    const { repos, state } = testStore({ clock: () => AT, ids: () => `id-${++n}` });
    const exampleId = await state().createExample(texts);
    const ordinaryId = await state().createAnalysis({ unitName: 'Förskolan Lönnen', organisation: '', facilitator: '' });
    for (const analysisId of [exampleId, ordinaryId]) {
      await state().commit(createNewRole([], analysisId, { name: 'Serviceassistent' }, `nr-${analysisId}`, AT), { undoable: false });
    }
    const all = await firstValueFrom(repos.newRoles.liveAll());
    expect(all.map((a) => a.analysis.id)).toEqual([ordinaryId]);
  });

  it('reads an analysis stored before examples and work-following steps as ordinary, its set statuses the facilitator’s', async () => {
    const { db, repos } = testStore({ clock: () => AT });
    const { analysis, steps } = createAnalysis({ unitName: 'Gamla', organisation: '', facilitator: '' }, 'old', AT);
    const { example: _e, ...oldAnalysis } = analysis;
    await db.analyses.put(oldAnalysis);
    await db.steps.bulkPut(steps.map(({ manual: _m, ...s }) => (s.key === 'workshop1' ? { ...s, status: 'done' as const } : s)));
    const [summary] = await firstValueFrom(repos.analyses.liveSummaries());
    expect(summary?.analysis.example).toBeUndefined();
    const shown = statusesShown(summary?.steps ?? [], summary?.facts ?? (await firstValueFrom(repos.analyses.liveWork('old'))));
    // Workshop 1 was set done by hand; nothing of the work says so, and it stays done.
    expect(shown).toMatchObject({ workshop1: 'done', survey: 'notStarted' });
    expect((await firstValueFrom(repos.newRoles.liveAll())).length).toBe(0);
  });
});
