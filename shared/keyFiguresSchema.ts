/**
 * The schema of the key figures a file carries at its top (see
 * keyFigures.ts): what a reader of files from other machines checks before
 * trusting them. Loaded with the readers of files, not with the first screen.
 */
import * as z from 'zod/mini';
import { count, decimal, id, text, timestamp } from './records/fields.ts';
import { KEY_FIGURES_VERSION, PEOPLE_KEYS, type PeopleKey } from './vocabulary.ts';

const hidden = z.nullable(count(1_000_000));

/**
 * The people in an analysis's new roles, as counts. A count is null when it is
 * hidden by the privacy threshold (under it, or revealing one under it by
 * subtraction).
 */
export const peopleFiguresSchema = z.object(Object.fromEntries(PEOPLE_KEYS.map((k) => [k, hidden])) as Record<PeopleKey, typeof hidden>);
export type PeopleFigures = z.output<typeof peopleFiguresSchema>;

const kronor = decimal(-1e12, 1e12);

/** One year of the economic estimate, summed over the people in the analysis's new roles (kronor). */
export const estimateYearSchema = z.object({
  /** What the municipality pays for the posts, after any wage subsidy. */
  cost: kronor,
  /** What it no longer pays: income support, daily activity, lowered posts. */
  savings: kronor,
  /** savings − cost: positive is a saving for the municipality. */
  net: kronor,
});
export type EstimateYear = z.output<typeof estimateYearSchema>;

export const keyFigureSummarySchema = z.object({
  version: z.literal(KEY_FIGURES_VERSION),
  analysisId: id,
  unitName: text(200),
  organisation: text(200),
  administration: text(200),
  /** The newest edit of anything in the analysis, and the sum of its items' revisions: which copy of an analysis is newer. */
  lastEdit: timestamp,
  revision: count(Number.MAX_SAFE_INTEGER),
  /** The privacy threshold applied to the people figures. */
  threshold: count(100),
  newRoles: count(100_000),
  /** Hours per week moved from the existing roles into new roles. */
  hoursMoved: decimal(0, 1e9),
  /** New roles per contract form ('none' = not chosen). */
  byContract: z.object({ AB: count(100_000), BEA: count(100_000), none: count(100_000) }),
  /** Hours per week freed per existing role, by name. */
  freed: z.array(z.object({ name: text(200), hours: decimal(0, 1e9) })).check(z.maxLength(1_000)),
  /** The people in the new roles; null when there are none recorded. */
  people: z.nullable(peopleFiguresSchema),
  /** Years 1–3 of the economic estimate summed; null when no person has one, or fewer people than the threshold. */
  estimate: z.nullable(z.object({ people: count(1_000_000), years: z.array(estimateYearSchema).check(z.length(3)) })),
});
export type KeyFigureSummary = z.output<typeof keyFigureSummarySchema>;
