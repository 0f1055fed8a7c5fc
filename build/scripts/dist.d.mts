/** Types for dist.mjs (plain JavaScript so Node can run it without a build step). */
export type Platform = 'windows' | 'mac' | 'linux';
export function targetPlatforms(args: string[], host: string): Platform[];
export function signingLine(env: Record<string, string | undefined>, platforms: Platform[], host: string): string;
