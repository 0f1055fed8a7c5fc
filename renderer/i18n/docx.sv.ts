/** Swedish texts of the final report as a Word file; spread into sv.ts. */
export const docxSv = {
  'docxExport.report': 'Slutrapport (Word)',
  'docxExport.making': 'Skapar Word-filen…',
  'docxExport.done': '{name} är sparad.',
  'docxExport.failed': 'Word-filen kunde inte skapas: {message}',
} as const;
