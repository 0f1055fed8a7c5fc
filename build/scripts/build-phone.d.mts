/** Types for build-phone.mjs (plain JavaScript so Node can run it without a build step). */
import type { BuildOptions } from 'esbuild';

export const PHONE_SCRIPT: BuildOptions;
export function buildPhone(): Promise<void>;
