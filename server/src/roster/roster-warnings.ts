import type { Profession } from '@wac/rules';

export const ROSTER_WARNINGS = ['no_professional', 'no_lawyer', 'no_counsellor', 'no_mediator'] as const;
export type RosterWarning = (typeof ROSTER_WARNINGS)[number];

const PROFESSIONALS: Profession[] = ['lawyer', 'counsellor', 'mediator', 'social_worker', 'liaison'];

/**
 * What is missing on a service day, from the people really there (not on leave): at least one professional must
 * be on duty every service day, and each centre should offer a lawyer, a counsellor and a mediator.
 */
export function rosterWarnings(present: { professions: Profession[] }[]): RosterWarning[] {
  const has = (profession: Profession) => present.some((person) => person.professions.includes(profession));
  const warnings: RosterWarning[] = [];
  if (!PROFESSIONALS.some(has)) {
    warnings.push('no_professional');
  }
  if (!has('lawyer')) {
    warnings.push('no_lawyer');
  }
  if (!has('counsellor')) {
    warnings.push('no_counsellor');
  }
  if (!has('mediator')) {
    warnings.push('no_mediator');
  }
  return warnings;
}
