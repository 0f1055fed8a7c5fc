import { useId, useState } from 'react';
import { countPeople, hideSmall, hideSmallMoves, movesByHalfYear, type Hire } from '../../shared/people.ts';
import { localToday } from '../../shared/swot.ts';
import type { PeopleKey } from '../../shared/vocabulary.ts';
import { useT } from '../i18n/i18n.ts';
import { useSettings } from '../store/queries.ts';
import { MovesTable } from './MovesTable.tsx';

const GROUPS: { title: 'peopleFigures.contracts' | 'peopleFigures.groups' | 'peopleFigures.outcomes'; keys: PeopleKey[] }[] = [
  { title: 'peopleFigures.contracts', keys: ['AB', 'BEA', 'contractNotStated'] },
  { title: 'peopleFigures.groups', keys: ['priorityGroup', 'notPriorityGroup', 'women', 'men', 'otherGender', 'genderNotStated'] },
  { title: 'peopleFigures.outcomes', keys: ['wageSubsidy', 'movedToAB', 'ended'] },
];

/**
 * The people in the new roles of all analyses, summed, with the privacy
 * threshold applied to the sums as in a file's key figures (a count under
 * it, or one that could be worked out from the others, reads "dolt"); and
 * the moves from BEA to AB per half-year. Nothing while nobody is recorded.
 */
export function PeopleFigures({ hires }: { hires: readonly Hire[] }) {
  const { t, number } = useT();
  const { privacyThreshold: threshold } = useSettings();
  const titleId = useId();
  const [today] = useState(() => localToday(new Date()));
  if (hires.length === 0) return null;
  const figures = hideSmall(countPeople(hires, today), threshold);
  const moves = hideSmallMoves(movesByHalfYear(hires, today), figures.movedToAB, threshold);
  const value = (n: number | null) =>
    n === null ? (
      <span className="people-figures__value" title={t('peopleFigures.hiddenLabel')}>
        {t('peopleFigures.hidden')}
      </span>
    ) : (
      <span className="people-figures__value">{number(n)}</span>
    );

  return (
    <section className="people-figures" aria-labelledby={titleId} data-testid="people-figures">
      <h3 id={titleId}>{t('peopleFigures.title')}</h3>
      <p className="muted">{t('peopleFigures.intro', { threshold })}</p>
      <p data-people="total">
        {value(figures.total)} {t('peopleFigures.total').toLocaleLowerCase()}
      </p>
      <div className="people-figures__groups">
        {GROUPS.map((g) => (
          <div key={g.title}>
            <h4>{t(g.title)}</h4>
            <ul>
              {g.keys.map((k) => (
                <li key={k} data-people={k}>
                  {value(figures[k])} {t(`peopleFigures.${k}`)}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <MovesTable moves={moves} count={value} testId="people-figures-moves" />
      </div>
    </section>
  );
}
