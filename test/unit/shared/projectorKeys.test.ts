import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validProjectorKeys } from '../../../shared/model.ts';

describe('the projector keys', () => {
  it('are one letter or digit each, and not the same key', () => {
    expect(validProjectorKeys(DEFAULT_SETTINGS.projectorKeys)).toBe(true);
    expect(validProjectorKeys({ blank: 'ö', freeze: '2' })).toBe(true);
    expect(validProjectorKeys({ blank: 'b', freeze: 'B' })).toBe(false);
    expect(validProjectorKeys({ blank: '', freeze: 'f' })).toBe(false);
    expect(validProjectorKeys({ blank: 'bb', freeze: 'f' })).toBe(false);
    expect(validProjectorKeys({ blank: ' ', freeze: 'f' })).toBe(false);
    expect(validProjectorKeys({ blank: '/', freeze: 'f' })).toBe(false);
  });
});
