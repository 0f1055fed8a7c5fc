import type { Role } from '../../shared/model.ts';
import { COLOURS } from '../../shared/model.ts';
import { largestRemainder } from '../../shared/numbers.ts';
import type { RoleTotals } from '../../shared/totals.ts';
import { useT } from '../i18n/i18n.ts';

interface TotalsBarsProps {
  /** The section's id, for the button that folds it. */
  id?: string;
  roles: Role[];
  totals: Map<string, RoleTotals>;
  hoursText: (h: number) => string;
}

/**
 * One stacked bar per role: each colour's hours and share of the role's time,
 * in words too. Hours are rounded to the half hour from the exact sums; shares
 * are whole percent that add up to 100.
 */
export function TotalsBars({ id, roles, totals, hoursText }: TotalsBarsProps) {
  const { t, number } = useT();
  if (roles.length === 0) return null;
  return (
    <section id={id} className="totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        {t('board.totals')}
      </h2>
      <ul className="totals__list">
        {roles.map((role) => {
          const rt = totals.get(role.id);
          if (!rt) return null;
          const parts = COLOURS.filter((c) => rt.byColour[c] > 0);
          const percents = largestRemainder(parts.map((c) => rt.byColour[c]));
          const percent = (c: (typeof parts)[number]) => number(percents[parts.indexOf(c)] ?? 0, 0);
          const summary = parts.map((c) => t('board.totalPart', { colour: t(`colour.${c}`), hours: hoursText(rt.byColour[c]), share: percent(c) })).join(', ');
          return (
            <li key={role.id} className="totals__row" data-role-total={role.id}>
              <span className="totals__role">
                {role.name} <span className="totals__sum">{hoursText(rt.total)}</span>
              </span>
              <span className="bar" role="img" aria-label={`${role.name}: ${summary || t('board.noHours')}`}>
                {parts.map((c) => (
                  <span key={c} className={`bar__part akr-${c}`} style={{ width: `${rt.share[c] * 100}%` }} data-colour={c}>
                    {rt.share[c] >= 0.08 && <span className="bar__label">{percent(c)} %</span>}
                  </span>
                ))}
              </span>
              <span className="totals__text" aria-hidden>
                {summary}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
