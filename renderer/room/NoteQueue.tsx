import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { RoomInbox } from './inboxTypes.ts';

/**
 * SWOT notes from phones waiting for the facilitator: each let through onto
 * the canvas or discarded, or all let through at once; the switch lets them
 * through as they come. A note waiting here is on no canvas and no projector.
 */
export function NoteQueue({ inbox }: { inbox: RoomInbox }) {
  const { t, plural } = useT();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: () => Promise<void>) => {
    setWorking(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWorking(false);
    }
  };
  const pending = inbox.pending;
  return (
    <section className="phones-queue" aria-labelledby="phones-queue-heading">
      <h3 id="phones-queue-heading" className="phones-panel__heading">
        {t('phones.queue.heading')}
      </h3>
      <label className="phones-queue__switch">
        <input
          type="checkbox"
          role="switch"
          checked={inbox.autoLetThrough}
          disabled={working}
          onChange={(e) => void act(() => inbox.setAutoLetThrough(e.target.checked))}
        />
        <span>{t('phones.queue.auto')}</span>
      </label>
      <p className="phones-queue__count" aria-live="polite">
        {pending.length === 0 ? t('phones.queue.empty') : plural('phones.queue.waiting', pending.length)}
      </p>
      {pending.length > 0 && (
        <>
          <button type="button" className="button button--small" disabled={working} onClick={() => void act(() => inbox.letThrough('all'))}>
            {t('phones.queue.all', { count: pending.length })}
          </button>
          <ul className="phones-queue__list" aria-label={t('phones.queue.heading')}>
            {pending.map((note) => (
              <li key={note.id} className="phones-queue__note" data-testid="queued-note">
                <p className="phones-queue__quadrant">{t(`swot.quadrant.${note.quadrant}`)}</p>
                <p className="phones-queue__text">{note.text}</p>
                <div className="phones-queue__actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={working}
                    aria-label={t('phones.queue.oneLabel', { text: short(note.text) })}
                    onClick={() => void act(() => inbox.letThrough([note.id]))}
                  >
                    {t('phones.queue.one')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={working}
                    aria-label={t('phones.queue.discardLabel', { text: short(note.text) })}
                    onClick={() => void act(() => inbox.discard(note.id))}
                  >
                    {t('phones.queue.discard')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p role="alert" className="phones-panel__error">
          {t('phones.queue.failed', { detail: error })}
        </p>
      )}
    </section>
  );
}

/** A note's start, for a button's accessible name. */
function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}
