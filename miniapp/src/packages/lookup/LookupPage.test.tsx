import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { errorAnswer, fakeApi, httpResponse } from '../../../test/fake-api';
import { booking, callback, slot } from '../../../test/fixtures';
import { storage } from '../../../test/taro-mock';
import LookupPage from './index/index';
import { normalizeCode } from './useLookup';

const CODE = 'K7PQ3M9XWD';

function typeCode(value: string) {
  fireEvent.input(screen.getByTestId('lookup-code').querySelector('input') ?? screen.getByTestId('lookup-code'), {
    target: { value },
    detail: { value },
  });
  fireEvent.click(screen.getByTestId('lookup-find'));
}

describe('用预约码查找', () => {
  beforeEach(() => {
    storage.set('wac.session', { token: 'fresh', expiresAt: '2099-01-01T00:00:00.000Z' });
  });

  it('reads a code as she may have noted it, and spends no look-up on what cannot be one', () => {
    expect(normalizeCode('k7pq3-m9xwd')).toBe(CODE);
    expect(normalizeCode(' K7PQ3 M9XWD ')).toBe(CODE);
    expect(normalizeCode('K7PQ3M9XW0')).toBeNull();
    expect(normalizeCode('K7PQ3')).toBeNull();
    const api = fakeApi();
    render(<LookupPage />);
    typeCode('12345');
    expect(screen.getByTestId('lookup-message')).toHaveTextContent('10 位字母和数字');
    expect(api.calls()).toHaveLength(0);
  });

  it('finds a booking by its code and cancels it after a second tap', async () => {
    const found = booking({ id: 'b9', code: CODE });
    const api = fakeApi()
      .on(`GET /api/bookings/by-code/${CODE}`, httpResponse(200, found))
      .on(`POST /api/bookings/by-code/${CODE}/cancel`, httpResponse(200, { ...found, status: 'cancelled' }));
    render(<LookupPage />);
    typeCode('k7pq3-m9xwd');
    expect(await screen.findByTestId('lookup-booking')).toHaveTextContent('惠安县妇女援助中心');
    expect(screen.getByTestId('lookup-booking-code')).toHaveTextContent('K7PQ3 M9XWD');
    fireEvent.click(screen.getByTestId('lookup-cancel'));
    fireEvent.click(screen.getByTestId('lookup-confirm-yes'));
    await waitFor(() => expect(screen.getByTestId('lookup-booking')).toHaveAttribute('data-status', 'cancelled'));
    expect(screen.getByTestId('lookup-message')).toHaveTextContent('预约已取消');
    expect(api.calls(`POST /api/bookings/by-code/${CODE}/cancel`)).toHaveLength(1);
  });

  it('moves a booking to a free time of the same centre and service', async () => {
    const found = booking({ id: 'b9', code: CODE, date: '2099-12-01', start: '09:00', end: '09:50' });
    const api = fakeApi()
      .on(`GET /api/bookings/by-code/${CODE}`, httpResponse(200, found))
      .on(
        'GET /api/centres/huian/availability',
        httpResponse(200, {
          centreCode: 'huian',
          days: [
            {
              date: '2099-12-01',
              weekday: 2,
              open: true,
              note: null,
              provisional: false,
              slots: [slot('09:00', 2), slot('10:00', 0), slot('11:00', 1)],
            },
          ],
        }),
      )
      .on(
        `POST /api/bookings/by-code/${CODE}/reschedule`,
        httpResponse(200, { ...found, start: '11:00', end: '11:50' }),
      );
    render(<LookupPage />);
    typeCode(CODE);
    fireEvent.click(await screen.findByTestId('lookup-reschedule'));
    // Her own time and a full one are not offered.
    await screen.findByTestId('lookup-slots');
    expect(screen.queryByTestId('lookup-slot-2099-12-01-09:00')).toBeNull();
    expect(screen.queryByTestId('lookup-slot-2099-12-01-10:00')).toBeNull();
    fireEvent.click(screen.getByTestId('lookup-slot-2099-12-01-11:00'));
    await waitFor(() => expect(screen.getByTestId('lookup-message')).toHaveTextContent('已改到'));
    expect(api.calls(`POST /api/bookings/by-code/${CODE}/reschedule`)).toHaveLength(1);
  });

  it('tries a call-back request when no booking has the code, and withdraws it', async () => {
    const found = callback({ id: 'c9', code: CODE, phoneMasked: null });
    fakeApi()
      .on(`GET /api/bookings/by-code/${CODE}`, errorAnswer(404, 'BOOKING_NOT_FOUND'))
      .on(`GET /api/callbacks/by-code/${CODE}`, httpResponse(200, found))
      .on(`POST /api/callbacks/by-code/${CODE}/withdraw`, httpResponse(200, { ...found, status: 'withdrawn' }));
    render(<LookupPage />);
    typeCode(CODE);
    expect(await screen.findByTestId('lookup-callback')).toHaveAttribute('data-status', 'open');
    fireEvent.click(screen.getByTestId('lookup-withdraw'));
    fireEvent.click(screen.getByTestId('lookup-confirm-yes'));
    await waitFor(() => expect(screen.getByTestId('lookup-callback')).toHaveAttribute('data-status', 'withdrawn'));
  });

  it('says plainly when nothing has the code, and when she has tried too often', async () => {
    const api = fakeApi()
      .on(`GET /api/bookings/by-code/${CODE}`, errorAnswer(404, 'BOOKING_NOT_FOUND'))
      .on(`GET /api/callbacks/by-code/${CODE}`, errorAnswer(404, 'CALLBACK_NOT_FOUND'));
    render(<LookupPage />);
    typeCode(CODE);
    await waitFor(() => expect(screen.getByTestId('lookup-message')).toHaveTextContent('没有找到这个预约码'));
    api.on(`GET /api/bookings/by-code/${CODE}`, errorAnswer(429, 'RATE_LIMITED'));
    fireEvent.click(screen.getByTestId('lookup-find'));
    await waitFor(() => expect(screen.getByTestId('lookup-message')).toHaveTextContent('查找次数太多了'));
  });
});
