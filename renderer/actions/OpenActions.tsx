import { AlertTriangle } from 'lucide-react';
import { useState } from 'react';
import { isOverdue, localToday, openActionsByDue } from '../../shared/swot.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { routeToHash } from '../store/route.ts';
import { useLive } from '../store/useLive.ts';

/** Open actions across all analyses, by due date, overdue ones marked. */
export function OpenActions() {
  const { t, date } = useT();
  const { repos } = useServices();
  const all = useLive(() => repos.swot.liveAllActions(), [repos]);
  const [today] = useState(() => localToday(new Date()));
  if (!all) return null;
  const open = openActionsByDue(all.map((x) => ({ ...x.action, unit: x.analysis.unitName })));
  return (
    <section className="open-actions" aria-labelledby="open-actions">
      <h2 id="open-actions">{t('actions.overview')}</h2>
      {open.length === 0 ? (
        <p className="muted">{t('actions.overviewEmpty')}</p>
      ) : (
        <ul className="open-actions__list">
          {open.map((a) => (
            <li key={a.id} className={isOverdue(a, today) ? 'open-actions__item open-actions__item--overdue' : 'open-actions__item'}>
              <a className="hyphenated" data-route-link href={routeToHash({ name: 'analysis', id: a.analysisId, view: 'actions' })}>
                <Hyphenated text={a.text} />
              </a>
              <span className="muted">
                {' – '}
                {a.unit}
                {a.owner && `, ${a.owner}`}
                {a.due && `, ${date(a.due)}`}
              </span>
              {isOverdue(a, today) && (
                <span className="overdue">
                  <AlertTriangle aria-hidden size={16} />
                  {t('actions.overdue')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
