import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeApi, httpResponse } from '../../../../test/fake-api';
import taroMock, { storage } from '../../../../test/taro-mock';
import { logInAsStaff, staffBooking, staffCallback } from '../testing/fixtures';
import StaffHomePage from '.';

describe('工作台', () => {
  beforeEach(() => {
    logInAsStaff();
    taroMock.reLaunch.mockResolvedValue(undefined);
    taroMock.navigateTo.mockResolvedValue(undefined);
    fakeApi()
      .on(
        'GET /api/staff/bookings',
        httpResponse(200, { items: [staffBooking({ id: 'b1' }), staffBooking({ id: 'b2' })] }),
      )
      .on('GET /api/staff/callbacks', httpResponse(200, { items: [staffCallback()] }));
  });

  it('says whose desk it is and what is waiting', async () => {
    render(<StaffHomePage />);

    expect(screen.getByTestId('staff-home-who')).toHaveTextContent('惠安县妇女援助中心 · 工作人员');
    await waitFor(() => expect(screen.getByTestId('staff-home-bookings')).toHaveTextContent('2 个新预约待确认'));
    expect(screen.getByTestId('staff-home-callbacks')).toHaveTextContent('1 个等待回电');
  });

  it('logging out forgets the staff token and the remembered profession, and nothing of hers', async () => {
    storage.set('wac.session', { token: 'her-token', expiresAt: '2099-01-01T00:00:00.000Z' });
    storage.set('wac.staff.profession', 'lawyer');
    render(<StaffHomePage />);
    await screen.findByText(/2 个新预约待确认/);

    fireEvent.click(screen.getByTestId('staff-logout'));

    expect(storage.has('wac.staff.session')).toBe(false);
    expect(storage.has('wac.staff.profession')).toBe(false);
    expect(storage.has('wac.session')).toBe(true);
    expect(taroMock.reLaunch).toHaveBeenCalledWith({ url: '/packages/staff/login/index' });
  });
});
