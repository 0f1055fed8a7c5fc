import { describe, expect, it } from 'vitest';
import { coreMissionsByRole, groupMissions } from '../../../shared/coreMissions.ts';
import type { Role } from '../../../shared/model.ts';
import { surveyResults, type Answers } from '../../../shared/survey/results.ts';

const base = { rev: 1, updatedAt: '2026-11-02T09:00:00.000Z', analysisId: 'a1' };
const role = (id: string, name: string, order: string): Role => ({ ...base, id, name, headcount: 4, fullTimeHours: 40, order });
const roles = [role('r1', 'Förskollärare', 'a0'), role('r2', 'Barnskötare', 'a1'), role('r3', 'Kock', 'a2'), role('r4', 'Vaktmästare', 'a3')];

const answer = (r: string, mission: string): Answers => ({ role: r, mission, hours: [] });
const respondents = [
  answer('Förskollärare', 'Undervisa barnen'),
  answer('Förskollärare', '  undervisa   BARNEN '),
  answer('Förskollärare', 'Planera verksamheten'),
  answer('Förskollärare', ''),
  answer('Barnskötare', 'Omsorg'),
  answer('Barnskötare', 'Lek'),
  answer('Barnskötare', 'omsorg'),
  answer('Kock', 'Laga mat'),
  answer('Kock', 'Laga mat'),
];
const results = (small: 'merge' | 'hide', threshold = 3) =>
  surveyResults(respondents, ['Förskollärare', 'Barnskötare', 'Kock'], [], { threshold, small, otherName: 'Övriga', headcount: () => null });

describe('the core-mission answers', () => {
  it('groups identical answers, trimmed and in any case, counts them, drops blanks, and puts the most given first', () => {
    expect(groupMissions(['Lek', 'Omsorg', ' lek ', 'LEK', '', '   ', 'omsorg', 'Trygghet'])).toEqual([
      { text: 'Lek', count: 3 },
      { text: 'Omsorg', count: 2 },
      { text: 'Trygghet', count: 1 },
    ]);
  });

  it('shows each role at or above the threshold with its grouped answers and its respondents', () => {
    const byRole = coreMissionsByRole(roles, results('hide'), 3);
    expect(byRole.map((m) => [m.name, m.state, m.respondents])).toEqual([
      ['Förskollärare', 'shown', 4],
      ['Barnskötare', 'shown', 3],
      ['Kock', 'hidden', 0],
      ['Vaktmästare', 'none', 0],
    ]);
    expect(byRole[0]?.answers).toEqual([
      { text: 'Undervisa barnen', count: 2 },
      { text: 'Planera verksamheten', count: 1 },
    ]);
    expect(byRole[1]?.answers).toEqual([
      { text: 'Omsorg', count: 2 },
      { text: 'Lek', count: 1 },
    ]);
  });

  it('shows none of the answers of a role under the threshold, also when it was merged into a group that reaches it', () => {
    // Two cooks merged with nobody stay under 3 and are hidden; at threshold 2 with merging, a merged group stands for several roles.
    const hidden = coreMissionsByRole(roles, results('merge'), 3);
    expect(hidden[2]).toEqual({ roleId: 'r3', name: 'Kock', state: 'hidden', respondents: 0, answers: [] });
    const merged = surveyResults([...respondents, answer('Vaktmästare', 'Laga lampor')], ['Förskollärare', 'Barnskötare', 'Kock', 'Vaktmästare'], [], {
      threshold: 3,
      small: 'merge',
      otherName: 'Övriga',
      headcount: () => null,
    });
    expect(merged.roles.map((r) => r.name)).toContain('Övriga');
    const byRole = coreMissionsByRole(roles, merged, 3);
    expect(byRole.slice(2).map((m) => [m.name, m.state, m.answers])).toEqual([
      ['Kock', 'hidden', []],
      ['Vaktmästare', 'hidden', []],
    ]);
  });

  it('applies the threshold it is given even to results computed with a lower one', () => {
    const byRole = coreMissionsByRole(roles, results('hide', 1), 4);
    expect(byRole.map((m) => m.state)).toEqual(['shown', 'hidden', 'hidden', 'none']);
    expect(byRole.flatMap((m) => m.answers.map((a) => a.text))).not.toContain('Omsorg');
  });

  it('has nothing to show without a survey', () => {
    expect(coreMissionsByRole(roles, null, 3).map((m) => m.state)).toEqual(['none', 'none', 'none', 'none']);
  });
});
