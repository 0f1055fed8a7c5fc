/**
 * The one typed bridge between the renderer and the main process.
 *
 * Only OS capabilities cross it, never the domain model: analyses live in the
 * renderer's IndexedDB. The preload exposes exactly one object that
 * `satisfies DesktopApi`; main validates every argument it receives.
 */

/** UI languages. Swedish is the default. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'newAnalysis',
  'showAnalyses',
  'showSettings',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Facts about the running app shown in Settings → About. */
export interface AppInfo {
  name: string;
  version: string;
  /** e.g. "45.4.1"; absent in the browser. */
  electronVersion?: string;
  platform: string;
}

/** IPC channel names, one per capability. */
export const CHANNELS = {
  appInfo: 'app:info',
  setLanguage: 'app:set-language',
  menuCommand: 'menu:command',
} as const;

/** Everything the desktop shell offers the renderer. */
export interface DesktopApi {
  /** Version and platform facts for the About section. */
  appInfo(): Promise<AppInfo>;
  /** Rebuilds the application menu in the UI language. */
  setLanguage(language: Language): Promise<void>;
  /** Subscribes to application-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
