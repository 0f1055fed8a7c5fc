/** A role as the kiosk offers it: its tasks in the survey's order. */
export interface KioskRole {
  name: string;
  fullTimeHours: number;
  tasks: { taskId: string; title: string }[];
}
