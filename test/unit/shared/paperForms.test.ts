import { describe, expect, it } from 'vitest';
import type { FontMetrics } from '../../../shared/pdf/document.ts';
import { A4_PORTRAIT } from '../../../shared/pdf/document.ts';
import { layout, type Primitive } from '../../../shared/pdf/layout.ts';
import { buildPaperForms, buildSwotForm, formCount, type PaperFormStrings } from '../../../shared/pdf/paperForms.ts';
import type { SurveyQuestions } from '../../../shared/survey/answers.ts';

const metrics: FontMetrics = {
  width: (text, font, size) => Array.from(text).length * size * (font === 'bold' ? 0.55 : 0.5),
  ascent: 0.8,
  descent: 0.2,
};
const fit = { setup: A4_PORTRAIT, metrics };

const s: PaperFormStrings = {
  documentTitle: 'Enkät',
  formTitle: (role) => `Tid per arbetsuppgift – ${role}`,
  formNumber: (n, of) => (of === null ? `Blankett ${n}` : `Blankett ${n} av ${of}`),
  unitLine: 'Förskolan Solrosen',
  instruction: 'Skriv timmar per vecka.',
  privacy: 'Svaren är anonyma.',
  taskHeader: 'Arbetsuppgift',
  boxHeader: 'Timmar per vecka',
  boxUnit: 'h',
  contractTitle: 'Avtalad arbetstid',
  contractLabel: 'Timmar per vecka enligt avtal',
  contractHeader: 'Timmar',
  hoursUnit: 'h',
  missionTitle: 'Ditt grunduppdrag',
  missionHelp: 'Med egna ord.',
  commentTitle: 'Kommentar',
  commentHelp: 'Om du vill.',
  pageLabel: (role, form, page, pages) => `${role} · ${form} · sida ${page} av ${pages}`,
};
const q: SurveyQuestions = { unit: 'hours', contract: true, mission: true, comments: true };
type Text = Extract<Primitive, { kind: 'text' }>;
const textsOf = (items: Primitive[]) => items.filter((p): p is Text => p.kind === 'text').map((t) => t.text);

describe('the paper survey forms', () => {
  const tasks = Array.from({ length: 60 }, (_, i) => `Uppgift nummer ${i + 1}`);
  const roles = [
    { role: 'Barnskötare', tasks, headcount: 3 },
    { role: 'Kock', tasks: ['Laga lunch'], headcount: 0 },
  ];
  const laid = layout(buildPaperForms(roles, q, s, fit), A4_PORTRAIT, metrics);

  it('prints one form per person of a role (one when the headcount is not set), each starting on a new page', () => {
    expect(formCount({ headcount: 3 })).toBe(3);
    expect(formCount({ headcount: 0 })).toBe(1);
    const starts = laid.pages.map((p) => textsOf(p.items).find((t) => t.startsWith('Blankett')) ?? null);
    expect(starts.filter((t) => t !== null)).toEqual(['Blankett 1 av 3', 'Blankett 2 av 3', 'Blankett 3 av 3', 'Blankett 1']);
  });

  it('has every task of the role on each form, with a box each', () => {
    const formPages = laid.pages.length - 1;
    const perForm = formPages / 3;
    expect(Number.isInteger(perForm)).toBe(true);
    for (let f = 0; f < 3; f++) {
      const pages = laid.pages.slice(f * perForm, (f + 1) * perForm);
      const texts = pages.flatMap((p) => textsOf(p.items));
      for (const task of tasks) expect(texts).toContain(task);
      // 60 task boxes and the contracted hours' box.
      expect(pages.flatMap((p) => p.items).filter((p) => p.kind === 'rect' && p.stroke !== null && p.fill === null)).toHaveLength(61);
    }
  });

  it('names the role, form and page in every page footer', () => {
    const footers = laid.pages.map((p) => textsOf(p.items).find((t) => t.includes(' · sida ')));
    const perForm = (laid.pages.length - 1) / 3;
    expect(perForm).toBeGreaterThan(1);
    expect(footers[0]).toBe(`Barnskötare · Blankett 1 av 3 · sida 1 av ${perForm}`);
    expect(footers[perForm]).toBe(`Barnskötare · Blankett 2 av 3 · sida 1 av ${perForm}`);
    expect(footers[perForm * 3 - 1]).toBe(`Barnskötare · Blankett 3 av 3 · sida ${perForm} av ${perForm}`);
    expect(footers[laid.pages.length - 1]).toBe('Kock · Blankett 1 · sida 1 av 1');
    expect(footers.every((f) => f !== undefined)).toBe(true);
  });

  it('leaves out the contracted hours, mission and comment when they are not asked', () => {
    const texts = layout(
      buildPaperForms(roles.slice(1), { unit: 'percent', contract: false, mission: false, comments: false }, s, fit),
      A4_PORTRAIT,
      metrics,
    ).pages.flatMap((p) => textsOf(p.items));
    expect(texts).toContain('Laga lunch');
    expect(texts).not.toContain('Avtalad arbetstid');
    expect(texts).not.toContain('Ditt grunduppdrag');
    expect(texts).not.toContain('Kommentar');
  });

  it('makes the SWOT form one page with four framed quadrants and their prompts', () => {
    const cells = ['Styrkor', 'Svagheter', 'Möjligheter', 'Hot'].map((title) => ({ title, prompt: `Vad är ${title.toLowerCase()}?` }));
    const out = layout(
      buildSwotForm({ documentTitle: 'SWOT', title: 'SWOT-enkät', unitLine: 'Enhet', instruction: 'Skriv.', privacy: 'Anonymt.', cells }),
      A4_PORTRAIT,
      metrics,
    );
    expect(out.pages).toHaveLength(1);
    const items = out.pages[0]?.items ?? [];
    const texts = textsOf(items);
    for (const c of cells) expect(texts).toEqual(expect.arrayContaining([c.title, c.prompt]));
    expect(items.filter((p) => p.kind === 'rect')).toHaveLength(4);
  });
});
