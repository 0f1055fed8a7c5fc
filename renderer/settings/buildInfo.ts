import type { BuildInfo } from '../../shared/buildInfo.ts';

declare const __BUILD_INFO__: BuildInfo;

/** The commit and time of this build, fixed into the bundle by vite.config.ts. */
export function buildInfo(): BuildInfo {
  return __BUILD_INFO__;
}
