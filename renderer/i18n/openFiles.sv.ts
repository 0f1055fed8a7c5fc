/** Swedish texts for analysis files opened from outside the app (a double-click, the command line); spread into sv.ts. */
export const openFilesSv = {
  'openFiles.error.wrongType': 'AKR Studio öppnar bara analysfiler, alltså filer vars namn slutar på .akr. Inget har ändrats.',
  'openFiles.error.notAFile':
    'Det här är ingen vanlig fil utan en länk, en mapp eller något annat som AKR Studio inte öppnar. Öppna själva filen i stället. Inget har ändrats.',
  'openFiles.waiting_one': 'Ytterligare {count} fil väntar. Den visas när du har stängt den här.',
  'openFiles.waiting_other': 'Ytterligare {count} filer väntar. De visas en i taget när du har stängt den här.',
};
