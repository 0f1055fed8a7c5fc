import { Building2 } from 'lucide-react';
import type { ReactNode } from 'react';

/** Says that a setting is managed by the organisation's policy: an icon and words, next to the control it concerns. */
export function ManagedNote({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="managed" data-managed="">
      <Building2 aria-hidden size={16} />
      <span>{children}</span>
    </p>
  );
}
