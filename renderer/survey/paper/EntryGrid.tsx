import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { Role } from '../../../shared/model.ts';
import type { SurveyQuestions } from '../../../shared/survey/answers.ts';
import { currentRound } from '../../../shared/survey/answers.ts';
import type { SurveyState } from '../../../shared/survey/model.ts';
import { formOfResponse, paperKey, parseFormNumber, repeatedForms, responseToRow, rowToAnswer, type PaperRow } from '../../../shared/survey/paper.ts';
import type { SurveyTask } from '../../../shared/survey/tasks.ts';
import { Hyphenated } from '../../components/Hyphenated.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useApp, useServices } from '../../store/context.ts';
import { columnTitle, gridColumns, type GridColumn } from './columns.ts';
import { moveFrom } from './gridKeys.ts';
import { rowWindow } from './rowWindow.ts';
import { colWindow, type ColPart } from './colWindow.ts';
import { GridRow, slotOf } from './GridRow.tsx';
import { FocusedProblems, SavedCount } from './GridStatus.tsx';
import { blankRow, createGridRows, isBlankRow, type RowStatus } from './gridRows.ts';

/** How long a row rests after its last keystroke before it is stored: a burst of typing is one write. */
const SAVE_AFTER_MS = 400;

/**
 * Rows drawn beyond the visible ones, above and below. The grid draws only
 * the rows in view (and the row being typed in): a hundred forms of forty
 * tasks are 4,000 boxes, and laying them all out again made every keystroke slow.
 * One is enough: a scroll draws the rows it brings into view in the same
 * frame (see onScroll), and every box drawn is painted and layered again on
 * each keystroke, so each row more costs every keystroke.
 */
const OVERSCAN = 1;
/** A row's height before one is measured (the CSS gives rows one fixed height). */
const ROW_PX = 44;
/**
 * Px drawn beyond the visible columns, left and right. A row draws only the
 * columns in view (forty tasks are wider than any screen), the form number,
 * the week's total, the status and the focused box. None beyond: a column
 * partly in view is drawn, and a scroll draws what it brings into view in the same frame.
 */
const OVERSCAN_PX = 0;

/** Column widths in rem: fixed, so a keystroke never makes the browser lay the whole table out again. */
const WIDTH_REM = { form: 5.5, total: 11, task: 7, contract: 7, text: 16, status: 16, delete: 3 } as const;

function tableWidthRem(columns: readonly GridColumn[]): number {
  const cols = columns.reduce(
    (sum, c) => sum + (c.kind === 'form' ? WIDTH_REM.form : c.kind === 'task' ? WIDTH_REM.task : c.kind === 'contract' ? WIDTH_REM.contract : WIDTH_REM.text),
    0,
  );
  return cols + WIDTH_REM.total + WIDTH_REM.status + WIDTH_REM.delete;
}

interface Props {
  analysisId: string;
  roles: readonly Role[];
  tasks: readonly SurveyTask[];
  state: SurveyState | null;
  questions: SurveyQuestions;
}

/**
 * "Mata in pappersformulär": the paper forms of one role typed in, a row per
 * form, by keyboard like a spreadsheet. Every box is checked as it is typed;
 * a row is stored (through saveSurveyAnswers, source 'paper') a moment after
 * its last keystroke, when all its boxes are right and its number is its own.
 */
export function EntryGrid({ analysisId, roles, tasks, state, questions }: Props) {
  const tr = useT();
  const { t } = tr;
  const { repos } = useServices();
  const saveSurveyAnswers = useApp((s) => s.saveSurveyAnswers);
  const deleteSurveyAnswers = useApp((s) => s.deleteSurveyAnswers);
  const pushToast = useApp((s) => s.pushToast);
  const [roleId, setRoleId] = useState('');
  const role = roles.find((r) => r.id === roleId);
  const roleTasks = useMemo(() => (role ? tasks.filter((x) => x.roleIds.includes(role.id)) : []), [role, tasks]);
  const taskIds = useMemo(() => roleTasks.map((x) => x.taskId), [roleTasks]);
  const columns = useMemo(() => gridColumns(roleTasks, questions), [roleTasks, questions]);
  // The rows as typed live outside React's state: a keystroke re-renders its own row, not the grid.
  const [grid] = useState(createGridRows);
  const rowIds = useSyncExternalStore(grid.subscribeIds, grid.ids);
  /** The role whose stored forms are read into the grid (until then, nothing is drawn). */
  const [loaded, setLoaded] = useState<string | null>(null);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const selectId = useId();
  const helpId = useId();

  // What the save timers read: always the latest, without re-creating the handlers.
  const latest = useRef({ role, taskIds, questions });
  useLayoutEffect(() => {
    latest.current = { role, taskIds, questions };
  });
  /** Per row: the key its answer is stored under and what was stored. */
  const saved = useRef(new Map<string, { key: string; sig: string }>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // Writes one after another, so a renumbered row's delete and save never cross.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const tbody = useRef<HTMLTableSectionElement>(null);
  const headRow = useRef<HTMLTableRowElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  /** Measured: one row's height, and where the first row starts in the scrolled box. */
  const [metrics, setMetrics] = useState({ row: ROW_PX, bodyTop: 0 });
  /** Measured from the header, which draws every column: where each place in a row starts, and where the last ends. */
  const [edges, setEdges] = useState<readonly number[]>([]);
  const [view, setView] = useState({ top: 0, height: 800, left: 0, width: 1600 });
  const readView = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = { top: el.scrollTop, height: el.clientHeight, left: el.scrollLeft, width: el.clientWidth };
    setView((before) => (before.top === next.top && before.height === next.height && before.left === next.left && before.width === next.width ? before : next));
  }, []);
  const [focusCol, setFocusCol] = useState(-1);
  const scrollFrame = useRef(0);
  const onScroll = () => {
    if (scrollFrame.current !== 0) return;
    scrollFrame.current = requestAnimationFrame(() => {
      scrollFrame.current = 0;
      // Drawn before this frame is painted: the rows and columns scrolled into view never show blank.
      flushSync(readView);
    });
  };
  useEffect(() => () => cancelAnimationFrame(scrollFrame.current), []);

  const mark = useCallback((rowId: string, s: RowStatus) => grid.setStatus(rowId, s), [grid]);

  const flush = useCallback(
    (rowId: string) => {
      timers.current.delete(rowId);
      queue.current = queue.current.then(async () => {
        const { role: r, taskIds: ids, questions: q } = latest.current;
        const all = grid.all();
        const row = grid.row(rowId);
        if (!row || !r) return;
        const answer = repeatedForms(all).has(row.id) ? null : rowToAnswer(row, r, ids, q);
        if (!answer) {
          mark(rowId, isBlankRow(row) ? 'none' : 'notSaved');
          return;
        }
        const sig = JSON.stringify(answer);
        const before = saved.current.get(rowId);
        if (before?.sig === sig) {
          mark(rowId, 'saved');
          return;
        }
        mark(rowId, 'saving');
        // A renumbered form leaves its old number, unless another row now holds that number.
        if (before && before.key !== answer.key && !all.some((x) => x.id !== rowId && saved.current.get(x.id)?.key === before.key)) {
          await deleteSurveyAnswers(analysisId, 'paper', [before.key]);
        }
        await saveSurveyAnswers(analysisId, [answer]);
        saved.current.set(rowId, { key: answer.key, sig });
        mark(rowId, 'saved');
      });
    },
    [analysisId, deleteSurveyAnswers, saveSurveyAnswers, mark, grid],
  );

  const schedule = useCallback(
    (rowId: string) => {
      const before = timers.current.get(rowId);
      if (before !== undefined) clearTimeout(before);
      timers.current.set(
        rowId,
        setTimeout(() => flush(rowId), SAVE_AFTER_MS),
      );
    },
    [flush],
  );

  const flushAll = useCallback(() => {
    for (const [rowId, timer] of timers.current) {
      clearTimeout(timer);
      flush(rowId);
    }
  }, [flush]);

  // The stored forms of the chosen role, read once when it is chosen (typing is never overwritten by a read).
  useEffect(() => {
    if (!role) return;
    let live = true;
    void repos.items.where('surveyResponses', 'analysisId', analysisId).then((responses) => {
      if (!live) return;
      const round = currentRound(state);
      const found = responses
        .filter((r) => r.round === round)
        .flatMap((r) => {
          const form = formOfResponse(r, role.id);
          return form === null ? [] : [{ form, response: r }];
        })
        .sort((a, b) => a.form - b.form);
      saved.current = new Map();
      const next = found.map(({ form, response }): PaperRow => {
        const row = { id: crypto.randomUUID(), ...responseToRow(response, form, role, questions, (n) => tr.number(n, 6)) };
        const answer = rowToAnswer(row, role, taskIds, questions);
        saved.current.set(row.id, { key: paperKey(role.id, form), sig: answer ? JSON.stringify(answer) : '' });
        return row;
      });
      grid.reset([...next, blankRow()], new Map(next.map((r) => [r.id, 'saved' as const])));
      setLoaded(role.id);
    });
    return () => {
      live = false;
    };
    // Read again only when another role is chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the rows are the user's from then on; a live read would overwrite typing
  }, [role?.id, analysisId]);

  // Leaving the grid (another role, another view) stores what waits.
  useEffect(() => () => flushAll(), [flushAll, roleId]);

  const onChange = useCallback(
    (rowId: string, column: GridColumn, value: string) => {
      // Only this row is told (and a new blank row below the last one typed in).
      grid.setCell(rowId, column, value);
      schedule(rowId);
      // A number that was repeated may be free now: its other rows try again.
      if (column.kind === 'form')
        for (const r of grid.all()) if (r.id !== rowId && parseFormNumber(r.form) !== null && saved.current.get(r.id) === undefined) schedule(r.id);
      mark(rowId, 'notSaved');
    },
    [schedule, mark, grid],
  );

  const onDelete = useCallback(
    (rowId: string) => {
      const timer = timers.current.get(rowId);
      if (timer !== undefined) clearTimeout(timer);
      timers.current.delete(rowId);
      const before = saved.current.get(rowId);
      saved.current.delete(rowId);
      const row = grid.row(rowId);
      grid.remove(rowId);
      const rest = grid.all();
      if (before && !rest.some((r) => saved.current.get(r.id)?.key === before.key)) {
        queue.current = queue.current.then(() => deleteSurveyAnswers(analysisId, 'paper', [before.key]));
        void queue.current.then(() => pushToast({ message: t('paper.grid.deleted', { form: row?.form.trim() ?? '' }) }));
      }
      // A row that repeated the deleted one's number may be stored now.
      for (const r of rest) if (saved.current.get(r.id) === undefined && parseFormNumber(r.form) !== null) schedule(r.id);
    },
    [analysisId, deleteSurveyAnswers, pushToast, schedule, t, grid],
  );

  // Measures a drawn row and where the rows start, once the grid is shown (and when the window changes size).
  const shown = role !== undefined && loaded === role.id;
  useLayoutEffect(() => {
    const el = scroller.current;
    const body = tbody.current;
    if (!shown || !el || !body) return;
    const measure = () => {
      const first = body.querySelector<HTMLTableRowElement>('tr.paper-grid__row');
      const row = first?.getBoundingClientRect().height ?? 0;
      const bodyTop = body.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
      if (row > 0) setMetrics((before) => (before.row === row && before.bodyTop === bodyTop ? before : { row, bodyTop }));
      const heads = [...(headRow.current?.children ?? [])].filter((c): c is HTMLElement => c instanceof HTMLElement);
      // The header row stays over the rows: a box the browser scrolls into view (focus, Tab) lands below it.
      const headHeight = headRow.current?.getBoundingClientRect().height ?? 0;
      el.style.scrollPaddingTop = `${Math.ceil(headHeight)}px`;
      // In the scrolled box's own coordinates, as scrollLeft is: a sticky cell's offsetLeft is the page's, not the table's.
      const origin = el.getBoundingClientRect().left + el.clientLeft - el.scrollLeft;
      const rects = heads.map((h) => h.getBoundingClientRect());
      const last = rects[rects.length - 1];
      const next = last ? [...rects.map((r) => r.left - origin), last.right - origin] : [];
      setEdges((before) => (before.length === next.length && before.every((x, i) => x === next[i]) ? before : next));
      readView();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown, readView]);

  // The places each drawn row draws: one list shared by the rows (so a keystroke re-renders only its own row), and the focused row's with its box.
  const slots = columns.length + 3;
  const statusSlot = columns.length + 1;
  // Until the header is measured, every column is drawn.
  const partsKey = (pinned: readonly number[]) =>
    JSON.stringify(
      edges.length === slots + 1
        ? colWindow(edges, pinned, { left: view.left, width: view.width }, OVERSCAN_PX)
        : Array.from({ length: slots }, (_, i): ColPart => ({ kind: 'col', index: i })),
    );
  const rowPartsKey = partsKey([0, 1, statusSlot]);
  const rowParts = useMemo(() => JSON.parse(rowPartsKey) as ColPart[], [rowPartsKey]);
  const focusPartsKey = partsKey(focusCol >= 0 ? [0, 1, statusSlot, slotOf(focusCol)] : [0, 1, statusSlot]);
  const focusParts = useMemo(() => JSON.parse(focusPartsKey) as ColPart[], [focusPartsKey]);

  const cellAt = (row: number, col: number) => tbody.current?.querySelector<HTMLInputElement>(`input[data-r="${row}"][data-c="${col}"]`) ?? null;
  const focusCell = (row: number, col: number) => {
    let input = cellAt(row, col);
    const el = scroller.current;
    if (!input && el && shown && row >= 0 && row < rowIds.length && col >= 0 && col < columns.length) {
      // A row or a column out of view is not drawn: scroll it into the middle, draw, then focus.
      const { row: h, bodyTop } = metrics;
      const top = bodyTop + row * h;
      if (top < el.scrollTop || top + h > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
      const left = edges[slotOf(col)];
      const right = edges[slotOf(col) + 1];
      // The form number's column stays over the others: a box under it is not in view.
      const covered = col === 0 ? 0 : (edges[1] ?? 0);
      if (left !== undefined && right !== undefined && (left < el.scrollLeft + covered || right > el.scrollLeft + el.clientWidth)) {
        el.scrollLeft = Math.max(0, (left + right) / 2 - el.clientWidth / 2);
      }
      flushSync(readView);
      input = cellAt(row, col);
    }
    if (!input) return false;
    input.focus();
    input.select();
    // A drawn box that was scrolled under the header row is brought out below it.
    const head = headRow.current?.getBoundingClientRect();
    const box = input.getBoundingClientRect();
    if (el && head && box.top < head.bottom) el.scrollTop -= head.bottom - box.top;
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement) || target.dataset.r === undefined || !shown) return;
    const at = { row: Number(target.dataset.r), col: Number(target.dataset.c) };
    if (e.key === 'Delete' && e.ctrlKey) {
      const rowId = rowIds[at.row];
      if (rowId !== undefined) {
        e.preventDefault();
        onDelete(rowId);
        requestAnimationFrame(() => focusCell(Math.min(at.row, rowIds.length - 2), at.col));
      }
      return;
    }
    const noSelection = target.selectionStart === target.selectionEnd;
    const to = moveFrom(
      at,
      {
        key: e.key,
        shiftKey: e.shiftKey,
        ctrlKey: e.ctrlKey,
        atStart: noSelection && target.selectionStart === 0,
        atEnd: noSelection && target.selectionEnd === target.value.length,
      },
      rowIds.length,
      columns.length,
    );
    if (to && focusCell(to.row, to.col)) e.preventDefault();
    else if (e.key === 'Enter') e.preventDefault();
  };

  return (
    <section className="paper-grid" aria-labelledby="paper-grid-title">
      <h4 id="paper-grid-title">{t('paper.grid.title')}</h4>
      <div className="field paper-grid__role">
        <label className="field__label" htmlFor={selectId}>
          {t('paper.grid.role')}
        </label>
        <select
          id={selectId}
          className="field__input"
          value={roleId}
          onChange={(e) => {
            flushAll();
            setLoaded(null);
            setRoleId(e.target.value);
          }}
        >
          <option value="">{t('paper.grid.chooseRole')}</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {role && shown && (
        <>
          <p id={helpId} className="muted">
            {t('paper.grid.help')}
          </p>
          {roleTasks.length === 0 && <p className="notice">{t('paper.noTasks', { role: role.name })}</p>}
          <FocusedProblems rows={grid} rowId={focusRow} columns={columns} taskIds={taskIds} questions={questions} />
          <SavedCount rows={grid} role={role.name} />
          <div ref={scroller} className="paper-grid__scroll" role="region" aria-labelledby="paper-grid-caption" tabIndex={-1} onScroll={onScroll}>
            <table
              className="paper-grid__table"
              aria-describedby={helpId}
              aria-rowcount={rowIds.length + 1}
              aria-colcount={slots}
              data-testid="paper-grid"
              style={{ width: `${tableWidthRem(columns)}rem` }}
            >
              <caption id="paper-grid-caption">{t('paper.grid.caption', { role: role.name })}</caption>
              <thead>
                <GridHead columns={columns} rowRef={headRow} />
              </thead>
              <tbody
                ref={tbody}
                onKeyDown={onKeyDown}
                onFocus={(e) => {
                  const r = e.target instanceof HTMLInputElement ? rowIds[Number(e.target.dataset.r)] : undefined;
                  if (r !== undefined && r !== focusRow) setFocusRow(r);
                  const c = e.target instanceof HTMLInputElement ? Number(e.target.dataset.c) : -1;
                  if (r && c !== focusCol) setFocusCol(c);
                }}
              >
                {drawnRows(rowIds, focusRow === null ? -1 : rowIds.indexOf(focusRow), view, metrics, columns.length + 3, (rowId, i) => (
                  <GridRow
                    key={rowId}
                    rows={grid}
                    rowId={rowId}
                    index={i}
                    columns={columns}
                    taskIds={taskIds}
                    questions={questions}
                    parts={rowId === focusRow ? focusParts : rowParts}
                    onChange={onChange}
                    onDelete={onDelete}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * The header row: every column drawn (the rows measure their columns from it).
 * Memoised: a keystroke changes nothing in it.
 */
const GridHead = memo(function GridHead({ columns, rowRef }: { columns: readonly GridColumn[]; rowRef: RefObject<HTMLTableRowElement | null> }) {
  const tr = useT();
  const { t } = tr;
  return (
    <tr ref={rowRef} aria-rowindex={1}>
      {columns.flatMap((c, i) => {
        const th = (
          <th key={c.kind === 'task' ? c.taskId : c.kind} scope="col" className={`paper-grid__col--${c.kind}`}>
            {c.kind === 'task' ? <Hyphenated text={c.title} /> : columnTitle(tr, c)}
          </th>
        );
        return i === 0
          ? [
              th,
              <th key="total" scope="col" className="paper-grid__col--total">
                {t('paper.grid.total')}
              </th>,
            ]
          : [th];
      })}
      <th scope="col" className="paper-grid__col--status">
        {t('paper.grid.status')}
      </th>
      <td className="paper-grid__col--delete" />
    </tr>
  );
});

/** The grid's rows as `rowWindow` lays them out: drawn rows, and one empty row of the right height per run of rows not drawn. */
function drawnRows(
  rows: readonly string[],
  focused: number,
  view: { top: number; height: number },
  metrics: { row: number; bodyTop: number },
  colSpan: number,
  draw: (rowId: string, index: number) => ReactNode,
): ReactNode[] {
  return rowWindow(rows.length, focused, view, metrics, OVERSCAN).map((part) => {
    if (part.kind === 'gap')
      return (
        <tr key={`gap-${part.from}`} className="paper-grid__gap" aria-hidden="true" style={{ height: `${(part.to - part.from) * metrics.row}px` }}>
          <td colSpan={colSpan} />
        </tr>
      );
    const rowId = rows[part.index];
    return rowId === undefined ? null : draw(rowId, part.index);
  });
}
