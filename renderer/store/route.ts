/** Where the user is. Kept in the URL hash so reload and back/forward work. */
export type Route =
  | { name: 'analyses' }
  | { name: 'settings' }
  | { name: 'analysis'; id: string; view: AnalysisView }
  /** The projector window of an analysis: view-only, following the facilitator's window. */
  | { name: 'present'; id: string };

export const ANALYSIS_VIEWS = ['overview', 'info', 'roles', 'survey', 'board', 'swot', 'actions', 'newRoles', 'report', 'followUp', 'history'] as const;
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number];

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'analyses':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'analysis':
      return `#/analyses/${encodeURIComponent(route.id)}${route.view === 'overview' ? '' : `/${route.view}`}`;
    case 'present':
      return `#/present/${encodeURIComponent(route.id)}`;
  }
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null; // a truncated or hand-typed "%" sequence
  }
}

export function hashToRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'present' && parts[1]) {
    const id = decode(parts[1]);
    if (id) return { name: 'present', id };
  }
  const id = parts[0] === 'analyses' && parts[1] ? decode(parts[1]) : null;
  if (id) {
    const view = (ANALYSIS_VIEWS as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as AnalysisView) : 'overview'; // checked just above
    return { name: 'analysis', id, view };
  }
  return { name: 'analyses' };
}
