import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { BookingDto } from '@wac/shared-types';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../../test/fake-api';
import taroMock from '../../../../test/taro-mock';
import { logInAsStaff, staffBooking } from '../testing/fixtures';
import StaffBookingsPage from '.';

const PAST_START = '2020-01-01T01:00:00.000Z';

function serve(api: FakeApi, ...lists: BookingDto[][]) {
  let call = 0;
  return api.on('GET /api/staff/bookings', () =>
    httpResponse(200, { items: lists[Math.min(call++, lists.length - 1)] }),
  );
}

describe('staff bookings', () => {
  let api: FakeApi;

  beforeEach(() => {
    logInAsStaff();
    api = fakeApi();
    taroMock.navigateTo.mockResolvedValue(undefined);
    taroMock.redirectTo.mockResolvedValue(undefined);
  });

  it('asks for its own centre, from today as far as any woman can book (60 days), with the staff token (not her session)', async () => {
    serve(api, []);
    render(<StaffBookingsPage />);

    await screen.findByTestId('staff-bookings-empty');
    const [request] = api.calls('GET /api/staff/bookings');
    expect(request!.header?.Authorization).toBe('Bearer staff-token');
    const from = request!.query.get('from') as string;
    const to = request!.query.get('to') as string;
    expect((Date.parse(to) - Date.parse(from)) / 86400000).toBe(60);
    expect(api.calls('POST /api/auth/guest')).toHaveLength(0);
  });

  it('lists new requests first, then the schedule by day and time, with service, needs and topic', async () => {
    serve(api, [
      staffBooking({ id: 'c1', status: 'confirmed', start: '08:00', end: '08:50' }),
      staffBooking({
        id: 'p1',
        status: 'pending',
        start: '10:00',
        end: '10:50',
        needs: ['minnan_dialect', 'with_child'],
        topic: '想问问离婚的事',
        service: 'mediation',
      }),
      staffBooking({ id: 'h1', status: 'offered', start: '09:00', end: '09:50' }),
    ]);
    render(<StaffBookingsPage />);

    const pending = await screen.findByTestId('staff-bookings-pending');
    expect(within(pending).getByTestId('staff-booking-p1')).toBeInTheDocument();
    expect(screen.getByTestId('staff-booking-needs-p1')).toHaveTextContent('闽南话带孩子');
    expect(screen.getByTestId('staff-booking-p1')).toHaveTextContent('家事调解');
    expect(screen.getByTestId('staff-booking-p1')).toHaveTextContent('她想谈的：想问问离婚的事');
    const cards = screen.getAllByTestId(/^staff-booking-[a-z]\d$/).map((card) => card.getAttribute('data-testid'));
    expect(cards).toEqual(['staff-booking-p1', 'staff-booking-c1', 'staff-booking-h1']);
    // A place held for a waiting-list offer: labelled, and nothing to press.
    expect(screen.getByTestId('staff-booking-status-h1')).toHaveTextContent('候补保留');
    expect(within(screen.getByTestId('staff-booking-h1')).queryAllByRole('button')).toHaveLength(0);
  });

  it('on a new booking, 确认 is the one that stands out; 已到 is there but plain', async () => {
    serve(api, [staffBooking({ id: 'p1' })]);
    render(<StaffBookingsPage />);

    expect(await screen.findByTestId('staff-booking-confirm-p1')).toHaveClass('action--primary');
    expect(screen.getByTestId('staff-booking-arrive-p1')).not.toHaveClass('action--primary');
    expect(screen.getByTestId('staff-booking-decline-p1')).not.toHaveClass('action--primary');
  });

  it('confirms a booking and shows the fresh list', async () => {
    serve(api, [staffBooking({ id: 'p1' })], [staffBooking({ id: 'p1', status: 'confirmed' })]);
    api.on('POST /api/staff/bookings/p1/confirm', httpResponse(200, staffBooking({ id: 'p1', status: 'confirmed' })));
    render(<StaffBookingsPage />);

    fireEvent.click(await screen.findByTestId('staff-booking-confirm-p1'));

    await waitFor(() => expect(screen.getByTestId('staff-booking-status-p1')).toHaveTextContent('已确认'));
    expect(screen.getByTestId('staff-booking-message-p1')).toHaveTextContent('已确认');
    expect(api.calls('POST /api/staff/bookings/p1/confirm')[0]!.header?.Authorization).toBe('Bearer staff-token');
  });

  it('says plainly when a colleague acted first, and refreshes the list', async () => {
    serve(api, [staffBooking({ id: 'p1' })], [staffBooking({ id: 'p1', status: 'declined' })]);
    api.on('POST /api/staff/bookings/p1/confirm', errorAnswer(409, 'BOOKING_STATUS_CONFLICT'));
    render(<StaffBookingsPage />);

    fireEvent.click(await screen.findByTestId('staff-booking-confirm-p1'));

    const message = await screen.findByTestId('staff-booking-message-p1');
    expect(message).toHaveTextContent('这个预约刚刚有了变化');
    expect(message).toHaveAttribute('role', 'alert');
    expect(api.calls('GET /api/staff/bookings')).toHaveLength(2);
    // Now declined: it moved to the ended ones, which open so the message stays in view.
    expect(screen.getByTestId('staff-booking-status-p1')).toHaveTextContent('已婉拒');
    expect(screen.queryByTestId('staff-booking-confirm-p1')).not.toBeInTheDocument();
  });

  it('declines with a reason chosen from a list, showing the neutral words she will read', async () => {
    serve(
      api,
      [staffBooking({ id: 'p1' })],
      [staffBooking({ id: 'p1', status: 'declined', declineReason: 'staff_unavailable' })],
    );
    api.on('POST /api/staff/bookings/p1/decline', httpResponse(200, staffBooking({ id: 'p1', status: 'declined' })));
    render(<StaffBookingsPage />);

    fireEvent.click(await screen.findByTestId('staff-booking-decline-p1'));
    fireEvent.click(screen.getByTestId('staff-booking-decline-confirm-p1'));
    expect(api.calls('POST /api/staff/bookings/p1/decline')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('staff-booking-reason-staff_unavailable-p1'));
    expect(screen.getByTestId('staff-booking-decline-shown-p1')).toHaveTextContent(
      '她会看到：“当天工作人员临时有安排，请换一个时间。”',
    );
    fireEvent.click(screen.getByTestId('staff-booking-decline-confirm-p1'));

    await waitFor(() => expect(api.calls('POST /api/staff/bookings/p1/decline')).toHaveLength(1));
    expect(api.calls('POST /api/staff/bookings/p1/decline')[0]!.data).toEqual({ reason: 'staff_unavailable' });
  });

  it('records a no-show only after a confirmation step', async () => {
    serve(
      api,
      [staffBooking({ id: 'c1', status: 'confirmed', startsAt: PAST_START })],
      [staffBooking({ id: 'c1', status: 'no_show', startsAt: PAST_START })],
    );
    api.on('POST /api/staff/bookings/c1/no-show', httpResponse(200, staffBooking({ id: 'c1', status: 'no_show' })));
    render(<StaffBookingsPage />);

    fireEvent.click(await screen.findByTestId('staff-booking-no-show-c1'));
    expect(screen.getByTestId('staff-booking-no-show-c1-question')).toHaveTextContent('不影响她以后预约');
    expect(api.calls('POST /api/staff/bookings/c1/no-show')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('staff-booking-no-show-c1-confirm'));

    await waitFor(() => expect(screen.getByTestId('staff-booking-status-c1')).toHaveTextContent('未到'));
  });

  it('explains a no-show refused before the start', async () => {
    serve(api, [staffBooking({ id: 'c1', status: 'confirmed', startsAt: PAST_START })]);
    api.on('POST /api/staff/bookings/c1/no-show', errorAnswer(422, 'NOT_YET_STARTED'));
    render(<StaffBookingsPage />);

    fireEvent.click(await screen.findByTestId('staff-booking-no-show-c1'));
    fireEvent.click(screen.getByTestId('staff-booking-no-show-c1-confirm'));

    expect(await screen.findByTestId('staff-booking-message-c1')).toHaveTextContent('还没到预约开始的时间');
  });

  it('after "completed", offers to register the visit, pre-filled from the booking', async () => {
    serve(
      api,
      [staffBooking({ id: 'a1', status: 'arrived', service: 'counselling', date: '2026-11-30' })],
      [staffBooking({ id: 'a1', status: 'completed', service: 'counselling', date: '2026-11-30' })],
    );
    api.on('POST /api/staff/bookings/a1/complete', httpResponse(200, staffBooking({ id: 'a1', status: 'completed' })));
    render(<StaffBookingsPage />);

    fireEvent.click(await screen.findByTestId('staff-booking-complete-a1'));
    expect(await screen.findByTestId('staff-booking-record-offer-a1')).toHaveTextContent('现在登记这次来访吗');
    fireEvent.click(screen.getByTestId('staff-booking-record-a1'));

    expect(taroMock.navigateTo).toHaveBeenCalledWith({
      url: '/packages/staff/record/index?fromBookingId=a1&date=2026-11-30&service=counselling',
    });
  });

  it('sends them to log in again when the server no longer accepts the token', async () => {
    api.on('GET /api/staff/bookings', errorAnswer(401, 'UNAUTHORIZED'));
    render(<StaffBookingsPage />);

    await waitFor(() =>
      expect(taroMock.redirectTo).toHaveBeenCalledWith({
        url: expect.stringContaining('/packages/staff/login/index') as string,
      }),
    );
    expect(taroMock.redirectTo.mock.calls[0]![0].url).toContain('expired=1');
  });

  it('without a login, goes to the login page and asks the server nothing', async () => {
    taroMock.removeStorageSync('wac.staff.session');
    render(<StaffBookingsPage />);

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalled());
    expect(api.calls('GET /api/staff/bookings')).toHaveLength(0);
  });
});
