import type { policySv } from './policy.sv.ts';

/** English texts for settings the organisation's policy file manages; spread into en.ts. */
export const policyEn: Record<keyof typeof policySv, string> = {
  'policy.managed': 'Managed by your organisation',
  'policy.managedThreshold': 'Managed by your organisation: at least {min} respondents.',
  'policy.thresholdMinimumHint': 'Your organisation requires at least {min} respondents. You can raise the threshold but not lower it.',
  'policy.thresholdBelowMinimum': 'Your organisation requires at least {min} respondents. Enter a whole number from {min} to {max}.',
  'policy.organisation': 'Organisation in new analyses',
  'policy.syncManaged': 'The sync folder is managed by your organisation and cannot be changed here.',
  'policy.withAnswersOff': 'Your organisation has switched off exporting survey answers per person.',
};
