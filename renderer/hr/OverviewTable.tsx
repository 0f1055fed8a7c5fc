import { ArrowDown, ArrowUp } from 'lucide-react';
import { useId } from 'react';
import { OVERVIEW_COLUMNS, type Cell, type OverviewColumn, type OverviewRow, type SortKey } from '../../shared/hrOverview/overview.ts';
import { Hyphenated } from '../components/Hyphenated.tsx';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/sv.ts';
import { COLUMN_GROUPS } from './columnGroups.ts';

/** Hours per week and kronor are the columns that are not counts. */
const HOURS = new Set<OverviewColumn>(['hoursMoved', 'hoursFreed']);
const KRONOR = new Set<OverviewColumn>(['net1', 'net2', 'net3']);

export const columnLabel = (column: OverviewColumn): MessageKey => `hr.col.${column}`;
/** The label of a column under a group's heading ("AB" under "Personer i nya roller"). */
const shortLabel = (column: Exclude<OverviewColumn, 'newRoles'>): MessageKey => `hr.short.${column}`;

/** One figure: a hidden count as a dash with its reason for screen readers, a sum with one as "at least". */
export function CellText({ cell, column }: { cell: Cell; column: OverviewColumn }) {
  const { t, number } = useT();
  if (cell.kind === 'none') return null;
  if (cell.kind === 'people' && cell.hidden > 0) {
    if (cell.value === 0) {
      const why = t('hr.fewerThan', { n: cell.threshold });
      return (
        <span title={why}>
          <span aria-hidden>–</span>
          <span className="visually-hidden">{why}</span>
        </span>
      );
    }
    return <>{t('hr.atLeast', { value: cell.value })}</>;
  }
  return <>{number(cell.value, HOURS.has(column) ? 2 : KRONOR.has(column) ? 0 : 0)}</>;
}

interface OverviewTableProps {
  caption: string;
  /** The first columns: names (unit, administration …), each with a sort key when sortable. */
  nameColumns: { label: string; key?: 'unitName' | 'administration'; cell: (row: OverviewRow) => string; numeric?: boolean }[];
  rows: readonly OverviewRow[];
  total?: OverviewRow;
  totalLabel?: string;
  sort?: { key: SortKey; direction: 'ascending' | 'descending'; onSort: (key: SortKey) => void };
  testId: string;
}

/** A table of the overview's figures: name columns, then every figure column, right-aligned; sortable by any column when `sort` is given. */
export function OverviewTable({ caption, nameColumns, rows, total, totalLabel, sort, testId }: OverviewTableProps) {
  const { t } = useT();
  const captionId = useId();
  /**
   * A column's heading: `label` as shown, `name` in full where the label is short (the sort
   * button's name, which contains the label); `rowSpan` 2 beside the groups' headings.
   */
  const head = (label: string, key: SortKey | undefined, numeric: boolean, name?: string, rowSpan?: number) => {
    const sorted = sort && key !== undefined && sort.key === key ? sort.direction : undefined;
    return (
      <th
        key={label + (key ?? '')}
        scope="col"
        rowSpan={rowSpan}
        className={numeric ? 'staffing-num' : undefined}
        aria-sort={sort && key !== undefined ? (sorted ?? 'none') : undefined}
        aria-label={sort && key !== undefined ? undefined : name}
        data-column={key}
      >
        {sort && key !== undefined ? (
          <button type="button" className="hr-sort" aria-label={name} onClick={() => sort.onSort(key)}>
            {/* Not hyphenated: the name (aria-label, the full label) must contain the label as shown. */}
            {label}
            {sorted === 'ascending' && <ArrowUp aria-hidden size={16} />}
            {sorted === 'descending' && <ArrowDown aria-hidden size={16} />}
          </button>
        ) : (
          <Hyphenated text={label} />
        )}
      </th>
    );
  };
  const figures = (row: OverviewRow) =>
    OVERVIEW_COLUMNS.map((c) => (
      <td key={c} className="staffing-num" data-column={c}>
        <CellText cell={row.cells[c]} column={c} />
      </td>
    ));
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table staffing-table hr-table" data-testid={testId}>
        {/* The heading above says it; the caption names the table for screen readers. */}
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        {nameColumns.map((c) => (
          <col key={c.label} />
        ))}
        {COLUMN_GROUPS.map((g) => (
          <colgroup key={g.columns.join()} span={g.columns.length} />
        ))}
        <thead>
          <tr>
            {nameColumns.map((c) => head(c.label, c.key, c.numeric ?? false, undefined, 2))}
            {COLUMN_GROUPS.map((g) =>
              g.heading === null ? (
                g.columns.map((c) => head(t(columnLabel(c)), c, true, undefined, 2))
              ) : (
                <th key={g.heading} scope="colgroup" colSpan={g.columns.length} className="hr-group">
                  <Hyphenated text={t(`hr.group.${g.heading}`)} />
                </th>
              ),
            )}
          </tr>
          <tr>
            {COLUMN_GROUPS.flatMap((g) =>
              g.heading === null ? [] : g.columns.map((c) => (c === 'newRoles' ? null : head(t(shortLabel(c)), c, true, t(columnLabel(c))))),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              {nameColumns.map((c, i) =>
                i === 0 ? (
                  <th key={c.label} scope="row">
                    <Hyphenated text={c.cell(row)} />
                  </th>
                ) : (
                  <td key={c.label} className={c.numeric ? 'staffing-num' : undefined}>
                    <Hyphenated text={c.cell(row)} />
                  </td>
                ),
              )}
              {figures(row)}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr data-key="total">
              <th scope="row">{totalLabel}</th>
              {nameColumns.slice(1).map((c) => (
                <td key={c.label} className={c.numeric ? 'staffing-num' : undefined}>
                  {c.cell(total)}
                </td>
              ))}
              {figures(total)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
