import { rosterWarnings } from './roster-warnings.js';

describe('rosterWarnings', () => {
  it('is quiet when a lawyer, a counsellor and a mediator are on duty', () => {
    expect(
      rosterWarnings([
        { professions: ['lawyer'] },
        { professions: ['counsellor'] },
        { professions: ['mediator', 'social_worker'] },
      ]),
    ).toEqual([]);
  });

  it('names each missing profession', () => {
    expect(rosterWarnings([{ professions: ['lawyer'] }])).toEqual(['no_counsellor', 'no_mediator']);
  });

  it('warns that no professional is on duty when only volunteers are', () => {
    expect(rosterWarnings([{ professions: ['volunteer'] }])).toEqual([
      'no_professional',
      'no_lawyer',
      'no_counsellor',
      'no_mediator',
    ]);
    expect(rosterWarnings([])).toEqual(['no_professional', 'no_lawyer', 'no_counsellor', 'no_mediator']);
  });

  it('counts a liaison (police, court…) as a professional on duty', () => {
    expect(rosterWarnings([{ professions: ['liaison'] }])).not.toContain('no_professional');
  });
});
