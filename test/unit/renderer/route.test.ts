import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type Route } from '../../../renderer/store/route.ts';

describe('routes in the URL hash', () => {
  const routes: [label: string, route: Route, hash: string][] = [
    ['the list of analyses', { name: 'analyses' }, '#/'],
    ['the settings', { name: 'settings' }, '#/settings'],
    ['HR’s overview across units', { name: 'hr' }, '#/hr'],
    ['the overview of an analysis', { name: 'analysis', id: 'a1', view: 'overview' }, '#/analyses/a1'],
    ['the roles of an analysis', { name: 'analysis', id: 'a1', view: 'roles' }, '#/analyses/a1/roles'],
  ];

  it.each(routes)('writes %s as a hash and reads it back', (_label, route, hash) => {
    expect(routeToHash(route)).toBe(hash);
    expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('keeps an id with a slash, a space and other special characters intact', () => {
    for (const id of ['a/b c', 'ö#?%&=', '../settings']) {
      const route: Route = { name: 'analysis', id, view: 'roles' };
      expect(hashToRoute(routeToHash(route))).toEqual(route);
    }
  });

  it('shows the overview of an analysis when the view is unknown', () => {
    expect(hashToRoute('#/analyses/a1/nope')).toEqual({ name: 'analysis', id: 'a1', view: 'overview' });
  });

  it('reads a hash without the leading slash', () => {
    expect(hashToRoute('#settings')).toEqual({ name: 'settings' });
  });

  it.each(['#/nope', '', '#', '#/analyses', '#/analyses/', '#/analyses/%', '#/analyses/%E0%A4%A'])(
    'falls back to the list of analyses for the hash "%s"',
    (hash) => {
      expect(hashToRoute(hash)).toEqual({ name: 'analyses' });
    },
  );
});
