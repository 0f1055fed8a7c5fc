import { CalendarClock, Circle, CircleCheck } from 'lucide-react';
import type { StepStatus } from '../../shared/model.ts';

const ICONS = { notStarted: Circle, planned: CalendarClock, done: CircleCheck } as const;

/** A status shown by shape as well as colour. Decorative: the text next to it names the status. */
export function StepStatusIcon({ status, size = 20 }: { status: StepStatus; size?: number }) {
  const Icon = ICONS[status];
  return <Icon aria-hidden size={size} className={`status-icon status-icon--${status}`} />;
}
