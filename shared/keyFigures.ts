/**
 * The key figures an analysis file carries at its top, one summary per
 * analysis: what other machines (and HR's overview across units) read
 * without importing the file or reading its items. Derived from the
 * analysis when the file is written; never read back into an analysis.
 *
 * Per-person records (the people in the new roles, their economic
 * estimates) never reach a file unless the user ticks it, so what a file
 * says of them is only this summary, with the privacy threshold applied: a
 * count under the threshold is not given, and never so that it can be
 * worked out from the figures that are (see `peopleFigures`).
 *
 * The summaries are written before the analyses, so a reader finds them in
 * the first kilobytes of a file of any size. Their schema, for readers of
 * files, is in keyFiguresSchema.ts (zod stays out of the first screen).
 */
import type { Analysis, Placement, Role, Task } from './model.ts';
import { summariseNewRoles, type ExtraFlags, type NewRole, type NewRoleSummary, type RolePart } from './newRoles.ts';
import type { RecordOf } from './records/registry.ts';
import type { KeyFigureSummary } from './keyFiguresSchema.ts';
import { KEY_FIGURES_VERSION } from './vocabulary.ts';
import { peopleFigures } from './people.ts';
import { estimateEconomics, estimateKeyFigures } from './economics.ts';

export type { EstimateYear, KeyFigureSummary, PeopleFigures } from './keyFiguresSchema.ts';

/** What a summary is worked out from: an analysis's record in a file (shared/exchange/format.ts), or its parts. */
export interface SummaryInput {
  analysis: Analysis;
  roles: readonly Role[];
  tasks: readonly Task[];
  placements: readonly Placement[];
  newRoles: readonly NewRole[];
  roleParts: readonly RolePart[];
  extraFlags: readonly ExtraFlags[];
  hires: readonly RecordOf<'hires'>[];
  /** The staffing inputs (one per analysis, or none): the economic estimate values the freed hours with them. */
  staffing?: readonly RecordOf<'staffing'>[];
}

/** The parts of a summary other modules work out from an analysis's per-person records. */
export interface SummaryParts {
  people: KeyFigureSummary['people'];
  estimate: KeyFigureSummary['estimate'];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The newest edit and the sum of revisions over every item the analysis holds in its file. */
function revisionOf(record: SummaryInput): { lastEdit: string; revision: number } {
  let lastEdit = record.analysis.updatedAt;
  let revision = 0;
  // Every list the record holds (a file's record has one per kind), and the analysis itself.
  for (const [key, value] of Object.entries(record)) {
    const items = key === 'analysis' ? [value as { rev: number; updatedAt: string }] : (value as { rev: number; updatedAt: string }[]);
    for (const item of items) {
      revision += item.rev;
      if (item.updatedAt > lastEdit) lastEdit = item.updatedAt;
    }
  }
  return { lastEdit, revision };
}

/** The new roles' figures of one analysis, as the key figures across analyses count them. */
export function newRoleFigures(summaries: readonly NewRoleSummary[]): Pick<KeyFigureSummary, 'newRoles' | 'hoursMoved' | 'byContract' | 'freed'> {
  const byContract = { AB: 0, BEA: 0, none: 0 };
  const freed = new Map<string, number>();
  let hours = 0;
  for (const s of summaries) {
    hours += s.hours;
    byContract[s.role.contract ?? 'none']++;
    for (const r of s.relief) freed.set(r.name, (freed.get(r.name) ?? 0) + r.hours);
  }
  return {
    newRoles: summaries.length,
    hoursMoved: round2(hours),
    byContract,
    freed: [...freed].map(([name, h]) => ({ name, hours: round2(h) })).sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, 'sv')),
  };
}

/**
 * The summary of one analysis for its file. `parts` are the people and the
 * economic estimate, worked out from the per-person records the file may not
 * carry; absent, they are given as none. `today` ("YYYY-MM-DD", the day the
 * file is written) is the day the people are counted on (a move to AB counts
 * from the day its review was held); by default the day of the newest edit.
 */
export function keyFigureSummary(record: SummaryInput, threshold: number, parts: Partial<SummaryParts> = {}, today?: string): KeyFigureSummary {
  const a = record.analysis;
  const extras = record.extraFlags[0]?.taskIds ?? [];
  const summaries = summariseNewRoles({ roles: record.roles, tasks: record.tasks, placements: record.placements }, record.newRoles, record.roleParts, extras);
  return {
    version: KEY_FIGURES_VERSION,
    analysisId: a.id,
    unitName: a.unitName,
    organisation: a.organisation,
    administration: a.administration ?? '',
    ...revisionOf(record),
    threshold,
    ...newRoleFigures(summaries),
    people: parts.people ?? (record.hires.length === 0 ? null : peopleFigures(record.hires, threshold, today ?? revisionOf(record).lastEdit.slice(0, 10))),
    estimate: parts.estimate ?? estimateKeyFigures(estimateEconomics(summaries, record.hires, record.roles, record.staffing?.[0] ?? null), threshold),
  };
}
