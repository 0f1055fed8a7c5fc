import { useT } from '../i18n/i18n.ts';

/** Why the room could not open with no network a phone can reach, and the setups that work. */
export function NoNetworkHelp() {
  const { t } = useT();
  return (
    <div role="alert" className="phones-panel__warning" data-testid="no-network">
      <p>
        <strong>{t('phones.noNetwork.title')}</strong>
      </p>
      <p>{t('phones.noNetwork.why')}</p>
      <ul>
        <li>{t('phones.noNetwork.hotspot')}</li>
        <li>{t('phones.noNetwork.router')}</li>
        <li>{t('phones.noNetwork.wifi')}</li>
      </ul>
      <p>{t('phones.noNetwork.then')}</p>
    </div>
  );
}
