import type { BookableService } from '@wac/rules';
import type { Profession } from '@wac/rules';

export const PROFESSION_FOR_SERVICE: Record<BookableService, Profession> = {
  legal: 'lawyer',
  counselling: 'counsellor',
  mediation: 'mediator',
};
