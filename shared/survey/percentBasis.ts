/**
 * How the stored answers of percent-of-week files were turned into hours:
 * on each person's own contracted hours where the file had them, else on the
 * role's full-time week. Derived from what is stored (each answer keeps its
 * contracted hours, each import its unit), so the results can say it too.
 */
import type { PercentBasis } from './build.ts';
import type { SurveyImport, SurveyResponse } from './model.ts';

export type { PercentBasis } from './build.ts';

/** The basis of the round's answers from percent files; null when no answer in it came from one. */
export function storedPercentBasis(
  responses: readonly Pick<SurveyResponse, 'round' | 'importId' | 'contractHours' | 'role'>[],
  imports: readonly (Pick<SurveyImport, 'id'> & { report: Pick<SurveyImport['report'], 'unit'> })[],
  round: string,
  fullTimeHours: (role: string) => number,
): PercentBasis | null {
  const percentFiles = new Set(imports.filter((i) => i.report.unit === 'percent').map((i) => i.id));
  let own = 0;
  let fullTime = 0;
  const weeks = new Set<number>();
  for (const r of responses) {
    if (r.round !== round || r.importId === null || !percentFiles.has(r.importId)) continue;
    if ((r.contractHours ?? 0) > 0) own++;
    else {
      fullTime++;
      weeks.add(fullTimeHours(r.role));
    }
  }
  return own + fullTime === 0 ? null : { own, fullTime, fullTimeHours: [...weeks].sort((a, b) => a - b) };
}
