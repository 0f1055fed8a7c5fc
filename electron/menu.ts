/**
 * The application menu, in Swedish or English. Items that act on the open
 * analysis do not act in main: they send a MenuCommand to the renderer, which
 * owns the data and the undo history.
 */
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { CHANNELS, type Language, type MenuCommand } from '../shared/ipc';

const SV = {
  appMenu: 'AKR Studio',
  file: 'Arkiv',
  newAnalysis: 'Ny analys',
  analyses: 'Analyser',
  settings: 'Inställningar',
  quit: 'Avsluta',
  quitApp: 'Avsluta AKR Studio',
  edit: 'Redigera',
  undo: 'Ångra',
  redo: 'Gör om',
  cut: 'Klipp ut',
  copy: 'Kopiera',
  paste: 'Klistra in',
  selectAll: 'Markera allt',
  view: 'Visa',
  reload: 'Läs in igen',
  forceReload: 'Tvinga omläsning',
  toggleDevTools: 'Utvecklarverktyg',
  resetZoom: 'Verklig storlek',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  toggleFullscreen: 'Helskärm',
  window: 'Fönster',
  help: 'Hjälp',
  about: 'Om AKR Studio',
  services: 'Tjänster',
  hide: 'Göm AKR Studio',
  hideOthers: 'Göm övriga',
  unhide: 'Visa alla',
} as const;

type LabelKey = keyof typeof SV;

// `satisfies` makes the compiler refuse a missing or an extra key.
const EN = {
  appMenu: 'AKR Studio',
  file: 'File',
  newAnalysis: 'New analysis',
  analyses: 'Analyses',
  settings: 'Settings',
  quit: 'Quit',
  quitApp: 'Quit AKR Studio',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force reload',
  toggleDevTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleFullscreen: 'Full screen',
  window: 'Window',
  help: 'Help',
  about: 'About AKR Studio',
  services: 'Services',
  hide: 'Hide AKR Studio',
  hideOthers: 'Hide others',
  unhide: 'Show all',
} as const satisfies Record<LabelKey, string>;

/** Menu labels per UI language. */
export const MENU_LABELS = { sv: SV, en: EN } as const satisfies Record<Language, Record<LabelKey, string>>;

/**
 * A menu template entry. Narrower than Electron's own type (clicks take no
 * arguments), so tests can click items without fake MenuItems; it is still
 * assignable to MenuItemConstructorOptions.
 */
export type MenuTemplateItem = Omit<MenuItemConstructorOptions, 'click' | 'submenu'> & {
  click?: () => void;
  submenu?: MenuTemplateItem[];
};

/** Platform facts the template depends on; passed in to keep it pure. */
export interface MenuEnvironment {
  platform: NodeJS.Platform;
  /** Packaged builds hide reload and the developer tools. */
  isPackaged: boolean;
}

const SEPARATOR = { type: 'separator' } as const satisfies MenuTemplateItem;

/**
 * Builds the menu template for `language`. macOS gets the conventional app
 * menu (About, Settings, Services, Hide, Quit) and a Window menu; elsewhere
 * Settings and Quit live in the File menu.
 */
export function buildMenuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  { platform, isPackaged }: MenuEnvironment = { platform: process.platform, isPackaged: true },
): MenuTemplateItem[] {
  const t = MENU_LABELS[language];
  const mac = platform === 'darwin';

  const settings: MenuTemplateItem = { label: t.settings, accelerator: 'CmdOrCtrl+,', click: () => send('showSettings') };
  const about: MenuTemplateItem = { label: t.about, click: () => send('showSettings') };
  const quit: MenuTemplateItem = { role: 'quit', label: mac ? t.quitApp : t.quit };

  const appMenu: MenuTemplateItem = {
    label: t.appMenu,
    submenu: [
      about,
      SEPARATOR,
      settings,
      SEPARATOR,
      { role: 'services', label: t.services },
      SEPARATOR,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      SEPARATOR,
      quit,
    ],
  };

  const file: MenuTemplateItem = {
    label: t.file,
    submenu: [
      { label: t.newAnalysis, accelerator: 'CmdOrCtrl+N', click: () => send('newAnalysis') },
      { label: t.analyses, click: () => send('showAnalyses') },
      ...(mac ? [] : [settings, SEPARATOR, quit]),
    ],
  };

  // Undo and redo are commands, not Chromium roles: the renderer owns the
  // analysis history and knows whether a text field has focus instead.
  const edit: MenuTemplateItem = {
    label: t.edit,
    submenu: [
      { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
      { label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
      SEPARATOR,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const developer: MenuTemplateItem[] = isPackaged
    ? []
    : [{ role: 'reload', label: t.reload }, { role: 'forceReload', label: t.forceReload }, { role: 'toggleDevTools', label: t.toggleDevTools }, SEPARATOR];

  const view: MenuTemplateItem = {
    label: t.view,
    submenu: [
      ...developer,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      SEPARATOR,
      { role: 'togglefullscreen', label: t.toggleFullscreen },
    ],
  };

  const help: MenuTemplateItem = { label: t.help, submenu: [about] };

  return mac ? [appMenu, file, edit, view, { role: 'windowMenu', label: t.window }, help] : [file, edit, view, help];
}

/** The part of a BrowserWindow that menu commands are sent to. */
export interface MenuTarget {
  isDestroyed(): boolean;
  readonly webContents: Pick<WebContents, 'send'>;
}

/**
 * Installs the application menu in `language`. Commands go to the focused
 * window, or to `mainWindow()` when none is focused (macOS keeps the menu
 * bar when the window is in the background).
 */
export function applyMenu(language: Language, mainWindow: () => MenuTarget | null = () => null): void {
  const send = (command: MenuCommand): void => {
    const target: MenuTarget | null = BrowserWindow.getFocusedWindow() ?? mainWindow();
    if (target !== null && !target.isDestroyed()) target.webContents.send(CHANNELS.menuCommand, command);
  };
  const template = buildMenuTemplate(language, send, { platform: process.platform, isPackaged: app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
