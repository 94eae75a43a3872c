import { render, screen, within } from '@testing-library/react';
import { fakeApi, httpResponse } from '../../../../test/fake-api';
import taroMock from '../../../../test/taro-mock';
import { logInAsStaff, staffCallback } from '../testing/fixtures';
import StaffCallbacksPage from '.';

describe('the call-back queue', () => {
  beforeEach(() => {
    logInAsStaff();
    taroMock.navigateTo.mockResolvedValue(undefined);
  });

  it("keeps the server's order to call, numbered, with her answers shown before the masked number", async () => {
    fakeApi().on('GET /api/staff/callbacks', ({ query }) =>
      httpResponse(200, {
        items:
          query.get('status') === 'closed'
            ? [
                staffCallback({ id: 'done', status: 'closed', recorded: false }),
                staffCallback({ id: 'old', status: 'closed', recorded: true }),
              ]
            : [
                staffCallback({ id: 'first', mayIdentify: true, mayLeaveMessage: false }),
                staffCallback({
                  id: 'second',
                  nextSafeAt: null,
                  windows: [{ date: '2020-01-01', from: '08:00', to: '10:00' }],
                }),
                staffCallback({ id: 'mine', status: 'claimed', claimed: true, claimedByMe: true }),
                staffCallback({ id: 'theirs', status: 'claimed', claimed: true, claimedByMe: false }),
              ],
      }),
    );
    render(<StaffCallbacksPage />);

    const queue = await screen.findByTestId('staff-callback-queue');
    const cards = within(queue).getAllByTestId(/^staff-callback-[a-z]+$/);
    expect(cards.map((card) => card.getAttribute('data-testid'))).toEqual([
      'staff-callback-first',
      'staff-callback-second',
      'staff-callback-mine',
      'staff-callback-theirs',
    ]);
    expect(screen.getByTestId('staff-callback-state-first')).toHaveTextContent('第 1 位 · 等待回电');
    expect(screen.getByTestId('staff-callback-state-mine')).toHaveTextContent('第 3 位 · 我正在处理');
    expect(screen.getByTestId('staff-callback-state-theirs')).toHaveTextContent('同事正在处理');
    expect(screen.getByTestId('staff-callback-permissions-first-identify')).toHaveTextContent('可以表明是妇女援助中心');
    expect(screen.getByTestId('staff-callback-permissions-first-message')).toHaveTextContent('不可留言');
    expect(screen.getByTestId('staff-callback-safe-second')).toHaveTextContent('一个月内没有她说的安全时间');
    const number = screen.getByTestId('staff-callback-number-first');
    expect(number).toHaveTextContent('138****5678');
    expect(
      screen.getByTestId('staff-callback-permissions-first').compareDocumentPosition(number) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // Open ones and mine can be worked on; a colleague's cannot.
    expect(screen.getByTestId('staff-callback-open-first')).toBeInTheDocument();
    expect(screen.getByTestId('staff-callback-open-mine')).toHaveTextContent('继续回电');
    expect(screen.queryByTestId('staff-callback-open-theirs')).not.toBeInTheDocument();
    // Finished calls still to register.
    expect(screen.getByTestId('staff-callback-record-done')).toBeInTheDocument();
    expect(screen.queryByTestId('staff-callback-record-old')).not.toBeInTheDocument();
  });
});
