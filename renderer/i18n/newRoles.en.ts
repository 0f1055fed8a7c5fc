import type { newRolesSv } from './newRoles.sv.ts';

/** English texts of the newRoles feature; spread into en.ts. */
export const newRolesEn: Record<keyof typeof newRolesSv, string> = {
};
