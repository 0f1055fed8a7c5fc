import type { aboutSv } from './about.sv.ts';

/** English texts of Settings › About that describe the build; spread into en.ts. */
export const aboutEn: Record<keyof typeof aboutSv, string> = {
  'settings.about.built': 'Built {date}',
  'settings.about.commit': 'Source version (commit): {commit}',
  'settings.about.commitModified': 'Source version (commit): {commit}, with changes that were not committed',
  'settings.about.unknown': 'unknown',
  'settings.about.offline':
    'AKR Studio fetches and sends nothing over the internet: no automatic updates, no crash reports, no statistics. New versions are installed by you or by your IT department.',
};
