import { describe, expect, it } from 'vitest';
import { responseTracking } from '../../../../shared/survey/tracking.ts';

const roles = [
  { id: 'fl', name: 'Förskollärare', headcount: 8 },
  { id: 'bs', name: 'Barnskötare', headcount: 6 },
  { id: 'kock', name: 'Kock', headcount: 2 },
  { id: 'rektor', name: 'Rektor', headcount: 0 },
];
const answers = (role: string, n: number) => Array.from({ length: n }, () => ({ role }));

describe('response tracking', () => {
  it('counts the answers per role against the headcount, with the rate and the roles nobody answered for', () => {
    const t = responseTracking(roles, [...answers('förskollärare', 6), ...answers('Barnskötare ', 3)], 3);
    expect(t.roles.map((r) => [r.name, r.expected, r.received, r.rate])).toEqual([
      ['Förskollärare', 8, 6, 0.75],
      ['Barnskötare', 6, 3, 0.5],
      ['Kock', 2, 0, 0],
      ['Rektor', null, 0, null],
    ]);
    expect(t.silent).toEqual(['Kock', 'Rektor']);
    expect(t).toMatchObject({ expected: 16, received: 9, otherReceived: 0 });
  });

  it('holds back a count under the privacy threshold, and the total when it would give it away', () => {
    const t = responseTracking(roles, [...answers('Förskollärare', 5), ...answers('Kock', 1)], 3);
    expect(t.roles.find((r) => r.name === 'Kock')).toMatchObject({ received: null, rate: null });
    expect(t.received).toBeNull();
    expect(t.silent).toEqual(['Barnskötare', 'Rektor']);
    // Held-back counts that together reach the threshold may be told as a total, like a merged group.
    const together = responseTracking(roles, [...answers('Förskollärare', 5), ...answers('Kock', 2), ...answers('Vaktmästare', 1)], 3);
    expect(together.otherReceived).toBeNull();
    expect(together.received).toBe(8);
  });

  it('counts answers for roles the analysis does not have apart', () => {
    const t = responseTracking(roles, [...answers('Förskollärare', 3), ...answers('Vaktmästare', 4)], 3);
    expect(t.otherReceived).toBe(4);
    expect(t.received).toBe(7);
  });
});
