import { ANCHOR_KEYS, type AnchorKey } from '../../shared/vocabulary.ts';
import { EMPTY_ANCHOR_ENTRY, type AnchorEntry, type Anchoring } from '../../shared/reportEdits.ts';
import { AutosaveField } from '../components/AutosaveField.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';

/** The decision trail: per item done or not, the date, by whom and a note; each change one undo step. */
export function DecisionTrail({ analysisId, anchoring }: { analysisId: string; anchoring: Anchoring | null }) {
  const { t } = useT();
  const setAnchorEntry = useApp((s) => s.setAnchorEntry);
  const change = (key: AnchorKey, patch: Partial<AnchorEntry>) => setAnchorEntry(analysisId, key, patch, t('report.history.trail'));
  const cell = (key: AnchorKey, field: 'report.trail.done' | 'report.trail.date' | 'report.trail.by' | 'report.trail.note') =>
    t('report.trail.cell', { item: t(`report.anchor.${key}`), field: t(field) });
  return (
    <section className="panel report-section" aria-labelledby="report-trail-title">
      <h2 id="report-trail-title">{t('report.trail.title')}</h2>
      <p className="muted">{t('report.trail.intro')}</p>
      <table className="data-table report-trail">
        <caption className="visually-hidden">{t('report.trail.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.trail.item')}</th>
            <th scope="col">{t('report.trail.done')}</th>
            <th scope="col">{t('report.trail.date')}</th>
            <th scope="col">{t('report.trail.by')}</th>
            <th scope="col">{t('report.trail.note')}</th>
          </tr>
        </thead>
        <tbody>
          {ANCHOR_KEYS.map((key) => {
            const entry = anchoring?.entries[key] ?? EMPTY_ANCHOR_ENTRY;
            return (
              <tr key={key} data-anchor={key}>
                <th scope="row">{t(`report.anchor.${key}`)}</th>
                <td className="report-trail__done">
                  <input
                    type="checkbox"
                    className="checkbox"
                    aria-label={cell(key, 'report.trail.done')}
                    checked={entry.done}
                    onChange={(e) => void change(key, { done: e.target.checked })}
                  />
                </td>
                <td>
                  <DateInput label={cell(key, 'report.trail.date')} hideLabel value={entry.date} onChange={(date) => void change(key, { date })} />
                </td>
                <td>
                  <AutosaveField
                    label={cell(key, 'report.trail.by')}
                    hideLabel
                    maxLength={200}
                    stored={entry.by}
                    save={(by) => change(key, { by: by.trim() })}
                  />
                </td>
                <td>
                  <AutosaveField
                    label={cell(key, 'report.trail.note')}
                    hideLabel
                    multiline
                    maxLength={2000}
                    stored={entry.note}
                    save={(note) => change(key, { note: note.trim() })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
