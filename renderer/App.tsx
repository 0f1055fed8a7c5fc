import { useEffect, useMemo } from 'react';
import { AnalysesView } from './analyses/AnalysesView.tsx';
import { AnalysisView } from './analysis/AnalysisView.tsx';
import { createTranslator, TranslatorContext } from './i18n/i18n.ts';
import { SettingsView } from './settings/SettingsView.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { ServicesContext, useApp, useServices, type AppServices } from './store/context.ts';
import { hashToRoute } from './store/route.ts';
import { useLive } from './store/useLive.ts';

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
  const language = settings?.language;
  const translator = useMemo(() => (language ? createTranslator(language) : null), [language]);

  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    void platform.setLanguage(language);
  }, [language, platform]);

  // Wait for the stored language so an English user never sees a flash of Swedish.
  if (!translator) return null;
  return (
    <TranslatorContext.Provider value={translator}>
      <Routes />
    </TranslatorContext.Provider>
  );
}

function Routes() {
  const { store, platform } = useServices();
  const route = useApp((s) => s.route);

  useEffect(() => {
    const onHash = () => store.setState({ route: hashToRoute(location.hash) });
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
        else if (document.activeElement?.matches('input, textarea')) document.execCommand(command);
      }),
    [platform, store],
  );

  return (
    <AppShell>
      {route.name === 'settings' ? (
        <SettingsView />
      ) : route.name === 'analysis' ? (
        <AnalysisView id={route.id} view={route.view} />
      ) : (
        <AnalysesView />
      )}
    </AppShell>
  );
}
