/** Swedish texts of Settings › About that describe the build; spread into sv.ts. */
export const aboutSv = {
  'settings.about.built': 'Byggd {date}',
  'settings.about.commit': 'Källkodsversion (commit): {commit}',
  'settings.about.commitModified': 'Källkodsversion (commit): {commit}, med ändringar som inte var incheckade',
  'settings.about.unknown': 'okänd',
  'settings.about.offline':
    'AKR Studio hämtar och skickar ingenting över internet: ingen automatisk uppdatering, inga kraschrapporter, ingen statistik. Nya versioner installeras av dig eller av din IT-avdelning.',
} as const;
