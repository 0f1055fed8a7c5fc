import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyMenu, buildMenuTemplate, MENU_LABELS, type MenuEnvironment, type MenuTarget, type MenuTemplateItem } from '../../../electron/menu';
import { CHANNELS, type MenuCommand } from '../../../shared/ipc';

const electron = vi.hoisted(() => {
  const state: { applied: MenuTemplateItem[][]; focused: MenuTarget | null } = { applied: [], focused: null };
  return state;
});

vi.mock('electron', () => ({
  app: { isPackaged: true },
  BrowserWindow: { getFocusedWindow: () => electron.focused },
  Menu: {
    // The "menu" is the template itself, so tests can click what was installed.
    buildFromTemplate: (template: MenuTemplateItem[]) => template,
    setApplicationMenu: (menu: MenuTemplateItem[]) => electron.applied.push(menu),
  },
}));

const LINUX: MenuEnvironment = { platform: 'linux', isPackaged: true };
const MAC: MenuEnvironment = { platform: 'darwin', isPackaged: true };
const ENVIRONMENTS: MenuEnvironment[] = [LINUX, { platform: 'win32', isPackaged: false }, MAC, { platform: 'darwin', isPackaged: false }];

const noop = (): void => undefined;

function flatten(items: readonly MenuTemplateItem[]): MenuTemplateItem[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

/** Everything about a template except its words. */
function shape(items: readonly MenuTemplateItem[]): unknown[] {
  return items.map((item) => ({
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    clickable: item.click !== undefined,
    submenu: item.submenu && shape(item.submenu),
  }));
}

function findItem(items: readonly MenuTemplateItem[], label: string): MenuTemplateItem {
  const item = flatten(items).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item labelled ${label}`);
  return item;
}

describe('buildMenuTemplate', () => {
  it.each(ENVIRONMENTS)('builds the same structure in Swedish and English on %j', (environment) => {
    expect(shape(buildMenuTemplate('en', noop, environment))).toEqual(shape(buildMenuTemplate('sv', noop, environment)));
  });

  it.each(ENVIRONMENTS)('labels every item except separators on %j', (environment) => {
    for (const language of ['sv', 'en'] as const) {
      for (const item of flatten(buildMenuTemplate(language, noop, environment))) {
        if (item.type === 'separator') continue;
        expect(item.label?.trim(), JSON.stringify(item)).toBeTruthy();
      }
    }
  });

  it('translates every label, except the product name', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.sv).sort());
    const english = new Map<string, string>(Object.entries(MENU_LABELS.en));
    for (const [key, swedish] of Object.entries(MENU_LABELS.sv)) {
      if (key === 'appMenu') continue;
      expect(english.get(key), key).not.toBe(swedish);
    }
  });

  it('names the top-level menus in Swedish and in English', () => {
    expect(buildMenuTemplate('sv', noop, LINUX).map((menu) => menu.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    expect(buildMenuTemplate('en', noop, LINUX).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('sends newAnalysis when Ny analys is clicked', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    findItem(buildMenuTemplate('sv', send, LINUX), 'Ny analys').click?.();
    expect(send).toHaveBeenCalledExactlyOnceWith('newAnalysis');
  });

  it.each([
    ['Ny analys', 'newAnalysis', 'CmdOrCtrl+N'],
    ['Analyser', 'showAnalyses', undefined],
    ['Inställningar', 'showSettings', 'CmdOrCtrl+,'],
    ['Ångra', 'undo', 'CmdOrCtrl+Z'],
    ['Gör om', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['Om AKR Studio', 'showSettings', undefined],
  ] as const)('sends %s → %s with accelerator %s', (label, command, accelerator) => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const item = findItem(buildMenuTemplate('sv', send, LINUX), label);
    item.click?.();
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
    expect(item.accelerator).toBe(accelerator);
  });

  it('leaves clipboard editing to Chromium roles with localized labels', () => {
    const edit = findItem(buildMenuTemplate('en', noop, LINUX), 'Edit');
    const roles = edit.submenu?.filter((item) => item.role !== undefined).map((item) => [item.role, item.label]);
    expect(roles).toEqual([
      ['cut', 'Cut'],
      ['copy', 'Copy'],
      ['paste', 'Paste'],
      ['selectAll', 'Select all'],
    ]);
  });

  it('hides reload and the developer tools in packaged builds only', () => {
    const roles = (environment: MenuEnvironment) => flatten(buildMenuTemplate('sv', noop, environment)).map((item) => item.role);
    expect(roles(LINUX)).not.toContain('toggleDevTools');
    expect(roles(LINUX)).not.toContain('reload');
    expect(roles({ platform: 'linux', isPackaged: false })).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('offers zoom and full screen in the View menu', () => {
    const view = findItem(buildMenuTemplate('sv', noop, LINUX), 'Visa');
    expect(view.submenu?.map((item) => item.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('puts Quit last in the File menu outside macOS', () => {
    const file = buildMenuTemplate('sv', noop, LINUX)[0];
    expect(file?.submenu?.at(-1)).toEqual({ role: 'quit', label: 'Avsluta' });
  });

  it('prepends the app menu on macOS and moves Settings and Quit there', () => {
    const template = buildMenuTemplate('sv', noop, MAC);
    expect(template.map((menu) => menu.label)).toEqual(['AKR Studio', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    const appMenu = template[0]?.submenu ?? [];
    expect(appMenu.map((item) => item.role ?? item.label)).toContain('Inställningar');
    expect(appMenu.at(-1)).toEqual({ role: 'quit', label: 'Avsluta AKR Studio' });
    const file = template[1]?.submenu ?? [];
    expect(file.map((item) => item.label)).toEqual(['Ny analys', 'Analyser']);
  });
});

describe('applyMenu', () => {
  const fakeWindow = (destroyed = false) => {
    const send = vi.fn<(channel: string, command: unknown) => void>();
    const window: MenuTarget = { isDestroyed: () => destroyed, webContents: { send } };
    return { window, send };
  };

  /** Clicks `label` in the menu applyMenu installed last. */
  const click = (label: string): void => {
    const menu = electron.applied.at(-1);
    if (menu === undefined) throw new Error('no menu installed');
    findItem(menu, label).click?.();
  };

  beforeEach(() => {
    electron.applied = [];
    electron.focused = null;
  });

  it('installs the menu in the requested language', () => {
    applyMenu('en');
    expect(electron.applied).toHaveLength(1);
    click('New analysis'); // would throw if the menu were Swedish
  });

  it('sends menu commands to the focused window', () => {
    const focused = fakeWindow();
    electron.focused = focused.window;
    applyMenu('sv');
    click('Ny analys');
    expect(focused.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.menuCommand, 'newAnalysis');
  });

  it('falls back to the main window when no window has focus', () => {
    const main = fakeWindow();
    applyMenu('sv', () => main.window);
    click('Gör om');
    expect(main.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.menuCommand, 'redo');
  });

  it('sends nothing to a destroyed window', () => {
    const destroyed = fakeWindow(true);
    electron.focused = destroyed.window;
    applyMenu('sv');
    click('Ny analys');
    expect(destroyed.send).not.toHaveBeenCalled();
  });
});
