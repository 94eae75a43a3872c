import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeApi, httpResponse, errorAnswer } from '../../../test/fake-api';
import { LoginForm } from './LoginForm';

function signInWith(username: string, password: string) {
  fireEvent.change(screen.getByTestId('login-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('login-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('admin console login', () => {
  it('lets an admin in', async () => {
    const api = fakeApi().on(
      'POST /api/auth/login',
      httpResponse(200, { token: 't', role: 'city_admin', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: null }),
    );
    const onSignedIn = jest.fn();
    render(<LoginForm onSignedIn={onSignedIn} />);
    signInWith('admin', 'demo-admin-2026');
    await waitFor(() =>
      expect(onSignedIn).toHaveBeenCalledWith({
        token: 't',
        role: 'city_admin',
        centreCode: null,
        expiresAt: '2099-01-01T00:00:00.000Z',
        username: 'admin',
      }),
    );
    expect(api.calls('POST /api/auth/login')[0]!.data).toEqual({ username: 'admin', password: 'demo-admin-2026' });
  });

  it('politely refuses a staff login and keeps nothing of it', async () => {
    fakeApi().on(
      'POST /api/auth/login',
      httpResponse(200, { token: 't', role: 'staff', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: 'huian' }),
    );
    const onSignedIn = jest.fn();
    render(<LoginForm onSignedIn={onSignedIn} />);
    signInWith('staff-huian', 'demo-huian-2026');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('工作人员账号，不能进入管理后台');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(screen.getByTestId('login-password')).toHaveValue('');
  });

  it('says so when the name or password is wrong', async () => {
    fakeApi().on('POST /api/auth/login', errorAnswer(401, 'LOGIN_FAILED'));
    render(<LoginForm onSignedIn={jest.fn()} />);
    signInWith('admin', 'wrong');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('用户名或密码不正确');
  });
});
