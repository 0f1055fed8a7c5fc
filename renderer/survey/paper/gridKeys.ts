/**
 * Where a key takes the focus in the paper entry grid, spreadsheet style.
 * Pure: the grid asks with the cell and the grid's size, and moves the focus.
 */

/** A cell of the grid: row and column, from 0. */
export interface GridCell {
  row: number;
  col: number;
}

/** What the grid needs to know about the key pressed. */
export interface GridKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  /** Caret at the start / end of the field's text with nothing selected (arrows leave the field only then). */
  atStart: boolean;
  atEnd: boolean;
}

/**
 * The cell a key moves to, or null when the key is the field's own (typing,
 * an arrow inside the text) or leaves the grid (Tab past the last cell, so
 * the keyboard is never trapped).
 */
export function moveFrom(at: GridCell, k: GridKey, rows: number, cols: number): GridCell | null {
  const last = cols - 1;
  const to = (row: number, col: number): GridCell | null => (row < 0 || row >= rows || col < 0 || col > last ? null : { row, col });
  switch (k.key) {
    case 'Tab':
      if (k.shiftKey) return at.col > 0 ? to(at.row, at.col - 1) : to(at.row - 1, last);
      return at.col < last ? to(at.row, at.col + 1) : to(at.row + 1, 0);
    case 'Enter':
      return to(at.row + (k.shiftKey ? -1 : 1), at.col);
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowUp':
      return to(at.row - 1, at.col);
    case 'ArrowLeft':
      return k.atStart ? to(at.row, at.col - 1) : null;
    case 'ArrowRight':
      return k.atEnd ? to(at.row, at.col + 1) : null;
    case 'Home':
      return k.ctrlKey ? to(0, 0) : to(at.row, 0);
    case 'End':
      return k.ctrlKey ? to(rows - 1, last) : to(at.row, last);
    default:
      return null;
  }
}
