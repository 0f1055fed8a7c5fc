import { useEffect, useState } from 'react';
import type { Policy } from '../../shared/policy.ts';
import type { Platform } from '../platform/index.ts';
import { useServices } from './context.ts';

/** Each platform's policy once it has answered, so views opened later have it from their first render. */
const answered = new WeakMap<Platform, Policy | null>();

/**
 * The organisation's policy (null when there is none). The desktop app has
 * it from main within moments of starting; until then, null.
 */
export function usePolicy(): Policy | null {
  const { platform } = useServices();
  const [policy, setPolicy] = useState(() => answered.get(platform) ?? null);
  useEffect(() => {
    let mounted = true;
    void platform.policy().then((p) => {
      answered.set(platform, p);
      if (mounted) setPolicy(p);
    });
    return () => {
      mounted = false;
    };
  }, [platform]);
  return policy;
}
