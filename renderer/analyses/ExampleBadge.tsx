import { FlaskConical } from 'lucide-react';
import { useT } from '../i18n/i18n.ts';

/** Marks an example analysis, on its card in the list and on its overview. */
export function ExampleBadge() {
  const { t } = useT();
  return (
    <span className="badge badge--example">
      <FlaskConical aria-hidden size={14} />
      {t('analyses.example.badge')}
    </span>
  );
}
