/**
 * The information meeting (step 1): its slides, their default texts and the
 * facilitator's edits. Pure: the default texts arrive through `InfoTexts`, in
 * the reader's language, and every edit returns the changes to commit.
 *
 * An analysis without a stored record shows the default slides in their
 * default order; the first edit stores the whole list. A default slide shows
 * its default text while its `title`/`body`/`notes` are null, so the plan's
 * dates and the privacy threshold follow the analysis until the facilitator
 * writes their own.
 */
import type { Change } from './changes.ts';
import type { CalendarDate, Step, Timestamp } from './model.ts';
import type { RecordOf } from './records/registry.ts';
import { revise } from './items.ts';
import { INFO_SLIDE_KEYS, STEP_KEYS, type InfoSlideKey, type StepKey } from './vocabulary.ts';

/** One analysis's information meeting (id = the analysis id). */
export type InfoMeeting = RecordOf<'infoMeetings'>;
export type InfoSlide = InfoMeeting['slides'][number];
/** The parts of a slide the facilitator edits. */
export type SlidePart = 'title' | 'body' | 'notes';

/** Most slides a meeting may have (the record's schema). */
export const MAX_SLIDES = 60;
export const MAX_TITLE = 200;
export const MAX_BODY = 5_000;
export const MAX_NOTES = 10_000;

/** The default slides, in order; their ids are their keys, so the list is the same every time it is made. */
export function defaultSlides(): InfoSlide[] {
  return INFO_SLIDE_KEYS.map((key) => ({ id: key, key, hidden: false, title: null, body: null, notes: null }));
}

/** The slides as stored, or the default ones. */
export function slidesOf(meeting: InfoMeeting | null | undefined): InfoSlide[] {
  return meeting ? meeting.slides : defaultSlides();
}

/** What a default text is made from: the analysis's own facts. */
export interface InfoContext {
  steps: readonly Pick<Step, 'key' | 'date'>[];
  contact: string;
}

/** The default texts in the reader's language, with the analysis's facts (unit, threshold …) filled in. */
export interface InfoTexts {
  /** A default slide's title, body (Markdown subset) or speaker notes. The plan's and the contact's body are made below. */
  text(key: InfoSlideKey, part: SlidePart): string;
  /** One line of the plan: what happens in the step, and its date (null: not set yet). Markdown inline. */
  planStep(step: StepKey, date: CalendarDate | null): string;
  /** The contact slide's body from the meeting's contact field (may be empty). */
  contact(contact: string): string;
  /** What a slide of the facilitator's own without a title is called. */
  untitled: string;
}

/** A slide with the text it shows: its own, or the default. */
export interface ResolvedSlide {
  id: string;
  key: InfoSlide['key'];
  hidden: boolean;
  title: string;
  /** A slide of the facilitator's own with no title yet: `title` is then `InfoTexts.untitled`. */
  untitled: boolean;
  /** Markdown subset (shared/markdown.ts). */
  body: string;
  notes: string;
  /** Which parts the facilitator has written (a default slide's other parts show the default). */
  own: Record<SlidePart, boolean>;
}

/** The plan's default body: the intro, then the six steps with this analysis's dates, in order. */
export function planBody(steps: InfoContext['steps'], texts: InfoTexts): string {
  const dates = new Map(steps.map((s) => [s.key, s.date]));
  const lines = STEP_KEYS.map((key, i) => `${i + 1}. ${texts.planStep(key, dates.get(key) ?? null)}`);
  const intro = texts.text('plan', 'body').trim();
  return [intro, lines.join('\n')].filter((part) => part !== '').join('\n\n');
}

function defaultText(key: InfoSlideKey, part: SlidePart, context: InfoContext, texts: InfoTexts): string {
  if (part === 'body' && key === 'plan') return planBody(context.steps, texts);
  if (part === 'body' && key === 'contact') return texts.contact(context.contact);
  return texts.text(key, part);
}

/** Every slide with the text it shows, in order (hidden ones too, marked). */
export function resolveSlides(meeting: InfoMeeting | null | undefined, context: InfoContext, texts: InfoTexts): ResolvedSlide[] {
  return slidesOf(meeting).map((slide) => {
    const part = (p: SlidePart): string => {
      const own = slide[p];
      if (own !== null) return own;
      return slide.key === 'custom' ? '' : defaultText(slide.key, p, context, texts);
    };
    const title = part('title');
    const untitled = title.trim() === '';
    return {
      id: slide.id,
      key: slide.key,
      hidden: slide.hidden,
      title: untitled ? texts.untitled : title,
      untitled,
      body: part('body'),
      notes: part('notes'),
      own: { title: slide.title !== null, body: slide.body !== null, notes: slide.notes !== null },
    };
  });
}

/** The slides the room sees, in order: the hidden ones left out. */
export function visibleSlides(slides: readonly ResolvedSlide[]): ResolvedSlide[] {
  return slides.filter((s) => !s.hidden);
}

// ---- Edits: each returns the changes that store the meeting as edited, or [] when nothing changes ----

/** The change that stores these slides and contact over `before` (null = nothing stored yet). */
function store(before: InfoMeeting | null, analysisId: string, next: { slides: InfoSlide[]; contact: string }, now: Timestamp): Change<InfoMeeting>[] {
  if (!before) {
    const after: InfoMeeting = { id: analysisId, analysisId, rev: 1, updatedAt: now, ...next };
    return [{ table: 'infoMeetings', before: null, after }];
  }
  return [{ table: 'infoMeetings', before, after: revise(before, next, now) }];
}

function withSlides(before: InfoMeeting | null, analysisId: string, slides: InfoSlide[], now: Timestamp): Change<InfoMeeting>[] {
  return store(before, analysisId, { slides, contact: before?.contact ?? '' }, now);
}

/**
 * Sets a slide's title, body or notes; null gives a default slide its default
 * text back ("Återställ standardtext"). A default slide's title left empty is
 * its default title again; texts longer than the record allows are cut.
 */
export function editSlide(
  before: InfoMeeting | null,
  analysisId: string,
  slideId: string,
  patch: Partial<Record<SlidePart, string | null>>,
  now: Timestamp,
): Change<InfoMeeting>[] {
  const slides = slidesOf(before);
  const at = slides.findIndex((s) => s.id === slideId);
  const slide = slides[at];
  if (!slide) return [];
  const max: Record<SlidePart, number> = { title: MAX_TITLE, body: MAX_BODY, notes: MAX_NOTES };
  const next = { ...slide };
  for (const part of ['title', 'body', 'notes'] as const) {
    const value = patch[part];
    if (value === undefined) continue;
    let text = value === null ? null : value.slice(0, max[part]);
    if (part === 'title' && text !== null) text = text.trim();
    if (slide.key === 'custom' && text === null) text = '';
    if (slide.key !== 'custom' && part === 'title' && text === '') text = null;
    next[part] = text;
  }
  if (next.title === slide.title && next.body === slide.body && next.notes === slide.notes) return [];
  return withSlides(before, analysisId, slides.with(at, next), now);
}

/** Hides a slide from the room and the handout, or shows it again. */
export function setSlideHidden(before: InfoMeeting | null, analysisId: string, slideId: string, hidden: boolean, now: Timestamp): Change<InfoMeeting>[] {
  const slides = slidesOf(before);
  const at = slides.findIndex((s) => s.id === slideId);
  const slide = slides[at];
  if (!slide || slide.hidden === hidden) return [];
  return withSlides(before, analysisId, slides.with(at, { ...slide, hidden }), now);
}

/** Moves a slide one place earlier (−1) or later (+1); nothing at the ends. */
export function moveSlide(before: InfoMeeting | null, analysisId: string, slideId: string, step: -1 | 1, now: Timestamp): Change<InfoMeeting>[] {
  const slides = slidesOf(before);
  const at = slides.findIndex((s) => s.id === slideId);
  const to = at + step;
  const slide = slides[at];
  const other = slides[to];
  if (at < 0 || !slide || !other) return [];
  return withSlides(before, analysisId, slides.with(at, other).with(to, slide), now);
}

/** Adds a slide of the facilitator's own at the end (at most MAX_SLIDES in all). */
export function addSlide(before: InfoMeeting | null, analysisId: string, id: string, title: string, now: Timestamp): Change<InfoMeeting>[] {
  const slides = slidesOf(before);
  if (slides.length >= MAX_SLIDES || slides.some((s) => s.id === id)) return [];
  const slide: InfoSlide = { id, key: 'custom', hidden: false, title: title.trim().slice(0, MAX_TITLE), body: '', notes: '' };
  return withSlides(before, analysisId, [...slides, slide], now);
}

/** Deletes a slide of the facilitator's own (a default slide can only be hidden). */
export function removeSlide(before: InfoMeeting | null, analysisId: string, slideId: string, now: Timestamp): Change<InfoMeeting>[] {
  const slides = slidesOf(before);
  if (!slides.some((s) => s.id === slideId && s.key === 'custom')) return [];
  return withSlides(
    before,
    analysisId,
    slides.filter((s) => s.id !== slideId),
    now,
  );
}

/** Who staff contact with questions (the contact slide's default text). */
export function setContact(before: InfoMeeting | null, analysisId: string, contact: string, now: Timestamp): Change<InfoMeeting>[] {
  const text = contact.slice(0, 1_000);
  if ((before?.contact ?? '') === text) return [];
  return store(before, analysisId, { slides: slidesOf(before), contact: text }, now);
}
