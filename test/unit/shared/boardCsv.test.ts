import { describe, expect, it } from 'vitest';
import { boardCsvRows } from '../../../shared/exchange/boardCsv.ts';
import { toCsv } from '../../../shared/csvWrite.ts';
import type { Placement, Role, Task } from '../../../shared/model.ts';

const at = 't';
const role = (id: string, name: string, order: string): Role => ({ id, rev: 1, updatedAt: at, analysisId: 'a', name, headcount: 1, fullTimeHours: 40, order });
const task = (id: string, title: string, notes = ''): Task => ({ id, rev: 1, updatedAt: at, analysisId: 'a', title, notes, createdAt: at });
const card = (id: string, taskId: string, roleId: string, colour: Placement['colour'], order: string, hours: number | null): Placement => ({
  id,
  rev: 1,
  updatedAt: at,
  analysisId: 'a',
  taskId,
  roleId,
  colour,
  order,
  hours,
});
const labels = {
  task: 'Uppgift',
  role: 'Yrkesroll',
  colour: 'Färg',
  hours: 'Timmar per vecka',
  notes: 'Anteckningar',
  colourName: (c: string) => ({ unsorted: 'Osorterat', green: 'Grön', yellow: 'Gul', red: 'Röd', black: 'Svart' })[c] ?? c,
};

describe('the board as CSV', () => {
  it('lists every card by role, colour and place, with hours as decimal commas and formulas escaped', () => {
    const board = {
      roles: [role('r2', 'Barnskötare', 'a2'), role('r1', 'Förskollärare', 'a1')],
      tasks: [task('t1', 'Diska', 'Efter lunch; varje dag'), task('t2', '=SUMMA(A1)'), task('t3', 'Planera')],
      placements: [
        card('p1', 't1', 'r2', 'red', 'a1', 2.5),
        card('p2', 't2', 'r2', 'red', 'a0', null),
        card('p3', 't3', 'r1', 'green', 'a0', 10),
        card('p4', 't1', 'r1', 'unsorted', 'a0', 1),
      ],
    };
    expect(toCsv(boardCsvRows(board, labels))).toBe(
      [
        'Uppgift;Yrkesroll;Färg;Timmar per vecka;Anteckningar',
        'Diska;Förskollärare;Osorterat;1;"Efter lunch; varje dag"',
        'Planera;Förskollärare;Grön;10;',
        "'=SUMMA(A1);Barnskötare;Röd;;",
        'Diska;Barnskötare;Röd;"2,5";"Efter lunch; varje dag"',
        '',
      ].join('\r\n'),
    );
  });
});
