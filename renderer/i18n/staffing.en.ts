import type { staffingSv } from './staffing.sv.ts';

/** English texts of the staffing feature; spread into en.ts. */
export const staffingEn: Record<keyof typeof staffingSv, string> = {
};
