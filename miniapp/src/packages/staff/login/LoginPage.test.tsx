import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../../test/fake-api';
import taroMock, { routerParams, storage } from '../../../../test/taro-mock';
import { safeNext } from '../routes';
import StaffLoginPage from '.';

function typeInto(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

describe('staff login', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
    taroMock.redirectTo.mockResolvedValue(undefined);
  });

  it('logs in, keeps the staff token apart from her session, and opens 工作台', async () => {
    storage.set('wac.session', { token: 'her-token', expiresAt: '2099-01-01T00:00:00.000Z' });
    api.on(
      'POST /api/auth/login',
      httpResponse(200, {
        token: 'staff-token',
        role: 'staff',
        expiresAt: '2099-01-01T00:00:00.000Z',
        centreCode: 'huian',
      }),
    );
    render(<StaffLoginPage />);

    typeInto('staff-login-username', ' staff-huian ');
    typeInto('staff-login-password', 'demo-huian-2026');
    fireEvent.click(screen.getByTestId('staff-login-submit'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/index/index' }));
    expect(api.calls('POST /api/auth/login')[0]!.data).toEqual({
      username: 'staff-huian',
      password: 'demo-huian-2026',
    });
    expect(storage.get('wac.staff.session')).toMatchObject({
      token: 'staff-token',
      role: 'staff',
      centreCode: 'huian',
    });
    expect(storage.get('wac.session')).toEqual({ token: 'her-token', expiresAt: '2099-01-01T00:00:00.000Z' });
  });

  it('goes back to the staff page it was sent from, never elsewhere', async () => {
    api.on(
      'POST /api/auth/login',
      httpResponse(200, { token: 't', role: 'staff', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: 'huian' }),
    );
    routerParams.next = 'https://example.com/';
    render(<StaffLoginPage />);
    typeInto('staff-login-username', 'a');
    typeInto('staff-login-password', 'b');
    fireEvent.click(screen.getByTestId('staff-login-submit'));
    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/index/index' }));
  });

  it('says in plain words when the username or password is wrong', async () => {
    api.on('POST /api/auth/login', errorAnswer(401, 'LOGIN_FAILED'));
    render(<StaffLoginPage />);
    typeInto('staff-login-username', 'staff-huian');
    typeInto('staff-login-password', 'wrong');
    fireEvent.click(screen.getByTestId('staff-login-submit'));

    expect(await screen.findByTestId('staff-login-error')).toHaveTextContent('用户名或密码不对');
    expect(storage.has('wac.staff.session')).toBe(false);
    expect(taroMock.redirectTo).not.toHaveBeenCalled();
  });

  it('asks for both fields before sending', () => {
    render(<StaffLoginPage />);
    fireEvent.click(screen.getByTestId('staff-login-submit'));

    expect(screen.getByTestId('staff-login-error')).toHaveTextContent('请填写用户名和密码');
    expect(api.calls('POST /api/auth/login')).toHaveLength(0);
  });

  it('explains why it is back after the login expired', () => {
    routerParams.expired = '1';
    render(<StaffLoginPage />);

    expect(screen.getByTestId('staff-login-error')).toHaveTextContent('登录已过期');
  });
});

describe('where login leads', () => {
  it.each([
    ['/packages/staff/bookings/index', '/packages/staff/bookings/index'],
    ['%2Fpackages%2Fstaff%2Fcallback%2Findex%3Fid%3Dabc-1', '/packages/staff/callback/index?id=abc-1'],
    ['/packages/staff/login/index', '/packages/staff/index/index'],
    ['/pages/index/index', '/packages/staff/index/index'],
    ['https%3A%2F%2Fexample.com%2F', '/packages/staff/index/index'],
    [undefined, '/packages/staff/index/index'],
  ])('next=%s → %s', (next, page) => {
    expect(safeNext(next)).toBe(page);
  });
});
