import { memo, startTransition, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useBoardContext } from './boardContext.ts';
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

/** Boards up to this many cards keep every card in the DOM, for screen readers and find-in-page. */
export const FULL_RENDER_LIMIT = 300;
const CARD_HEIGHT_ESTIMATE = 64;
/** On larger boards each cell first shows this many cards (what fits below the toolbar on a 1080p screen), and the rest right after. */
const FIRST_CARDS = 8;

/**
 * On larger boards a lane far below the window is a placeholder of about its
 * height until it comes near (or a keyboard move heads into it); once shown it
 * stays, so nothing jumps while the room works.
 */
function LaneMount({ laneId, eager, estimate, children }: { laneId: string; eager: boolean; estimate: number; children: ReactNode }) {
  const { dragStore } = useBoardContext();
  const [near, setNear] = useState(eager);
  const targeted = useStore(dragStore, (s) => s.target?.cell.startsWith(`${laneId}|`) ?? false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near || !ref.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '800px 0px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near]);
  if (near || targeted) return children;
  return <div ref={ref} className="lane-placeholder" style={{ height: `${estimate}px` }} aria-hidden />;
}

/** Column headers and one lane per role (or one lane for all roles), five colour cells each. */
export const BoardGrid = memo(function BoardGrid({ model, lanes, totals, allTotals, query, hoursText }: BoardGridProps) {
  const { t } = useT();
  const allLane = lanes === 'all';
  const roleNames = useMemo(() => (allLane ? new Map(model.roles.map((r) => [r.id, r.name])) : null), [allLane, model.roles]);
  const laneList = lanes === 'all' ? [{ id: ALL_ROLES, name: t('board.allRoles') }] : lanes;
  // The board opens with what fills the window, so it can be used at once; the cards further
  // down each column follow in an interruptible render.
  const [revealed, setRevealed] = useState(() => model.placements.length <= FULL_RENDER_LIMIT);
  useEffect(() => {
    if (revealed) return;
    const timer = setTimeout(() => startTransition(() => setRevealed(true)), 0);
    return () => clearTimeout(timer);
  }, [revealed]);
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
      {laneList.map((lane, index) => {
        const laneTotals = lane.id === ALL_ROLES ? allTotals : totals.get(lane.id);
        const tallest = Math.max(...COLOURS.map((c) => model.cells.get(cellKey(lane.id, c))?.length ?? 0));
        return (
          <LaneMount
            key={lane.id}
            laneId={lane.id}
            eager={index === 0 || model.placements.length <= FULL_RENDER_LIMIT}
            estimate={tallest * CARD_HEIGHT_ESTIMATE + 40}
          >
            <div className="board-row" role="group" aria-label={lane.name}>
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
                    limit={revealed ? null : FIRST_CARDS}
                    cardHeight={CARD_HEIGHT_ESTIMATE}
                    tasksById={model.tasksById}
                    roleNames={roleNames}
                    query={query}
                    hoursText={hoursText(laneTotals?.byColour[colour] ?? 0)}
                  />
                );
              })}
            </div>
          </LaneMount>
        );
      })}
    </div>
  );
});
