import { Trash2 } from 'lucide-react';
import { memo, useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { SurveyQuestions } from '../../../shared/survey/answers.ts';
import { checkRow, type CellCheck, type PaperRow, type RowCheck } from '../../../shared/survey/paper.ts';
import { useT, type Translator } from '../../i18n/i18n.ts';
import type { ColPart } from './colWindow.ts';
import type { GridColumn } from './columns.ts';
import { GridCell } from './GridCell.tsx';
import { blankRow, type GridRows } from './gridRows.ts';

interface Props {
  /** The grid's rows; the row draws what it holds under `rowId` and follows it. */
  rows: GridRows;
  rowId: string;
  index: number;
  columns: readonly GridColumn[];
  taskIds: readonly string[];
  questions: SurveyQuestions;
  /**
   * The row's places (slots) drawn and the runs not drawn: slot 0 is the form
   * number, 1 the week's total, then the grid's other columns, the status and
   * the delete button (see `slotOf`).
   */
  parts: readonly ColPart[];
  onChange: (rowId: string, column: GridColumn, value: string) => void;
  onDelete: (rowId: string) => void;
}

/** The text of a box's problem. */
export function problemText(tr: Translator, check: CellCheck, questions: SurveyQuestions, contract = false): string {
  if (check.ok) return '';
  if (check.problem === 'notNumber') return tr.t('paper.grid.problem.notNumber');
  if (check.problem === 'negative') return tr.t('paper.grid.problem.negative');
  const percent = questions.unit === 'percent' && !contract;
  return tr.t(percent ? 'paper.grid.problem.tooLargePercent' : 'paper.grid.problem.tooLargeHours', { max: String(check.max) });
}

/** The row's problems as the user reads them, first the form number's. */
export function rowProblems(
  tr: Translator,
  check: RowCheck,
  columns: readonly GridColumn[],
  questions: SurveyQuestions,
  repeated: number | undefined,
): string[] {
  const out: string[] = [];
  if (check.formProblem === 'missing') out.push(tr.t('paper.grid.problem.formMissing'));
  if (check.formProblem === 'notNumber') out.push(tr.t('paper.grid.problem.formNotNumber'));
  if (repeated !== undefined) out.push(tr.t('paper.grid.problem.repeated', { form: String(repeated) }));
  for (const c of columns) {
    if (c.kind === 'task') {
      const cell = check.cells.get(c.taskId);
      if (cell && !cell.ok) out.push(tr.t('paper.grid.problemAt', { column: c.title, problem: problemText(tr, cell, questions) }));
    }
    if (c.kind === 'contract' && !check.contract.ok) {
      out.push(tr.t('paper.grid.problemAt', { column: tr.t('paper.grid.contract'), problem: problemText(tr, check.contract, questions, true) }));
    }
  }
  return out;
}

/** The place in the row of the grid's column `ci`: the week's total sits between the form number and the first task. */
export const slotOf = (ci: number) => (ci === 0 ? 0 : ci + 1);
/** The grid's column at a place in the row, or what else is there. */
export function atSlot(slot: number, columns: number): number | 'total' | 'status' | 'delete' {
  if (slot === 1) return 'total';
  if (slot === columns + 1) return 'status';
  if (slot === columns + 2) return 'delete';
  return slot === 0 ? 0 : slot - 1;
}

function valueOf(row: PaperRow, c: GridColumn): string {
  switch (c.kind) {
    case 'form':
      return row.form;
    case 'task':
      return row.values[c.taskId] ?? '';
    case 'contract':
      return row.contract;
    case 'mission':
      return row.mission;
    case 'comment':
      return row.comment;
  }
}

/** A row that is gone between a delete and the grid drawing without it. */
const GONE = blankRow();

/** One row of the grid as it is now, its status and its repeated form number, re-rendering when they change. */
export function useGridRow(rows: GridRows, rowId: string) {
  const subscribeRow = useCallback((listener: () => void) => rows.subscribeRow(rowId, listener), [rows, rowId]);
  const row = useSyncExternalStore(subscribeRow, () => rows.row(rowId)) ?? GONE;
  const status = useSyncExternalStore(subscribeRow, () => rows.status(rowId));
  const repeated = useSyncExternalStore(rows.subscribeRepeats, () => rows.repeated(rowId));
  return { row, status, repeated };
}

/**
 * One paper form in the grid. Memoised, and following its own row in the
 * grid's rows: a keystroke re-renders only the row typed in, so the grid stays
 * quick with a hundred forms of forty tasks.
 */
export const GridRow = memo(function GridRow({ rows, rowId, index, columns, taskIds, questions, parts, onChange, onDelete }: Props) {
  const { row, status, repeated } = useGridRow(rows, rowId);
  const tr = useT();
  const { t, number } = tr;
  const check = useMemo(() => checkRow(row, taskIds, questions), [row, taskIds, questions]);
  const problems = rowProblems(tr, check, columns, questions, repeated);
  const statusId = `${rowId}-status`;
  const form = row.form.trim();
  const unit = questions.unit === 'percent' ? ' %' : ' h';
  const total = check.empty ? '' : `${number(check.total, 2)}${unit}`;
  const formBad = check.formProblem !== null || repeated !== undefined;
  const cellAt = (slot: number): ReactNode => {
    const what = atSlot(slot, columns.length);
    const colIndex = slot + 1;
    if (what === 'total')
      return (
        <td key="total" className={`paper-grid__total${check.totalHigh ? ' paper-grid__total--high' : ''}`} data-testid="paper-total" aria-colindex={colIndex}>
          <span className="paper-grid__text">{check.totalHigh ? t('paper.grid.totalHigh', { total }) : total}</span>
        </td>
      );
    if (what === 'status')
      return (
        <td key="status" id={statusId} className="paper-grid__status" data-testid="paper-status" data-status={status} aria-colindex={colIndex}>
          <span className="paper-grid__text">
            {problems.length > 0 ? problems.join(' ') : status === 'saved' ? t('paper.grid.saved') : status === 'saving' ? t('paper.grid.saving') : ''}
          </span>
        </td>
      );
    if (what === 'delete')
      return (
        <td key="delete" aria-colindex={colIndex}>
          <button
            type="button"
            className="button button--small button--quiet"
            tabIndex={-1}
            aria-label={form === '' ? t('paper.grid.deleteEmpty') : t('paper.grid.delete', { form })}
            onClick={() => onDelete(rowId)}
          >
            <Trash2 aria-hidden size={16} />
          </button>
        </td>
      );
    const ci = what;
    const c = columns[ci];
    if (!c) return null;
    const cell = c.kind === 'task' ? check.cells.get(c.taskId) : c.kind === 'contract' ? check.contract : undefined;
    // Keyed by the column, never by place: a box keeps its element (and the focus) while the columns around it are drawn or not.
    return (
      <GridCell
        key={c.kind === 'task' ? c.taskId : c.kind}
        rowId={rowId}
        column={c}
        col={ci}
        row={index}
        colIndex={colIndex}
        value={valueOf(row, c)}
        invalid={(cell !== undefined && !cell.ok) || (c.kind === 'form' && formBad)}
        form={form}
        statusId={statusId}
        onChange={onChange}
      />
    );
  };
  return (
    <tr className={`paper-grid__row${problems.length > 0 ? ' paper-grid__row--problem' : ''}`} data-row={index} aria-rowindex={index + 2}>
      {parts.map((part) =>
        part.kind === 'gap' ? (
          <td key={`gap-${part.from}`} className="paper-grid__colgap" colSpan={part.to - part.from} aria-hidden="true" />
        ) : (
          cellAt(part.index)
        ),
      )}
    </tr>
  );
});
