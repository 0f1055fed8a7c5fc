/**
 * The survey's core-mission answers (grunduppdrag) beside the facilitator's summary per role:
 * identical answers grouped and counted, and nothing at all for a role that the report may not
 * show on its own. The privacy rule is the report's own (`reportSurvey` and `shownGroups` in
 * shared/pdf/content.ts), so the view, the PDF and the .docx hide the same roles.
 */
import type { Role } from './model.ts';
import { reportSurvey, shownGroups } from './pdf/reportSurvey.ts';
import type { SurveyResults } from './survey/results.ts';
import { matchKey } from './text.ts';

/** One answer as written (its first spelling), and how many gave it. */
export interface MissionAnswer {
  text: string;
  count: number;
}

/** A role's core-mission answers as they may be shown. */
export interface RoleMissions {
  roleId: string;
  name: string;
  /**
   * `shown`: the answers (possibly none written); `hidden`: the role had fewer respondents than the
   * threshold (or was merged with other small roles), so none of its answers are shown;
   * `none`: nobody of the role answered the survey.
   */
  state: 'shown' | 'hidden' | 'none';
  respondents: number;
  answers: MissionAnswer[];
}

/**
 * Identical answers as one, counted: compared trimmed and in lower case (runs of spaces as one),
 * blanks left out; the most given first, then in the order first given.
 */
export function groupMissions(missions: readonly string[]): MissionAnswer[] {
  const byKey = new Map<string, MissionAnswer>();
  for (const raw of missions) {
    const text = raw.trim();
    if (text === '') continue;
    const key = matchKey(text);
    const found = byKey.get(key);
    if (found) found.count++;
    else byKey.set(key, { text, count: 1 });
  }
  // A stable sort keeps the order first given among equal counts.
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

/**
 * Each of the analysis's roles (in the order given) with the answers the report may show:
 * only a role that stands on its own in a group at or above `threshold` shows its answers.
 */
export function coreMissionsByRole(roles: readonly Role[], results: SurveyResults | null, threshold: number): RoleMissions[] {
  const shown = results ? shownGroups(reportSurvey(results, threshold)).groups : [];
  return roles.map((role) => {
    const key = matchKey(role.name);
    const alone = shown.find((g) => g.roles.length === 1 && matchKey(g.roles[0] ?? '') === key);
    const result = alone ? results?.roles.find((r) => r.name === alone.name && r.roles.length === 1) : undefined;
    if (result) return { roleId: role.id, name: role.name, state: 'shown', respondents: result.respondents, answers: groupMissions(result.missions) };
    const answered =
      results !== null && (results.hidden.some((n) => matchKey(n) === key) || results.roles.some((r) => r.roles.some((n) => matchKey(n) === key)));
    return { roleId: role.id, name: role.name, state: answered ? 'hidden' : 'none', respondents: 0, answers: [] };
  });
}
