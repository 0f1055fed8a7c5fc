import type { ReactNode } from 'react';
import { useT, type Translator } from '../i18n/i18n.ts';
import { scrollRegion } from '../components/scrollRegion.ts';

/** "jan–jun 2026" for the half-year "2026-1". */
export function halfYearLabel(t: Translator['t'], period: string): string {
  const [year = '', half] = period.split('-');
  return t(half === '1' ? 'people.moves.half1' : 'people.moves.half2', { year });
}

/**
 * The moves from BEA to AB per half-year, as a table: for one new role (its people) and summed on
 * the home page. `count` says how a count is shown (a hidden one as the caller words it).
 */
export function MovesTable<C>({ moves, count, testId }: { moves: readonly { period: string; count: C }[]; count: (n: C) => ReactNode; testId: string }) {
  const { t } = useT();
  if (moves.length === 0) return null;
  return (
    <div className="table-wrap" ref={scrollRegion}>
      <table className="data-table people__moves" data-testid={testId}>
        <caption>{t('people.moves.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.moves.period')}</th>
            <th scope="col">{t('people.moves.count')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.map((m) => (
            <tr key={m.period}>
              <th scope="row">{halfYearLabel(t, m.period)}</th>
              <td className="staffing-num">{count(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
