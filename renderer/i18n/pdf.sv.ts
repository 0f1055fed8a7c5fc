/** Swedish texts of the PDF handouts and report; spread into sv.ts. */
export const pdfSv = {
} as const;
