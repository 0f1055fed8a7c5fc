import { Menu as MenuIcon } from 'lucide-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useApp } from '../store/context.ts';
import { routeToHash } from '../store/route.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { StorageBanner } from './StorageBanner.tsx';
import { useSync } from '../files/useSync.ts';
import { useOpenedFiles } from '../files/useOpenedFiles.ts';
import { useNarrowWindow } from './useNarrowWindow.ts';

// Loaded only when the sync folder has something to say: the first screen does not need its code.
const SyncBanner = lazy(() => import('../files/SyncBanner.tsx').then((m) => ({ default: m.SyncBanner })));
// Loaded only in a narrow window, where it takes the place of the links: it brings react-aria's menu,
// which nothing else on the first screen needs.
const NavMenu = lazy(() => import('./NavMenu.tsx').then((m) => ({ default: m.NavMenu })));
// Loaded only when a file is opened from outside the app (a double-click on an .akr file).
const OpenedFile = lazy(() => import('../files/OpenedFile.tsx').then((m) => ({ default: m.OpenedFile })));
import { Toasts } from './Toasts.tsx';

/** The frame around every view: skip link, top bar with navigation and save state, messages. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useT();
  const route = useApp((s) => s.route);
  const section = route.name === 'settings' ? 'settings' : 'analyses';
  const presenting = useApp((s) => s.presenting);
  const sync = useSync();
  const opened = useOpenedFiles();
  const narrow = useNarrowWindow();
  const syncNews = sync.problem !== null || sync.offers.length > 0 || sync.needsPermission || sync.unreadable.length > 0 || sync.waiting.length > 0;
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      {!presenting && (
        <header className="topbar">
          <span className="topbar__brand">{t('app.name')}</span>
          {narrow && (
            // While the menu's code loads, its button's look holds its place (not a control yet, so hidden from assistive technology).
            <Suspense
              fallback={
                <span className="button button--small nav-menu__button" aria-hidden="true">
                  <MenuIcon aria-hidden size={20} />
                  {t('nav.menu')}
                </span>
              }
            >
              <NavMenu />
            </Suspense>
          )}
          <nav aria-label={t('nav.main')} className="topbar__nav">
            <a data-route-link href={routeToHash({ name: 'analyses' })} aria-current={section === 'analyses' ? 'page' : undefined}>
              {t('nav.analyses')}
            </a>
            <a data-route-link href={routeToHash({ name: 'settings' })} aria-current={section === 'settings' ? 'page' : undefined}>
              {t('nav.settings')}
            </a>
          </nav>
          <SaveStatus />
        </header>
      )}
      {!presenting && <StorageBanner />}
      {!presenting && syncNews && (
        <Suspense fallback={null}>
          <SyncBanner />
        </Suspense>
      )}
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <Toasts />
      {opened.current && (
        <Suspense fallback={null}>
          <OpenedFile key={opened.current.id} file={opened.current.file} waiting={opened.waiting} onDone={opened.next} />
        </Suspense>
      )}
    </>
  );
}
