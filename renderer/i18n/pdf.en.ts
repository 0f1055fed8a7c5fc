import type { pdfSv } from './pdf.sv.ts';

/** English texts of the PDF handouts and report; spread into en.ts. */
export const pdfEn: Record<keyof typeof pdfSv, string> = {
};
