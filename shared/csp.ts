/**
 * How the renderer is served: its Content-Security-Policy and content types.
 * One data file (serving.json) is read by the desktop app's app:// protocol
 * and by the plain-JavaScript browser-mode server alike.
 *
 * The policy allows nothing remote: scripts, styles, fonts and images come
 * from the app's own origin only, and there is no eval. `style-src
 * 'unsafe-inline'` is there because React sets inline `style` attributes
 * (widths of bars, the insertion marker's position); it cannot run code.
 */
import serving from './serving.json' with { type: 'json' };

export const CONTENT_SECURITY_POLICY: string = serving.contentSecurityPolicy.join('; ');

/** Content-Type by lower-case file extension (".js"); unknown ones are served as opaque bytes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = serving.contentTypes;
