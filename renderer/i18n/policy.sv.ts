/** Swedish texts for settings the organisation's policy file manages; spread into sv.ts. */
export const policySv = {
  'policy.managed': 'Styrs av din organisation',
  'policy.managedThreshold': 'Styrs av din organisation: minst {min} svarande.',
  'policy.thresholdMinimumHint': 'Din organisation kräver minst {min} svarande. Du kan höja gränsen men inte sänka den.',
  'policy.thresholdBelowMinimum': 'Din organisation kräver minst {min} svarande. Skriv ett heltal från {min} till {max}.',
  'policy.organisation': 'Organisation i nya analyser',
  'policy.syncManaged': 'Synkmappen styrs av din organisation och kan inte bytas här.',
  'policy.withAnswersOff': 'Din organisation har stängt av export av enkätsvar per person.',
};
