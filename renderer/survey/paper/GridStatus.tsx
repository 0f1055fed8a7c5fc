import { useMemo, useSyncExternalStore } from 'react';
import type { SurveyQuestions } from '../../../shared/survey/answers.ts';
import { checkRow } from '../../../shared/survey/paper.ts';
import { useT } from '../../i18n/i18n.ts';
import type { GridColumn } from './columns.ts';
import { rowProblems, useGridRow } from './GridRow.tsx';
import type { GridRows } from './gridRows.ts';

/** The focused row's problems spelt out above the grid, following that row alone. */
export function FocusedProblems({
  rows,
  rowId,
  columns,
  taskIds,
  questions,
}: {
  rows: GridRows;
  rowId: string | null;
  columns: readonly GridColumn[];
  taskIds: readonly string[];
  questions: SurveyQuestions;
}) {
  const tr = useT();
  const { row, repeated } = useGridRow(rows, rowId ?? '');
  const check = useMemo(() => checkRow(row, taskIds, questions), [row, taskIds, questions]);
  const problems = rowId === null ? [] : rowProblems(tr, check, columns, questions, repeated);
  return (
    <p className="paper-grid__message" role="status" aria-live="polite" data-testid="paper-message">
      {problems.join(' ')}
    </p>
  );
}

/** "12 blanketter sparade för …": re-rendered when a row's status changes, never on a keystroke alone. */
export function SavedCount({ rows, role }: { rows: GridRows; role: string }) {
  const { t } = useT();
  const count = useSyncExternalStore(rows.subscribeStatus, rows.savedCount);
  return (
    <p className="muted" data-testid="paper-count">
      {t('paper.grid.count', { count: String(count), role: role })}
    </p>
  );
}
