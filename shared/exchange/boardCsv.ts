import type { Board } from '../board.ts';
import { byOrder } from '../items.ts';
import { COLOURS, type Colour } from '../model.ts';
import type { CsvValue } from '../csvWrite.ts';

export interface BoardCsvLabels {
  task: string;
  role: string;
  colour: string;
  hours: string;
  notes: string;
  colourName: (c: Colour) => string;
}

/**
 * The board as CSV rows: one per card (task × role), by role, then colour
 * (Osorterat, Grön, Gul, Röd, Svart), then the card's place in its column.
 */
export function boardCsvRows(board: Board, labels: BoardCsvLabels): CsvValue[][] {
  const tasks = new Map(board.tasks.map((t) => [t.id, t]));
  const rows: CsvValue[][] = [[labels.task, labels.role, labels.colour, labels.hours, labels.notes]];
  for (const role of [...board.roles].sort(byOrder)) {
    for (const colour of COLOURS) {
      const cards = board.placements.filter((p) => p.roleId === role.id && p.colour === colour).sort(byOrder);
      for (const card of cards) {
        const task = tasks.get(card.taskId);
        if (!task) continue;
        rows.push([task.title, role.name, labels.colourName(colour), card.hours, task.notes === '' ? null : task.notes]);
      }
    }
  }
  return rows;
}
