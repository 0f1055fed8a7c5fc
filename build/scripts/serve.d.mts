/** Types for serve.mjs (plain JavaScript so Node can run it without a build step). */
export function startServer(options?: { root?: string; port?: number; host?: string }): Promise<{
  url: string;
  port: number;
  close: () => Promise<void>;
}>;
