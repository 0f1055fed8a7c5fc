import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBoardChanges, moveCard } from '../../../../shared/board.ts';
import { COLOURS, type Colour, type Placement, type Role, type Task } from '../../../../shared/model.ts';
import { cellAfter, toCardTarget } from '../../../../renderer/board/targets.ts';
import { ALL_ROLES, boardModel, cellKey } from '../../../../renderer/board/useBoardData.ts';

const NOW = '2026-12-04T10:00:00.000Z';
const ROLES: Role[] = ['r1', 'r2', 'r3'].map((id, i) => ({
  id,
  rev: 1,
  updatedAt: NOW,
  analysisId: 'a',
  name: id,
  headcount: 2,
  fullTimeHours: 40,
  order: `a${i}`,
}));

/** A board of `n` tasks, each placed for some roles in some colour, with orders that may tie. */
const boards = fc
  .array(
    fc.record({
      roles: fc.subarray(['r1', 'r2', 'r3'], { minLength: 1 }),
      colour: fc.constantFrom(...COLOURS),
      order: fc.constantFrom('a0', 'a1', 'a2', 'a3'),
    }),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((specs) => {
    const tasks: Task[] = specs.map((_, i) => ({ id: `t${i}`, rev: 1, updatedAt: NOW, analysisId: 'a', title: `T${i}`, notes: '', createdAt: NOW }));
    const placements: Placement[] = specs.flatMap((s, i) =>
      s.roles.map((roleId) => ({
        id: `${roleId}-p${i}`,
        rev: 1,
        updatedAt: NOW,
        analysisId: 'a',
        taskId: `t${i}`,
        roleId,
        colour: s.colour,
        order: s.order,
        hours: 1,
      })),
    );
    return { roles: ROLES, tasks, placements };
  });

describe('cellAfter', () => {
  it('gives a cell as the board will draw it once a move has landed, in per-role lanes and the all-roles lane', () => {
    fc.assert(
      fc.property(
        boards,
        fc.nat(),
        fc.constantFrom<string>(ALL_ROLES, 'r1', 'r2', 'r3'),
        fc.constantFrom<Colour>(...COLOURS),
        fc.nat({ max: 15 }),
        (data, pick, lane, colour, index) => {
          const model = boardModel(data, true);
          const placement = data.placements[pick % data.placements.length];
          if (!placement) return;
          const cell = cellKey(lane, colour);
          const result = moveCard(model, placement.id, toCardTarget(model, placement, { cell, index }), NOW);
          if (!result.ok) return;
          const drawn = boardModel(applyBoardChanges(model, result.changes), true).cells.get(cell);
          expect(cellAfter(model, cell, result.changes).map((p) => p.id)).toEqual(drawn?.map((p) => p.id));
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
