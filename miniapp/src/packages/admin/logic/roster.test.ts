import type { RosterDay } from '../../../services/admin-api';
import { daysWithWarnings, rosterDayView } from './roster';

const TODAY = '2026-12-01';

function day(overrides: Partial<RosterDay>): RosterDay {
  return { date: '2026-12-02', weekday: 3, serviceDay: true, note: null, people: [], warnings: [], ...overrides };
}

describe('roster day view', () => {
  it('flags a service day with nobody professional on duty, and only that', () => {
    const view = rosterDayView(
      day({ warnings: ['no_professional', 'no_lawyer', 'no_counsellor', 'no_mediator'] }),
      TODAY,
    );
    expect(view.warnings).toEqual([{ code: 'no_professional', text: '当天没有专业人员值班', severe: true }]);
  });

  it('lists each missing profession when someone professional is there', () => {
    const view = rosterDayView(
      day({
        people: [{ staffMemberId: 'a', displayName: '吴律师', professions: ['lawyer'], onLeave: false }],
        warnings: ['no_mediator', 'no_counsellor'],
      }),
      TODAY,
    );
    expect(view.warnings.map((warning) => warning.text)).toEqual(['缺心理咨询师', '缺调解员']);
    expect(view.warnings.every((warning) => !warning.severe)).toBe(true);
    expect(view.names).toEqual(['吴律师']);
  });

  it('marks people on leave', () => {
    const view = rosterDayView(
      day({ people: [{ staffMemberId: 'a', displayName: '蔡老师', professions: ['counsellor'], onLeave: true }] }),
      TODAY,
    );
    expect(view.names).toEqual(['蔡老师（请假）']);
  });

  it('shows why a day is not a service day, and no warnings for it', () => {
    expect(rosterDayView(day({ serviceDay: false, reason: 'weekend', warnings: [] }), TODAY).closedText).toBe('周末');
    const holiday = rosterDayView(
      day({ serviceDay: false, reason: 'holiday', note: '元旦', warnings: ['no_professional'] }),
      TODAY,
    );
    expect(holiday.closedText).toBe('元旦');
    expect(holiday.warnings).toEqual([]);
  });

  it('keeps past days quiet', () => {
    const past = rosterDayView(day({ date: '2026-11-30', warnings: ['no_professional'] }), TODAY);
    expect(past.past).toBe(true);
    expect(past.warnings).toEqual([]);
    expect(
      daysWithWarnings(
        [
          day({ date: '2026-11-30', warnings: ['no_lawyer'] }),
          day({ warnings: ['no_lawyer'] }),
          day({ date: '2026-12-03' }),
        ],
        TODAY,
      ).map((entry) => entry.date),
    ).toEqual(['2026-12-02']);
  });
});
