import { useMemo } from 'react';
import type { ComparisonFigures, RoleComparison } from '../../shared/followUp.ts';
import { changeText } from '../../shared/pdf/followUp.ts';
import { clampPage, pageFlow } from '../../shared/paging.ts';
import { COLOURS, type Colour } from '../../shared/vocabulary.ts';
import { useFollowUp } from '../followUp/useFollowUp.ts';
import { useT } from '../i18n/i18n.ts';
import { RoomHead } from './RoomHead.tsx';
import type { RoomViewProps } from './roomViewProps.ts';
import { useMeasuredPages } from './useMeasuredPages.ts';
import '../styles/followUpRoom.css';

/** Roles side by side: a 16:9 screen reads two columns of then/now bars well. */
const COLUMNS = 2;
/** The board's colours in the bars' order; unsorted before the work new since. */
const BAR_COLOURS: readonly Colour[] = ['green', 'yellow', 'red', 'black', 'unsorted'];
/** A part narrower than this share of the widest bar shows its hours in the bar's words only. */
const LABEL_SHARE = 0.09;

const total = (hours: Record<string, number>) => Object.values(hours).reduce((a, b) => a + b, 0);
const withHours = (r: ComparisonFigures) => total(r.then) > 0 || total(r.now) > 0;

/**
 * The follow-up's comparison as the room sees it: per role a bar of its hours
 * by colour then (the board at the report) and now (the follow-up survey), all
 * on one scale, and the change in red and black work; two columns of roles,
 * paged where they do not fit, every role on exactly one page.
 */
export function RoomFollowUp({ analysisId, lane, page, onLayout }: RoomViewProps) {
  const { t, roundHours } = useT();
  // The follow-up view's own model, so the room sees the figures the facilitator sees.
  const compared = useFollowUp(analysisId, t('survey.others'));
  const roles = useMemo(() => compared?.comparison?.roles.filter(withHours) ?? null, [compared]);
  const { area, measure, paged } = useMeasuredPages(roles, lane, (heights, available, gap) => pageFlow(heights[0] ?? [], available, gap, COLUMNS), onLayout);
  if (!compared) return null;
  const comparison = compared.comparison;
  const title = t('room.followUp.title');
  if (!comparison || !roles) {
    const why = compared.snapshot ? t('room.followUp.noRound') : t('room.followUp.noSnapshot');
    return (
      <section className="room-follow-up room-view" aria-label={title} data-testid="room-follow-up">
        <RoomHead title={title} page={0} pageCount={1} />
        <p className="room-view__empty">{why}</p>
      </section>
    );
  }
  const pageCount = paged?.pageCount ?? 1;
  const shown = clampPage(page, pageCount);
  const slices = paged?.pages[shown] ?? [];
  const max = Math.max(0, ...roles.flatMap((r) => [total(r.then), total(r.now)]));
  const all = comparison.total;
  const figure = t('room.followUp.figure', { then: roundHours(all.then.red + all.then.black), now: roundHours(all.now.red + all.now.black) });
  const item = (r: RoleComparison) => <CompareRole key={r.roleId} role={r} max={max} />;
  return (
    <section className="room-follow-up room-view" aria-label={title} data-testid="room-follow-up">
      <RoomHead title={title} figure={figure} page={shown} pageCount={pageCount} />
      <Legend withNew={roles.some((r) => r.now.new > 0)} />
      {roles.length === 0 && <p className="room-view__empty">{t('room.followUp.none')}</p>}
      <div className="room-follow-up__columns" ref={area}>
        {Array.from({ length: COLUMNS }, (_, c) => {
          const slice = slices[c];
          return (
            <ol key={c} className="room-list room-follow-up__list" data-room-list>
              {paged && slice ? roles.slice(slice.start, slice.end).map(item) : null}
            </ol>
          );
        })}
        {/* Every role, unseen, at a column's width: the heights the pages are made from. */}
        <div className="room-follow-up__measure room-measure" ref={measure} aria-hidden="true">
          <ol className="room-list room-follow-up__list" data-room-list>
            {roles.map(item)}
          </ol>
        </div>
      </div>
    </section>
  );
}

function Legend({ withNew }: { withNew: boolean }) {
  const { t } = useT();
  return (
    <ul className="room-follow-up__legend" aria-hidden="true">
      {COLOURS.filter((c) => c !== 'unsorted').map((c) => (
        <li key={c}>
          <span className={`room-follow-up__swatch akr-${c}`} />
          {t(`colour.${c}`)}
        </li>
      ))}
      {withNew && (
        <li>
          <span className="room-follow-up__swatch room-follow-up__new" />
          {t('room.followUp.new')}
        </li>
      )}
    </ul>
  );
}

/** One role: its bar then and its bar now, and the change in red and black work. */
function CompareRole({ role, max }: { role: RoleComparison; max: number }) {
  const { t, roundHours } = useT();
  const change = changeText(role.redBlackChange, { hours: roundHours });
  const bar = (when: 'then' | 'now') => {
    const hours: Record<string, number> = role[when];
    const parts = [...BAR_COLOURS, ...(when === 'now' ? (['new'] as const) : [])].filter((c) => (hours[c] ?? 0) > 0);
    const sum = total(hours);
    const words = parts.map((c) =>
      t('room.followUp.part', { colour: c === 'new' ? t('room.followUp.new') : t(`colour.${c}`), hours: roundHours(hours[c] ?? 0) }),
    );
    const whenText = t(when === 'then' ? 'room.followUp.then' : 'room.followUp.now');
    return (
      <div className="room-follow-up__row">
        <span className="room-follow-up__when">{whenText}</span>
        <span className="room-follow-up__track">
          <span
            className="room-follow-up__bar"
            role="img"
            aria-label={t(when === 'then' ? 'room.followUp.barThen' : 'room.followUp.barNow', {
              role: role.name,
              parts: words.join(', ') || t('room.followUp.noHours'),
            })}
            style={{ width: `${max > 0 ? (sum / max) * 100 : 0}%` }}
            data-when={when}
          >
            {parts.map((c) => {
              const h = hours[c] ?? 0;
              return (
                <span
                  key={c}
                  className={`room-follow-up__part ${c === 'new' ? 'room-follow-up__new' : `akr-${c}`}`}
                  style={{ width: `${(h / sum) * 100}%` }}
                  data-colour={c}
                >
                  {max > 0 && h / max >= LABEL_SHARE && roundHours(h)}
                </span>
              );
            })}
          </span>
        </span>
        <span className="room-follow-up__total">{roundHours(sum)}</span>
      </div>
    );
  };
  return (
    <li className="room-follow-up__role" data-room-item={role.roleId}>
      <h3 className="room-follow-up__name">
        <span>{role.name}</span>
        <span className="room-follow-up__change" data-change={role.redBlackChange < 0 ? 'down' : role.redBlackChange > 0 ? 'up' : 'none'}>
          {t('room.followUp.change', { change })}
        </span>
      </h3>
      {bar('then')}
      {bar('now')}
    </li>
  );
}
