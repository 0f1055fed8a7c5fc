import { memo } from 'react';
import type { Role } from '../../shared/model.ts';
import { COLOURS } from '../../shared/model.ts';
import type { RoleTotals } from '../../shared/totals.ts';
import { useT } from '../i18n/i18n.ts';
import { Cell } from './Cell.tsx';
import { ColourIcon } from './colours.tsx';
import { ALL_ROLES, cellKey, type BoardModel } from './useBoardData.ts';

interface BoardGridProps {
  model: BoardModel;
  lanes: Role[] | 'all';
  totals: Map<string, RoleTotals>;
  allTotals: Omit<RoleTotals, 'roleId'>;
  query: string;
  hoursText: (h: number) => string;
}

/** Column headers and one lane per role (or one lane for all roles), five colour cells each. */
export const BoardGrid = memo(function BoardGrid({ model, lanes, totals, allTotals, query, hoursText }: BoardGridProps) {
  const { t } = useT();
  const roleNames = lanes === 'all' ? new Map(model.roles.map((r) => [r.id, r.name])) : null;
  const laneList = lanes === 'all' ? [{ id: ALL_ROLES, name: t('board.allRoles') }] : lanes;
  return (
    <div className="board-grid" data-board role="region" aria-label={t('board.title')}>
      <div className="board-row board-row--head">
        <div className="lane-head lane-head--corner" />
        {COLOURS.map((colour) => (
          <div key={colour} className={`column-head akr-${colour}`}>
            <ColourIcon colour={colour} size={22} />
            <span>{t(`colour.${colour}`)}</span>
          </div>
        ))}
      </div>
      {laneList.map((lane) => {
        const laneTotals = lane.id === ALL_ROLES ? allTotals : totals.get(lane.id);
        return (
          <div key={lane.id} className="board-row" role="group" aria-label={lane.name}>
            <div className="lane-head">
              <h3 className="lane-head__name">{lane.name}</h3>
              {laneTotals && <p className="lane-head__total">{hoursText(laneTotals.total)}</p>}
            </div>
            {COLOURS.map((colour) => {
              const key = cellKey(lane.id, colour);
              return (
                <Cell
                  key={key}
                  cell={key}
                  laneId={lane.id}
                  colour={colour}
                  label={`${t(`colour.${colour}`)}, ${lane.name}`}
                  placements={model.cells.get(key) ?? []}
                  tasksById={model.tasksById}
                  roleNames={roleNames}
                  query={query}
                  hoursText={hoursText(laneTotals?.byColour[colour] ?? 0)}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
});
