import { useMemo } from 'react';
import { clampPage, pageColumns } from '../../shared/paging.ts';
import { dotsOf, notesIn, QUADRANTS, type SwotNote, type SwotStack } from '../../shared/swot.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useT } from '../i18n/i18n.ts';
import { useWorkshop2 } from '../swot/useWorkshop2.ts';
import { RoomHead } from './RoomHead.tsx';
import type { RoomViewProps } from './roomViewProps.ts';
import { useMeasuredPages } from './useMeasuredPages.ts';

interface RoomNote {
  note: SwotNote;
  /** The name of its group, on the group's first note. */
  group: string | null;
  grouped: boolean;
}

/**
 * The SWOT as the room sees it: the four quadrants, each note with how many
 * answers it stands for and its dots, large; paged where the notes do not
 * fit, every note on exactly one page. No fields, menus, voting or budget:
 * those are the facilitator's.
 */
export function RoomSwot({ analysisId, lane, page, onLayout }: RoomViewProps) {
  const { t, plural } = useT();
  const workshop = useWorkshop2(analysisId);
  const quadrants = useMemo(() => (workshop ? QUADRANTS.map((q) => inOrder(notesIn(workshop.notes, q), workshop.stacks)) : null), [workshop]);
  const { area, measure, paged } = useMeasuredPages(quadrants, lane, (heights, available, gap) => pageColumns(heights, available, gap), onLayout);
  if (!quadrants) return null;
  const pageCount = paged?.pageCount ?? 1;
  const shown = clampPage(page, pageCount);
  const slices = paged?.pages[shown];
  const note = ({ note: n, group, grouped }: RoomNote) => (
    <li key={n.id} className={`room-note${grouped ? ' room-note--grouped' : ''}`} data-room-item={n.id}>
      {group && <span className="room-note__group">{t('swot.stack', { name: group })}</span>}
      <span className="room-note__text hyphenated">
        <Hyphenated text={n.text} />
      </span>
      {(n.count > 1 || dotsOf(n) > 0) && (
        <span className="room-note__meta">
          {n.count > 1 && <span>{t('swot.count', { count: n.count })}</span>}
          {dotsOf(n) > 0 && <span className="room-note__votes">{plural('swot.votes', dotsOf(n))}</span>}
        </span>
      )}
    </li>
  );
  return (
    <section className="room-swot room-view" aria-label={t('analysis.swot')} data-testid="room-swot">
      <RoomHead title={t('analysis.swot')} page={shown} pageCount={pageCount} />
      <div className="room-swot__grid" ref={area}>
        {QUADRANTS.map((q, i) => {
          const notes = quadrants[i] ?? [];
          const slice = slices?.[i];
          return (
            <section key={q} className={`room-quadrant room-quadrant--${q}`} aria-label={t(`swot.quadrant.${q}`)}>
              <h3 className="room-quadrant__name">
                <span>{t(`swot.quadrant.${q}`)}</span>
                <span className="room-quadrant__count">{notes.length}</span>
              </h3>
              {notes.length === 0 && <p className="room-quadrant__empty">{t('swot.empty')}</p>}
              <ul className="room-list" data-room-list>
                {paged && slice ? notes.slice(slice.start, slice.end).map(note) : null}
              </ul>
            </section>
          );
        })}
        {/* Every note, unseen, at a quadrant's width: the heights the pages are made from. */}
        <div className="room-swot__measure room-measure" ref={measure} aria-hidden="true">
          {QUADRANTS.map((q, i) => (
            <div key={q} className={`room-quadrant room-quadrant--${q}`}>
              <ul className="room-list" data-room-list>
                {(quadrants[i] ?? []).map(note)}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

/** A quadrant's notes in order, a group's notes together where its first note is (as on the canvas). */
function inOrder(notes: SwotNote[], stacks: readonly SwotStack[]): RoomNote[] {
  const out: RoomNote[] = [];
  const done = new Set<string>();
  for (const n of notes) {
    const stack = n.stackId ? stacks.find((s) => s.id === n.stackId) : undefined;
    if (!stack) {
      out.push({ note: n, group: null, grouped: false });
      continue;
    }
    if (done.has(stack.id)) continue;
    done.add(stack.id);
    notes.filter((m) => m.stackId === stack.id).forEach((m, k) => out.push({ note: m, group: k === 0 ? stack.name : null, grouped: true }));
  }
  return out;
}
