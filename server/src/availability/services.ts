import type { Profession } from '@wac/rules';

/** The consultations women can book, and the profession that gives each. */
export const BOOKABLE_SERVICES = ['legal', 'counselling', 'mediation'] as const;
export type BookableService = (typeof BOOKABLE_SERVICES)[number];

export const PROFESSION_FOR_SERVICE: Record<BookableService, Profession> = {
  legal: 'lawyer',
  counselling: 'counsellor',
  mediation: 'mediator',
};
