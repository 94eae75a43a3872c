import { render, screen } from '@testing-library/react';
import type { RosterDay } from '../../../services/admin-api';
import { RosterDayCell } from './RosterDayCell';

const base: RosterDay = { date: '2026-12-02', weekday: 3, serviceDay: true, note: null, people: [], warnings: [] };

describe('a day in the duty calendar', () => {
  it('shows the people and a badge for each missing profession', () => {
    render(
      <RosterDayCell
        today="2026-12-01"
        day={{
          ...base,
          people: [{ staffMemberId: 'a', displayName: '吴律师', professions: ['lawyer'], onLeave: false }],
          warnings: ['no_counsellor', 'no_mediator'],
        }}
      />,
    );
    expect(screen.getByTestId('roster-day-people')).toHaveTextContent('吴律师');
    expect(screen.getByTestId('roster-warning-no_counsellor')).toHaveTextContent('缺心理咨询师');
    expect(screen.getByTestId('roster-warning-no_mediator')).toHaveTextContent('缺调解员');
    expect(screen.queryByTestId('roster-warning-no_professional')).toBeNull();
    // A screen reader hears the whole day in one go.
    expect(screen.getByRole('button')).toHaveAccessibleName('12月2日 周三 值班： 吴律师 缺心理咨询师 缺调解员');
  });

  it('shows the serious warning when nobody professional is on duty', () => {
    render(
      <RosterDayCell
        today="2026-12-01"
        day={{ ...base, warnings: ['no_professional', 'no_lawyer', 'no_counsellor', 'no_mediator'] }}
      />,
    );
    expect(screen.getByTestId('roster-warning-no_professional')).toHaveTextContent('当天没有专业人员值班');
    expect(screen.getByRole('button')).toHaveClass('admin-day--severe');
  });

  it('greys out a holiday with its name', () => {
    render(
      <RosterDayCell
        today="2026-12-01"
        day={{ ...base, date: '2027-01-01', serviceDay: false, reason: 'holiday', note: '元旦' }}
      />,
    );
    expect(screen.getByRole('button')).toHaveTextContent('元旦');
    expect(screen.getByRole('button')).toHaveClass('admin-day--closed');
  });
});
