import { memo } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { columnTitle, type GridColumn } from './columns.ts';

interface Props {
  rowId: string;
  column: GridColumn;
  /** The column's place in the grid (data-c), and the row's (data-r). */
  col: number;
  row: number;
  /** aria-colindex: the column's place in the row, from 1. */
  colIndex: number;
  value: string;
  invalid: boolean;
  /** The row's form number as typed (trimmed), which the box's name says. */
  form: string;
  /** The row's status cell, which names the box's problem. */
  statusId: string;
  onChange: (rowId: string, column: GridColumn, value: string) => void;
}

/**
 * One box of the entry grid. Memoised on what it shows: a keystroke re-renders
 * the box typed in, not its neighbours in the row.
 */
export const GridCell = memo(function GridCell({ rowId, column: c, col, row, colIndex, value, invalid, form, statusId, onChange }: Props) {
  const tr = useT();
  const title = columnTitle(tr, c);
  const text = c.kind === 'mission' || c.kind === 'comment';
  return (
    <td className={c.kind === 'form' ? 'paper-grid__form' : undefined} aria-colindex={colIndex}>
      <input
        className={`paper-grid__input${text ? ' paper-grid__input--text' : ''}${invalid ? ' paper-grid__input--invalid' : ''}`}
        data-r={row}
        data-c={col}
        value={value}
        inputMode={text ? 'text' : c.kind === 'form' ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={text}
        aria-label={form === '' ? tr.t('paper.grid.cellLabelNew', { column: title }) : tr.t('paper.grid.cellLabel', { column: title, form })}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? statusId : undefined}
        onChange={(e) => onChange(rowId, c, e.target.value)}
      />
    </td>
  );
});
