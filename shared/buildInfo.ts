/** What a build knew about itself, fixed into the renderer bundle at build time (vite.config.ts). */
export interface BuildInfo {
  /** Git's short hash of the commit built; null when built without git, e.g. from a source archive. */
  commit: string | null;
  /** True when the working tree had changes that were not committed. */
  modified: boolean;
  /** When it was built, as an ISO timestamp. */
  date: string;
}
