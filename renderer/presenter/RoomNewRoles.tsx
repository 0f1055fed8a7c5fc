import { useMemo } from 'react';
import { summariseNewRoles, type NewRoleSummary, type PartSummary } from '../../shared/newRoles.ts';
import { clampPage, pageColumnGroups } from '../../shared/paging.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useT } from '../i18n/i18n.ts';
import { useNewRoles } from '../newRoles/useNewRoles.ts';
import { useServices } from '../store/context.ts';
import { useLive } from '../store/useLive.ts';
import { RoomHead } from './RoomHead.tsx';
import type { RoomViewProps } from './roomViewProps.ts';
import { useMeasuredPages } from './useMeasuredPages.ts';

/** New roles side by side at most: more go on the pages after. */
const PER_SCREEN = 3;

/**
 * The new roles as the room sees them: each role with its hours per week and
 * the tasks it takes over (from which role, how many hours, to the half
 * hour), a few roles side by side; paged where they do not fit, every task on
 * exactly one page. No costs, budget, advice, fields or menus: those are the
 * facilitator's.
 */
export function RoomNewRoles({ analysisId, lane, page, onLayout }: RoomViewProps) {
  const { t, roundHours } = useT();
  const { repos } = useServices();
  const data = useNewRoles(analysisId);
  const board = useLive(() => repos.board.live(analysisId), [repos, analysisId]);
  const summaries = useMemo(() => (data && board ? summariseNewRoles(board, data.roles, data.parts, data.extras?.taskIds ?? []) : null), [data, board]);
  const perScreen = Math.max(1, Math.min(PER_SCREEN, summaries?.length ?? 1));
  const { area, measure, paged } = useMeasuredPages(
    summaries,
    lane,
    (heights, available, gap) => pageColumnGroups(heights, available, gap, perScreen),
    onLayout,
  );
  if (!summaries) return null;
  const pageCount = paged?.pageCount ?? 1;
  const shown = clampPage(page, pageCount);
  const at = paged?.pages[shown];
  const part = (s: PartSummary) => (
    <li key={s.part.id} className="room-task room-part" data-room-item={s.part.id}>
      <span className="room-task__title hyphenated">
        <Hyphenated text={s.task?.title ?? '–'} />
        {s.sourceRole && <span className="room-part__from"> {t('room.from', { role: s.sourceRole.name })}</span>}
      </span>
      <span className="room-task__hours">{roundHours(s.hours)}</span>
    </li>
  );
  const column = (summary: NewRoleSummary, parts: PartSummary[]) => (
    <section key={summary.role.id} className="room-new-role" aria-label={summary.role.name}>
      <h3 className="room-new-role__name">
        <span>{summary.role.name}</span>
        <span className="room-new-role__hours">{t('newRoles.hours', { hours: roundHours(summary.hours) })}</span>
      </h3>
      <ol className="room-list" data-room-list>
        {parts.map(part)}
      </ol>
    </section>
  );
  return (
    <section className="room-new-roles room-view" aria-label={t('analysis.newRoles')} data-testid="room-new-roles">
      <RoomHead title={t('analysis.newRoles')} page={shown} pageCount={pageCount} />
      {summaries.length === 0 && <p className="room-view__empty">{t('room.noNewRoles')}</p>}
      <div className="room-new-roles__columns" ref={area} style={{ '--room-columns': perScreen } as React.CSSProperties}>
        {at
          ? at.slices.map((slice, i) => {
              const summary = summaries[at.first + i];
              return summary ? column(summary, summary.parts.slice(slice.start, slice.end)) : null;
            })
          : summaries.slice(0, perScreen).map((summary) => column(summary, []))}
        {/* Every task of every role, unseen, at a column's width: the heights the pages are made from. */}
        <div className="room-new-roles__measure room-measure" ref={measure} aria-hidden="true">
          {summaries.map((summary) => (
            <ol key={summary.role.id} className="room-list" data-room-list>
              {summary.parts.map(part)}
            </ol>
          ))}
        </div>
      </div>
    </section>
  );
}
