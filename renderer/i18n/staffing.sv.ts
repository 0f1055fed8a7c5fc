/** Swedish texts of the staffing feature; spread into sv.ts. */
export const staffingSv = {
} as const;
