/** Types for serve.mjs (plain JavaScript so Node can run it without a build step). */
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  /** false: no room. `loopback` (e2e tests only) offers 127.0.0.1 as the room's address; the journal and phone page folders default to `.akr-room/` under the working directory and dist/phone. */
  room?: false | { loopback?: boolean; journalDir?: string; phonePageDir?: string };
}): Promise<{
  url: string;
  port: number;
  close: () => Promise<void>;
}>;
