/**
 * The SWOT survey's prompt per quadrant, as the facilitator edits them. A
 * quadrant not stored asks with the app's default text in the UI language;
 * a prompt edited back to the default text (or to nothing) is dropped again,
 * so the survey follows the language once more.
 */
import { updated, type Change } from '../changes.ts';
import type { Timestamp } from '../model.ts';
import { QUADRANTS, type Quadrant } from '../vocabulary.ts';
import type { SurveyState } from './model.ts';

export type SwotPrompts = SurveyState['swotPrompts'];

/** The longest prompt stored (the schema's limit). */
export const SWOT_PROMPT_MAX = 1_000;

/** Each quadrant's prompt: the stored one, else the default. */
export function swotPromptsOf(stored: SwotPrompts, defaults: Record<Quadrant, string>): Record<Quadrant, string> {
  const out = { ...defaults };
  for (const p of stored) out[p.quadrant] = p.text;
  return out;
}

/**
 * Sets one quadrant's prompt on an existing survey state. `defaultText` is the
 * quadrant's default in the UI language: a prompt equal to it, or blank, is not stored.
 */
export function setSwotPrompt(state: SurveyState, quadrant: Quadrant, text: string, defaultText: string, now: Timestamp): Change[] {
  const tidy = text.trim().slice(0, SWOT_PROMPT_MAX);
  const keep = tidy !== '' && tidy !== defaultText.trim();
  const others = state.swotPrompts.filter((p) => p.quadrant !== quadrant);
  const next = keep ? [...others, { quadrant, text: tidy }] : others;
  next.sort((a, b) => QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant));
  const before = state.swotPrompts;
  const same = (a: SwotPrompts) => JSON.stringify(a.map((p) => [p.quadrant, p.text]));
  if (same(next) === same(before)) return [];
  return [updated('surveys', state, { ...state, swotPrompts: next, updatedAt: now })];
}
