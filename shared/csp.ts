/**
 * The Content-Security-Policy for the renderer, served by the desktop app's
 * `app://` protocol and by the browser-mode server alike. Nothing remote:
 * scripts, styles, fonts and images come from the app's own origin only, and
 * there is no eval. `style-src 'unsafe-inline'` is allowed because React sets
 * inline `style` attributes (widths of progress bars); it cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ');
