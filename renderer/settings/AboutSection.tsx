import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc.ts';
import { useT } from '../i18n/i18n.ts';
import { useServices } from '../store/context.ts';
import { buildInfo } from './buildInfo.ts';

/** One bundled package or font and its licence, as listed at build time. */
interface Licence {
  name: string;
  version: string;
  license: string;
  text: string;
}

/** Version facts and the licences of everything bundled. */
export function AboutSection() {
  const { t, date } = useT();
  const build = buildInfo();
  const commit = build.commit ?? t('settings.about.unknown');
  const { platform } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [licences, setLicences] = useState<Licence[] | 'missing' | null>(null);

  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, [platform]);

  const loadLicences = () => {
    if (licences) return;
    // Made by the build next to index.html; read only when the user opens the list.
    fetch('licences.json')
      .then((r) => (r.ok ? (r.json() as Promise<Licence[]>) : Promise.reject(new Error(String(r.status)))))
      .then(setLicences)
      .catch(() => setLicences('missing'));
  };

  return (
    <section className="panel" aria-labelledby="about-title">
      <h2 id="about-title">{t('settings.about')}</h2>
      <p>{t('settings.about.body')}</p>
      {info && (
        <ul className="plain-list" data-testid="app-info">
          <li>{t('settings.about.version', { version: info.version })}</li>
          <li>{t('settings.about.built', { date: date(build.date) })}</li>
          <li>{t(build.modified ? 'settings.about.commitModified' : 'settings.about.commit', { commit })}</li>
          <li>{info.electronVersion ? t('settings.about.electron', { version: info.electronVersion }) : t('settings.about.browser')}</li>
          <li>{t('settings.about.platform', { platform: info.platform })}</li>
        </ul>
      )}
      <p>{t('settings.about.offline')}</p>
      <p>{t('settings.about.fontNote')}</p>
      <details onToggle={(e) => e.currentTarget.open && loadLicences()}>
        <summary>{t('settings.about.licences')}</summary>
        {licences === 'missing' && <p>{t('settings.about.licencesMissing')}</p>}
        {Array.isArray(licences) && (
          <ul className="licences">
            {licences.map((l) => (
              <li key={l.name}>
                <details>
                  <summary>
                    {l.name} {l.version} – {l.license}
                  </summary>
                  <pre className="licence-text">{l.text}</pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
