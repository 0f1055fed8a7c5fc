/** Swedish texts of the newRoles feature; spread into sv.ts. */
export const newRolesSv = {
} as const;
