import { AlertTriangle } from 'lucide-react';
import { useId, useState } from 'react';
import { reviewsDue } from '../../shared/people.ts';
import { localToday } from '../../shared/swot.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { routeToHash } from '../store/route.ts';
import { useLive } from '../store/useLive.ts';

/**
 * Reviews of people in new roles that are due (within two weeks) or overdue
 * and not held, per analysis and role, each a link to the analysis's new
 * roles. Nothing at all while none is due.
 */
export function ReviewsDue() {
  const { t, date } = useT();
  const { repos } = useServices();
  const titleId = useId();
  const all = useLive(() => repos.newRoles.livePeople(), [repos]);
  const [today] = useState(() => localToday(new Date()));
  const due = (all ?? []).flatMap((a) => reviewsDue(a.hires, a.roles, today).map((r) => ({ ...r, analysis: a.analysis })));
  if (due.length === 0) return null;
  return (
    <section className="reviews-due" aria-labelledby={titleId} data-testid="reviews-due">
      <h2 id={titleId}>{t('reviewsDue.title')}</h2>
      <p className="muted">{t('reviewsDue.intro')}</p>
      <ul className="reviews-due__list">
        {due.map((r) => (
          <li key={`${r.hire.id}-${r.month}`} data-overdue={r.overdue || undefined}>
            <span className="reviews-due__unit">{r.analysis.unitName}</span>
            {' – '}
            <a data-route-link href={routeToHash({ name: 'analysis', id: r.analysis.id, view: 'newRoles' })}>
              {t('reviewsDue.item', { role: r.role.name, number: String(r.number), months: String(r.month) })}
            </a>
            {', '}
            <span>{t('reviewsDue.due', { date: date(r.due) })}</span>
            {r.overdue && (
              <span className="reviews-due__overdue">
                <AlertTriangle aria-hidden size={16} />
                {t('reviewsDue.overdue')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
