import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/board.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { openDb } from './db/db.ts';
import { createRepositories } from './db/repositories.ts';
import { detectPlatform } from './platform/index.ts';
import { createAppStore } from './store/appStore.ts';

const db = openDb();
const repos = createRepositories(db);
const platform = detectPlatform();
const store = createAppStore({ repos, platform, newId: () => crypto.randomUUID() });

void platform.persistStorage().then((status) => store.getState().setStorage(status));
// Analyses deleted more than 30 days ago go for good; a failure here must not stop the app.
void repos.analyses.purgeDeleted().catch((error: unknown) => console.warn('purge failed', error));

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App services={{ store, repos, platform }} />
  </StrictMode>,
);
