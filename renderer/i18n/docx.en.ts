import type { docxSv } from './docx.sv.ts';

/** English texts of the final report as a Word file; spread into en.ts. */
export const docxEn: Record<keyof typeof docxSv, string> = {
  'docxExport.report': 'Final report (Word)',
  'docxExport.making': 'Making the Word file…',
  'docxExport.done': '{name} is saved.',
  'docxExport.failed': 'The Word file could not be made: {message}',
};
