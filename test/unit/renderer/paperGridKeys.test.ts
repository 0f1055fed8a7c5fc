import { describe, expect, it } from 'vitest';
import { moveFrom, type GridKey } from '../../../renderer/survey/paper/gridKeys.ts';

const key = (k: string, patch: Partial<GridKey> = {}): GridKey => ({ key: k, shiftKey: false, ctrlKey: false, atStart: true, atEnd: true, ...patch });

describe('moving in the paper entry grid', () => {
  it('moves sideways with Tab and Shift+Tab, wrapping to the next and previous row', () => {
    expect(moveFrom({ row: 1, col: 2 }, key('Tab'), 5, 4)).toEqual({ row: 1, col: 3 });
    expect(moveFrom({ row: 1, col: 3 }, key('Tab'), 5, 4)).toEqual({ row: 2, col: 0 });
    expect(moveFrom({ row: 2, col: 0 }, key('Tab', { shiftKey: true }), 5, 4)).toEqual({ row: 1, col: 3 });
  });

  it('lets Tab leave the grid past its last cell and Shift+Tab before its first, so the keyboard is never trapped', () => {
    expect(moveFrom({ row: 4, col: 3 }, key('Tab'), 5, 4)).toBeNull();
    expect(moveFrom({ row: 0, col: 0 }, key('Tab', { shiftKey: true }), 5, 4)).toBeNull();
  });

  it('moves down and up with Enter, Shift+Enter and the arrows, and along the row with Home and End', () => {
    expect(moveFrom({ row: 1, col: 2 }, key('Enter'), 5, 4)).toEqual({ row: 2, col: 2 });
    expect(moveFrom({ row: 1, col: 2 }, key('Enter', { shiftKey: true }), 5, 4)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 1, col: 2 }, key('ArrowDown'), 5, 4)).toEqual({ row: 2, col: 2 });
    expect(moveFrom({ row: 1, col: 2 }, key('ArrowUp'), 5, 4)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 1, col: 2 }, key('Home'), 5, 4)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 1, col: 2 }, key('End'), 5, 4)).toEqual({ row: 1, col: 3 });
    expect(moveFrom({ row: 1, col: 2 }, key('End', { ctrlKey: true }), 5, 4)).toEqual({ row: 4, col: 3 });
  });

  it('leaves the left and right arrows to the text until the caret is at its edge', () => {
    expect(moveFrom({ row: 1, col: 2 }, key('ArrowLeft', { atStart: false }), 5, 4)).toBeNull();
    expect(moveFrom({ row: 1, col: 2 }, key('ArrowLeft'), 5, 4)).toEqual({ row: 1, col: 1 });
    expect(moveFrom({ row: 1, col: 2 }, key('ArrowRight', { atEnd: false }), 5, 4)).toBeNull();
    expect(moveFrom({ row: 1, col: 2 }, key('ArrowRight'), 5, 4)).toEqual({ row: 1, col: 3 });
    expect(moveFrom({ row: 1, col: 2 }, key('7'), 5, 4)).toBeNull();
  });
});
