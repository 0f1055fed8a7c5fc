import { describe, expect, it } from 'vitest';
import type { PaperRow } from '../../../shared/survey/paper.ts';
import type { GridColumn } from '../../../renderer/survey/paper/columns.ts';
import { createGridRows, type RowStatus } from '../../../renderer/survey/paper/gridRows.ts';

const row = (id: string, form: string, values: Record<string, string> = {}): PaperRow => ({ id, form, values, contract: '', mission: '', comment: '' });
const FORM: GridColumn = { kind: 'form' };
const TASK: GridColumn = { kind: 'task', taskId: 't1', title: 'Diska' };

/** A grid of forms 1 and 2 (stored) and a blank row, counting what each listener hears. */
function setup() {
  const grid = createGridRows();
  grid.reset(
    [row('a', '1', { t1: '2' }), row('b', '2'), row('blank', '')],
    new Map<string, RowStatus>([
      ['a', 'saved'],
      ['b', 'saved'],
    ]),
  );
  const heard = { a: 0, b: 0, ids: 0, status: 0, repeats: 0 };
  grid.subscribeRow('a', () => heard.a++);
  grid.subscribeRow('b', () => heard.b++);
  grid.subscribeIds(() => heard.ids++);
  grid.subscribeStatus(() => heard.status++);
  grid.subscribeRepeats(() => heard.repeats++);
  return { grid, heard };
}

describe('the entry grid’s rows', () => {
  it('tells only the row typed in, and keeps the other rows and the row list as they were', () => {
    const { grid, heard } = setup();
    const ids = grid.ids();
    const b = grid.row('b');
    grid.setCell('a', TASK, '7,5');
    expect(grid.row('a')?.values).toEqual({ t1: '7,5' });
    expect(heard).toEqual({ a: 1, b: 0, ids: 0, status: 0, repeats: 0 });
    expect(grid.ids()).toBe(ids);
    expect(grid.row('b')).toBe(b);
  });

  it('opens a blank row below the last one when it is typed in, but not for an emptied box', () => {
    const { grid, heard } = setup();
    grid.setCell('blank', TASK, '');
    expect(grid.ids()).toHaveLength(3);
    grid.setCell('blank', FORM, '3');
    expect(grid.ids()).toHaveLength(4);
    expect(heard.ids).toBe(1);
    expect(grid.row(grid.ids()[3] ?? '')?.form).toBe('');
  });

  it('finds a repeated form number again once a number changes, and says so', () => {
    const { grid, heard } = setup();
    expect(grid.repeated('b')).toBeUndefined();
    grid.setCell('b', FORM, '1');
    expect(heard.repeats).toBe(1);
    expect(grid.repeated('b')).toBe(1);
    expect(grid.repeated('a')).toBeUndefined();
    grid.setCell('a', FORM, '5');
    expect(grid.repeated('b')).toBeUndefined();
  });

  it('counts the stored rows and tells the row and the count only when its status really changes', () => {
    const { grid, heard } = setup();
    expect(grid.savedCount()).toBe(2);
    grid.setStatus('a', 'notSaved');
    grid.setStatus('a', 'notSaved');
    expect(heard.a).toBe(1);
    expect(heard.status).toBe(1);
    expect(grid.savedCount()).toBe(1);
    expect(grid.status('blank')).toBe('none');
  });

  it('takes a row out and always ends with one blank row', () => {
    const { grid } = setup();
    grid.remove('b');
    expect(grid.ids()).toEqual(['a', 'blank']);
    expect(grid.status('b')).toBe('none');
    grid.remove('blank');
    expect(grid.ids()).toHaveLength(2);
    expect(grid.ids()[0]).toBe('a');
    expect(grid.row(grid.ids()[1] ?? '')?.form).toBe('');
    expect(grid.all().map((r) => r.id)).toEqual(grid.ids());
  });

  it('stops telling a listener once it unsubscribes', () => {
    const grid = createGridRows();
    grid.reset([row('a', '1')], new Map());
    let heard = 0;
    const stop = grid.subscribeRow('a', () => heard++);
    grid.setCell('a', FORM, '2');
    stop();
    grid.setCell('a', FORM, '3');
    expect(heard).toBe(1);
  });
});
