import { describe, expect, it } from 'vitest';
import { COLUMN_GROUPS } from '../../../renderer/hr/columnGroups.ts';
import { OVERVIEW_COLUMNS } from '../../../shared/hrOverview/overview.ts';
import { sv } from '../../../renderer/i18n/sv.ts';
import { en } from '../../../renderer/i18n/en.ts';

describe("the HR overview's column headings", () => {
  it('group every figure column once, in the order the rows and the CSV have them', () => {
    expect(COLUMN_GROUPS.flatMap((g) => g.columns)).toEqual([...OVERVIEW_COLUMNS]);
  });

  it('give a grouped column a short label that its full name contains, for the sort button’s name', () => {
    // WCAG 2.5.3: the button's name (the full label) contains what it shows (the short one).
    for (const messages of [sv, en] as Record<string, string>[]) {
      for (const group of COLUMN_GROUPS) {
        if (group.heading === null) continue;
        for (const column of group.columns) {
          const short = messages[`hr.short.${column}`] ?? '';
          expect(short, column).not.toBe('');
          expect(messages[`hr.col.${column}`]?.toLowerCase(), column).toContain(short.toLowerCase());
        }
      }
    }
  });
});
