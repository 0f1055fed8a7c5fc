import { useMemo } from 'react';
import { clampPage, pageFlow } from '../../shared/paging.ts';
import type { TaskResult } from '../../shared/survey/results.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useT } from '../i18n/i18n.ts';
import { useSurvey } from '../survey/useSurvey.ts';
import { RoomHead } from './RoomHead.tsx';
import { surveyResultFor } from './roomLanes.ts';
import type { RoomViewProps } from './roomViewProps.ts';
import { useMeasuredPages } from './useMeasuredPages.ts';

/** Columns of tasks side by side: a 16:9 screen reads two lists of titles and hours well. */
const COLUMNS = 2;

/**
 * The survey results as the room sees them: one role (the projection's
 * lane), its tasks by the team's hours, each with a bar and its hours to the
 * half hour, read down one column and then the next; paged where they do not
 * fit, every task on exactly one page. No one's own answers, no tools.
 */
export function RoomSurvey({ analysisId, lane, page, onLayout }: RoomViewProps) {
  const { t, roundHours } = useT();
  const otherName = t('survey.others');
  const survey = useSurvey(analysisId, otherName);
  const result = survey ? surveyResultFor(survey.results.roles, survey.roles, lane) : undefined;
  const tasks = useMemo(() => (result ? result.tasks.filter((x) => x.team > 0).sort((a, b) => b.team - a.team) : null), [result]);
  const { area, measure, paged } = useMeasuredPages(tasks, lane, (heights, available, gap) => pageFlow(heights[0] ?? [], available, gap, COLUMNS), onLayout);
  if (!survey) return null;
  if (!result || !tasks) return <p className="room-view__empty">{t('room.noSurvey')}</p>;
  const name = result.name === otherName && result.roles.length > 0 ? t('survey.othersOf', { roles: result.roles.join(', ') }) : result.name;
  const pageCount = paged?.pageCount ?? 1;
  const shown = clampPage(page, pageCount);
  const slices = paged?.pages[shown] ?? [];
  const max = tasks.reduce((most, x) => Math.max(most, x.team), 0);
  const row = (x: TaskResult) => <RoomTask key={x.task} title={x.task} hours={roundHours(x.team)} share={max > 0 ? x.team / max : 0} />;
  return (
    <section className="room-survey room-view" aria-label={t('room.surveyOf', { role: name })} data-testid="room-survey">
      <RoomHead title={name} figure={t('survey.teamHours', { hours: roundHours(result.team) })} page={shown} pageCount={pageCount} />
      {tasks.length === 0 && <p className="room-view__empty">{t('survey.noTasks')}</p>}
      <div className="room-survey__columns" ref={area}>
        {Array.from({ length: COLUMNS }, (_, c) => {
          const slice = slices[c];
          return (
            <ol key={c} className="room-list" data-room-list>
              {paged && slice ? tasks.slice(slice.start, slice.end).map(row) : null}
            </ol>
          );
        })}
        {/* Every task, unseen, at a column's width: the heights the pages are made from. */}
        <div className="room-survey__measure room-measure" ref={measure} aria-hidden="true">
          <ol className="room-list" data-room-list>
            {tasks.map(row)}
          </ol>
        </div>
      </div>
    </section>
  );
}

function RoomTask({ title, hours, share }: { title: string; hours: string; share: number }) {
  return (
    <li className="room-task" data-room-item={title}>
      <span className="room-task__title hyphenated">
        <Hyphenated text={title} />
      </span>
      <span className="room-task__hours">{hours}</span>
      <span className="room-task__bar" style={{ width: `${Math.round(share * 1000) / 10}%` }} aria-hidden="true" />
    </li>
  );
}
