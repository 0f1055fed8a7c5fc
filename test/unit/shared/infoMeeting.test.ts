import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/i18n/i18n.ts';
import { infoTexts } from '../../../renderer/info/infoTexts.ts';
import {
  addSlide,
  defaultSlides,
  editSlide,
  MAX_SLIDES,
  moveSlide,
  removeSlide,
  resolveSlides,
  setContact,
  setSlideHidden,
  visibleSlides,
  type InfoMeeting,
} from '../../../shared/infoMeeting.ts';
import { INFO_SLIDE_KEYS, STEP_KEYS } from '../../../shared/vocabulary.ts';

const sv = createTranslator('sv');
const texts = infoTexts(sv, { unitName: 'Förskolan Solrosen', facilitator: 'Eva Processledare', threshold: 4 });
const steps = STEP_KEYS.map((key) => ({ key, date: key === 'info' ? '2026-09-01' : key === 'workshop1' ? '2026-10-15' : null }));
const context = { steps, contact: '' };
const NOW = '2026-12-06T10:00:00.000Z';
const ID = 'analysis-1';

/** The meeting an edit's changes store. */
function after(changes: ReturnType<typeof editSlide>): InfoMeeting {
  const change = changes[0];
  if (!change?.after) throw new Error('no change');
  return change.after;
}

describe('the information meeting’s default slides', () => {
  it('are the seven slides in the method’s order, each with a title, a text and notes, when nothing is stored', () => {
    const slides = resolveSlides(null, context, texts);
    expect(slides.map((s) => s.key)).toEqual([...INFO_SLIDE_KEYS]);
    expect(slides.map((s) => s.title)).toEqual([
      'Bakgrund',
      'Varför arbetsdifferentiering?',
      'Så går det till',
      'Enkäten: vad vi frågar och vem som ser svaren',
      'Det här handlar analysen inte om',
      'Vad vi kan få ut av det',
      'Frågor?',
    ]);
    for (const slide of slides) {
      expect(slide.body.trim(), slide.key).not.toBe('');
      expect(slide.notes.trim(), slide.key).not.toBe('');
      expect(slide.own).toEqual({ title: false, body: false, notes: false });
    }
    expect(slides[0]?.body).toContain('Förskolan Solrosen');
  });

  it('plan every step with this analysis’s own dates, in order, and say when a date is not set', () => {
    const plan = resolveSlides(null, context, texts).find((s) => s.key === 'plan');
    const lines = plan?.body.split('\n').filter((l) => /^\d\. /.test(l)) ?? [];
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('1. **Informationsmöte** (1 sep 2026): bakgrund, varför och plan.');
    expect(lines[2]).toContain('**Workshop 1** (15 okt 2026)');
    expect(lines[1]).toContain('(datum bestäms senare)');
    expect(lines[5]).toContain('**Slutrapport och uppföljning**');
  });

  it('follow the analysis until the facilitator writes their own: a new date, the privacy threshold, the contact', () => {
    const moved = steps.map((s) => (s.key === 'info' ? { ...s, date: '2026-09-08' } : s));
    const slides = resolveSlides(null, { steps: moved, contact: 'Anna Ek, HR, 070-123 45 67' }, texts);
    expect(slides.find((s) => s.key === 'plan')?.body).toContain('(8 sep 2026)');
    expect(slides.find((s) => s.key === 'survey')?.body).toContain('färre än 4 svar');
    expect(slides.find((s) => s.key === 'contact')?.body).toContain('Anna Ek, HR, 070-123 45 67');
    // With no contact written, the facilitator is named.
    expect(resolveSlides(null, context, texts).find((s) => s.key === 'contact')?.body).toContain('Eva Processledare');
  });

  it('are in English too, with the dates written the English way', async () => {
    const { loadDictionary } = await import('../../../renderer/i18n/i18n.ts');
    await loadDictionary('en');
    const en = infoTexts(createTranslator('en'), { unitName: 'Sunflower preschool', facilitator: 'Eva', threshold: 3 });
    const slides = resolveSlides(null, context, en);
    expect(slides[1]?.title).toBe('Why work differentiation?');
    expect(slides.find((s) => s.key === 'plan')?.body).toMatch(/\*\*Information meeting\*\* \(1 Sept? 2026\)/);
    expect(slides.find((s) => s.key === 'notAbout')?.body).toContain('not** about cutting staff');
  });
});

describe('editing the slides', () => {
  it('stores the whole list on the first edit, and keeps the other slides on their default text', () => {
    const changes = editSlide(null, ID, 'why', { title: 'Därför gör vi det' }, NOW);
    expect(changes[0]?.before).toBeNull();
    const meeting = after(changes);
    expect(meeting).toMatchObject({ id: ID, analysisId: ID, rev: 1, contact: '' });
    const slides = resolveSlides(meeting, context, texts);
    expect(slides[1]).toMatchObject({ title: 'Därför gör vi det', own: { title: true, body: false, notes: false } });
    expect(slides[1]?.body).toContain('grunduppdrag');
    expect(slides[0]?.title).toBe('Bakgrund');
  });

  it('gives a slide its default text back, and takes an empty heading of a default slide as the default', () => {
    const edited = after(editSlide(null, ID, 'plan', { body: 'Egen plan', notes: 'Säg datum' }, NOW));
    const reset = after(editSlide(edited, ID, 'plan', { body: null }, NOW));
    expect(reset.rev).toBe(2);
    const plan = resolveSlides(reset, context, texts)[2];
    expect(plan?.body).toContain('(1 sep 2026)');
    expect(plan?.notes).toBe('Säg datum');
    expect(editSlide(null, ID, 'why', { title: '  ' }, NOW)).toEqual([]);
    const titled = after(editSlide(null, ID, 'why', { title: 'Egen' }, NOW));
    expect(after(editSlide(titled, ID, 'why', { title: ' ' }, NOW)).slides[1]?.title).toBeNull();
  });

  it('changes nothing when the text is the same, or the slide is not there', () => {
    const meeting = after(editSlide(null, ID, 'why', { notes: 'A' }, NOW));
    expect(editSlide(meeting, ID, 'why', { notes: 'A' }, NOW)).toEqual([]);
    expect(editSlide(meeting, ID, 'nope', { notes: 'B' }, NOW)).toEqual([]);
  });

  it('leaves hidden slides out of what the room sees, and shows them again', () => {
    const hidden = after(setSlideHidden(null, ID, 'notAbout', true, NOW));
    const visible = visibleSlides(resolveSlides(hidden, context, texts));
    expect(visible).toHaveLength(6);
    expect(visible.map((s) => s.key)).not.toContain('notAbout');
    expect(setSlideHidden(hidden, ID, 'notAbout', true, NOW)).toEqual([]);
    const shown = after(setSlideHidden(hidden, ID, 'notAbout', false, NOW));
    expect(visibleSlides(resolveSlides(shown, context, texts))).toHaveLength(7);
  });

  it('adds the facilitator’s own slides at the end, with no default text, and deletes only those', () => {
    const added = after(addSlide(null, ID, 'own-1', '  Fika efteråt ', NOW));
    const own = resolveSlides(added, context, texts).at(-1);
    expect(own).toMatchObject({ id: 'own-1', key: 'custom', title: 'Fika efteråt', body: '', notes: '', hidden: false });
    const emptied = after(editSlide(added, ID, 'own-1', { title: '' }, NOW));
    expect(resolveSlides(emptied, context, texts).at(-1)).toMatchObject({ title: 'Bild utan rubrik', untitled: true });
    expect(removeSlide(added, ID, 'why', NOW)).toEqual([]);
    const removed = after(removeSlide(added, ID, 'own-1', NOW));
    expect(removed.slides.map((s) => s.id)).toEqual(defaultSlides().map((s) => s.id));
  });

  it('adds no more than the record holds', () => {
    let meeting: InfoMeeting | null = null;
    for (let i = 0; meeting === null || meeting.slides.length < MAX_SLIDES; i++) meeting = after(addSlide(meeting, ID, `own-${i}`, `Bild ${i}`, NOW));
    expect(addSlide(meeting, ID, 'one-more', 'För många', NOW)).toEqual([]);
  });

  it('moves a slide one place at a time, and not past either end', () => {
    const down = after(moveSlide(null, ID, 'background', 1, NOW));
    expect(down.slides.slice(0, 2).map((s) => s.id)).toEqual(['why', 'background']);
    expect(moveSlide(null, ID, 'background', -1, NOW)).toEqual([]);
    expect(moveSlide(null, ID, 'contact', 1, NOW)).toEqual([]);
    const up = after(moveSlide(down, ID, 'background', -1, NOW));
    expect(up.slides.map((s) => s.id)).toEqual([...INFO_SLIDE_KEYS]);
  });

  it('keeps who to contact, cut to what the record holds', () => {
    const meeting = after(setContact(null, ID, 'Anna Ek', NOW));
    expect(meeting.contact).toBe('Anna Ek');
    expect(setContact(meeting, ID, 'Anna Ek', NOW)).toEqual([]);
    expect(after(setContact(meeting, ID, 'x'.repeat(2_000), NOW)).contact).toHaveLength(1_000);
  });
});
