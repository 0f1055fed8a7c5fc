import { useEffect, useId, useState } from 'react';
import type { RoomAddress } from '../../shared/room/bridge.ts';
import { useT } from '../i18n/i18n.ts';
import { ActivityPicker } from './ActivityPicker.tsx';
import { NoteQueue } from './NoteQueue.tsx';
import { PollSpread } from './PollSpread.tsx';
import { useRoom } from './roomContext.ts';
import { RoomQr } from './RoomQr.tsx';
import { NoNetworkHelp } from './NoNetworkHelp.tsx';

/**
 * The facilitator's room: open it (choosing the network when there are
 * several), how phones join (QR code, address, six-digit code), how many are
 * connected and what they sent (never who), the lock-out after wrong codes,
 * what is open to the phones, the notes waiting, the room's views for the
 * projector, and closing it.
 */
export function RoomPanel({ analysisId }: { analysisId: string }) {
  const { t, plural } = useT();
  const { bridge, session, state, deps } = useRoom();
  const inbox = deps.useInbox(analysisId);
  const info = state.info;
  const activity = info?.activity ?? null;
  const poll = activity?.kind === 'poll' ? { activityId: activity.id, role: activity.role, taskId: activity.taskId } : null;
  const counts = deps.usePollCounts(analysisId, poll);
  const [addresses, setAddresses] = useState<RoomAddress[] | null>(null);
  const [address, setAddress] = useState('');
  const addressId = useId();

  useEffect(() => {
    if (!bridge.supported || info) return;
    let live = true;
    void bridge
      .addresses()
      .then((list) => {
        if (!live) return;
        setAddresses(list);
        setAddress((chosen) => (list.some((a) => a.address === chosen) ? chosen : (list[0]?.address ?? '')));
      })
      .catch(() => live && setAddresses([]));
    return () => {
      live = false;
    };
  }, [bridge, info]);

  if (!bridge.supported) {
    return (
      <section className="phones-panel" aria-labelledby="phones-title">
        <h2 id="phones-title">{t('phones.title')}</h2>
        <p>{t('phones.unsupported')}</p>
      </section>
    );
  }

  const elsewhere = info !== null && info.analysisId !== analysisId;
  if (info === null || elsewhere) {
    const problem = state.problem;
    return (
      <section className="phones-panel" aria-labelledby="phones-title">
        <h2 id="phones-title">{t('phones.title')}</h2>
        <p>{t('phones.intro')}</p>
        {elsewhere && <p className="phones-panel__note">{t('phones.elsewhere')}</p>}
        {addresses && addresses.length > 1 && (
          <div className="field">
            <label htmlFor={addressId}>{t('phones.address')}</label>
            <select id={addressId} value={address} onChange={(e) => setAddress(e.target.value)}>
              {addresses.map((a) => (
                <option key={a.address} value={a.address}>
                  {t('phones.addressOption', { name: a.name, address: a.address })}
                </option>
              ))}
            </select>
          </div>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={state.busy !== null}
          onClick={() => void session.open(analysisId, addresses && addresses.length > 1 && address ? address : undefined)}
        >
          {state.busy === 'opening' ? t('phones.opening') : t('phones.open')}
        </button>
        {problem?.problem === 'noNetwork' && <NoNetworkHelp />}
        {problem?.problem === 'failed' && (
          <p role="alert" className="phones-panel__error">
            {t('phones.failed', { detail: problem.detail })}
          </p>
        )}
        {problem?.problem === 'unsupported' && (
          <p role="alert" className="phones-panel__error">
            {t('phones.unsupported')}
          </p>
        )}
      </section>
    );
  }

  const received = inbox?.received;
  return (
    <section className="phones-panel" aria-labelledby="phones-title" data-testid="phones-panel">
      <h2 id="phones-title">{t('phones.titleOpen')}</h2>
      <div className="phones-join">
        <RoomQr url={info.url} label={t('phones.qrLabel')} className="phones-join__qr" />
        <dl className="phones-join__ways">
          <dt>{t('phones.typeAddress')}</dt>
          <dd className="phones-join__address" data-testid="room-address">
            {info.shortUrl}
          </dd>
          <dt>{t('phones.typeCode')}</dt>
          <dd className="phones-join__code" data-testid="room-code" aria-label={info.code.split('').join(' ')}>
            {info.code}
          </dd>
        </dl>
      </div>
      {info.locked ? (
        <div role="alert" className="phones-panel__warning">
          <p>{t('phones.locked')}</p>
        </div>
      ) : (
        state.wrongCodes && <p className="phones-panel__note">{t('phones.wrongCodes', { wrong: state.wrongCodes.wrong, limit: state.wrongCodes.limit })}</p>
      )}
      <button type="button" className="button button--small" disabled={state.busy !== null} onClick={() => void session.newCode()}>
        {t('phones.newCode')}
      </button>

      <ul className="phones-figures" aria-label={t('phones.figures')} data-testid="room-figures">
        <li>
          <span className="phones-figures__n">{info.phones}</span> {plural('phones.connected', info.phones)}
        </li>
        {received && (
          <>
            <li>
              <span className="phones-figures__n">{received.answers}</span> {plural('phones.answers', received.answers)}
            </li>
            <li>
              <span className="phones-figures__n">{received.notes}</span> {plural('phones.notes', received.notes)}
            </li>
            <li>
              <span className="phones-figures__n">{received.dots}</span> {plural('phones.dots', received.dots)}
            </li>
          </>
        )}
      </ul>
      {state.journalFailed && (
        <p role="alert" className="phones-panel__error">
          {t('phones.journalFailed', { detail: state.journalFailed })}
        </p>
      )}

      <ActivityPicker analysisId={analysisId} activity={info.activity} busy={state.busy !== null} onChoose={(a) => session.setActivity(a)} />
      {activity?.kind === 'poll' && (
        <section className="phones-poll" aria-labelledby="phones-poll-heading">
          <h3 id="phones-poll-heading" className="phones-panel__heading">
            {t('phones.poll.heading', { title: activity.title, role: activity.role })}
          </h3>
          <PollSpread counts={counts} />
        </section>
      )}

      {inbox && <NoteQueue inbox={inbox} />}

      <section className="phones-projector" aria-labelledby="phones-projector-heading">
        <h3 id="phones-projector-heading" className="phones-panel__heading">
          {t('phones.projector.heading')}
        </h3>
        <div className="phones-projector__buttons">
          <button
            type="button"
            className="button button--small"
            aria-pressed={state.projected === 'roomJoin'}
            onClick={() => session.project(state.projected === 'roomJoin' ? null : 'roomJoin')}
          >
            {t('phones.projector.join')}
          </button>
          {activity?.kind === 'poll' && (
            <button
              type="button"
              className="button button--small"
              aria-pressed={state.projected === 'poll'}
              onClick={() => session.project(state.projected === 'poll' ? null : 'poll')}
            >
              {t('phones.projector.poll')}
            </button>
          )}
        </div>
      </section>

      {state.failed && (
        <p role="alert" className="phones-panel__error">
          {t(`phones.error.${state.failed.action}`, { detail: state.failed.detail })}
        </p>
      )}
      <button type="button" className="button button--danger" disabled={state.busy !== null} onClick={() => void session.close()}>
        {state.busy === 'closing' ? t('phones.closing') : t('phones.close')}
      </button>
    </section>
  );
}
