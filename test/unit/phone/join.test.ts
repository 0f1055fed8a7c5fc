import { describe, expect, it } from 'vitest';
import { readCode, tokenFromHash } from '../../../phone/join';

const TOKEN = 'q2Xo0mZ4c1Yb8Jx7VtK_9fRw-3LhNsPa6DgEuIyTrWc';

describe('joining a room', () => {
  it('reads the token from the QR link’s hash, with or without the #', () => {
    expect(tokenFromHash(`#t=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash(`t=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash(`#x=1&t=${TOKEN}`)).toBe(TOKEN);
  });

  it('finds no token in an empty, foreign or malformed hash', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
    expect(tokenFromHash('#token=abc')).toBeNull();
    expect(tokenFromHash('#t=')).toBeNull();
    expect(tokenFromHash('#t=short')).toBeNull();
    expect(tokenFromHash(`#t=${TOKEN}<script>`)).toBeNull();
    expect(tokenFromHash(`#t=${'a'.repeat(129)}`)).toBeNull();
  });

  it('reads a typed code of six digits, spaces and dashes allowed between them', () => {
    expect(readCode('123456')).toBe('123456');
    expect(readCode(' 123 456 ')).toBe('123456');
    expect(readCode('123-456')).toBe('123456');
    expect(readCode('012345')).toBe('012345');
  });

  it('refuses anything but six digits', () => {
    for (const typed of ['', '12345', '1234567', '12a456', '١٢٣٤٥٦', '12 34 5', '123456\n7']) expect(readCode(typed), typed).toBeNull();
  });
});
