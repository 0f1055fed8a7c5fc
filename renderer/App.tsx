import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { createTranslator, hasDictionary, loadDictionary, TranslatorContext } from './i18n/i18n.ts';
import { AppShell } from './shell/AppShell.tsx';
import { ServicesContext, useApp, useServices, type AppServices } from './store/context.ts';
import { hashToRoute, routeToHash } from './store/route.ts';
import { useLive } from './store/useLive.ts';
import { languageHint, rememberLanguage } from './i18n/languageHint.ts';
import { AnalysisView } from './analysis/AnalysisView.tsx';
import { KioskGate } from './kiosk/KioskGate.tsx';

// Each screen is its own chunk, so opening one does not parse the code of the others – except an
// analysis with its board (imported above), which a facilitator opens at every staff meeting: that
// code is in the start-up bundle, so the board comes up in the first render, with no files to fetch.
const AnalysesView = lazy(() => import('./analyses/AnalysesView.tsx').then((m) => ({ default: m.AnalysesView })));
const PresenterPage = lazy(() => import('./presenter/PresenterPage.tsx').then((m) => ({ default: m.PresenterPage })));
const HrOverviewView = lazy(() => import('./hr/HrOverviewView.tsx').then((m) => ({ default: m.HrOverviewView })));
const SettingsView = lazy(() => import('./settings/SettingsView.tsx').then((m) => ({ default: m.SettingsView })));

/** The app: services, language, routing and the menu's commands. */
export function App({ services }: { services: AppServices }) {
  return (
    <ServicesContext.Provider value={services}>
      <Localised />
    </ServicesContext.Provider>
  );
}

function Localised() {
  const { repos, platform } = useServices();
  const settings = useLive(() => repos.settings.live(), [repos]);
  // The database has the last word; until it answers, the hint avoids a blank start.
  const language = settings?.language ?? languageHint() ?? undefined;
  // A language other than Swedish is fetched first; the counter re-renders once it is there.
  const [, setLoaded] = useState(0);
  const ready = language !== undefined && hasDictionary(language);
  const translator = useMemo(() => (language && ready ? createTranslator(language) : null), [language, ready]);
  useEffect(() => {
    if (!language || hasDictionary(language)) return;
    void loadDictionary(language).then(() => setLoaded((n) => n + 1));
  }, [language]);

  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    void platform.setLanguage(language);
    rememberLanguage(language);
  }, [language, platform]);

  // Wait for the stored language so an English user never sees a flash of Swedish.
  if (!translator) return null;
  return (
    <TranslatorContext.Provider value={translator}>
      <KioskGate>
        <Routes />
      </KioskGate>
    </TranslatorContext.Provider>
  );
}

function Routes() {
  const { store, platform } = useServices();
  const route = useApp((s) => s.route);

  useEffect(() => {
    const onHash = () => store.setState({ route: hashToRoute(location.hash) });
    // The address may have changed while the routes were not mounted (a language loading).
    if (routeToHash(hashToRoute(location.hash)) !== routeToHash(store.getState().route)) onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [store]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const { navigate, setNewAnalysisOpen } = store.getState();
        if (command === 'newAnalysis') {
          navigate({ name: 'analyses' });
          setNewAnalysisOpen(true);
        } else if (command === 'showAnalyses') navigate({ name: 'analyses' });
        else if (command === 'showSettings') navigate({ name: 'settings' });
        // In a text field, the menu's undo and redo act on the field; an open analysis handles the rest.
        else if (document.activeElement?.matches('input, textarea')) document.execCommand(command); // eslint-disable-line @typescript-eslint/no-deprecated -- the only way to run a text field's own undo from the app menu
      }),
    [platform, store],
  );

  // The projector window: no app chrome at all.
  if (route.name === 'present') {
    return (
      <Suspense fallback={null}>
        <PresenterPage analysisId={route.id} />
      </Suspense>
    );
  }
  return (
    <AppShell>
      <Suspense fallback={null}>
        {route.name === 'settings' ? (
          <SettingsView />
        ) : route.name === 'hr' ? (
          <HrOverviewView />
        ) : route.name === 'analysis' ? (
          <AnalysisView id={route.id} view={route.view} />
        ) : (
          <AnalysesView />
        )}
      </Suspense>
    </AppShell>
  );
}
