import type { openFilesSv } from './openFiles.sv.ts';

/** English texts for analysis files opened from outside the app; spread into en.ts. */
export const openFilesEn: Record<keyof typeof openFilesSv, string> = {
  'openFiles.error.wrongType': 'AKR Studio only opens analysis files, that is files whose names end in .akr. Nothing was changed.',
  'openFiles.error.notAFile':
    'This is not an ordinary file but a link, a folder or something else AKR Studio does not open. Open the file itself instead. Nothing was changed.',
  'openFiles.waiting_one': '{count} more file is waiting. It is shown once you have closed this one.',
  'openFiles.waiting_other': '{count} more files are waiting. They are shown one at a time once you have closed this one.',
};
