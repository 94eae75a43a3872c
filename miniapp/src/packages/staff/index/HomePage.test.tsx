import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../../test/fake-api';
import taroMock, { storage } from '../../../../test/taro-mock';
import { logInAsStaff, staffBooking, staffCallback } from '../testing/fixtures';
import StaffHomePage from '.';

const ME = { username: 'staff-huian', role: 'staff', centreCode: 'huian', wechatBound: false };

describe('工作台', () => {
  let api: FakeApi;

  beforeEach(() => {
    logInAsStaff();
    taroMock.reLaunch.mockResolvedValue(undefined);
    taroMock.navigateTo.mockResolvedValue(undefined);
    api = fakeApi()
      .on('GET /api/staff/me', httpResponse(200, ME))
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

  it('weapp: binds her WeChat for notices with a wx.login code, and can undo it', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.login.mockResolvedValue({ code: 'staff-code', errMsg: 'login:ok' });
    api
      .on('PUT /api/staff/me/wechat', httpResponse(200, { ...ME, wechatBound: true }))
      .on('DELETE /api/staff/me/wechat', httpResponse(200, ME));
    render(<StaffHomePage />);

    expect(await screen.findByTestId('staff-wechat-state')).toHaveTextContent('还没有绑定');
    fireEvent.click(screen.getByTestId('staff-wechat-bind'));

    await waitFor(() => expect(screen.getByTestId('staff-wechat-state')).toHaveTextContent('已绑定'));
    expect(api.calls('PUT /api/staff/me/wechat')[0]!.data).toEqual({ code: 'staff-code' });
    fireEvent.click(screen.getByTestId('staff-wechat-unbind'));
    await waitFor(() => expect(screen.getByTestId('staff-wechat-state')).toHaveTextContent('还没有绑定'));
    expect(api.calls('DELETE /api/staff/me/wechat')).toHaveLength(1);
  });

  it('weapp: says plainly when that WeChat is bound to another login', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.login.mockResolvedValue({ code: 'staff-code', errMsg: 'login:ok' });
    api.on('PUT /api/staff/me/wechat', errorAnswer(409, 'WECHAT_ALREADY_BOUND'));
    render(<StaffHomePage />);

    fireEvent.click(await screen.findByTestId('staff-wechat-bind'));

    expect(await screen.findByTestId('staff-wechat-problem')).toHaveTextContent('另一个工作人员账号');
    expect(screen.getByTestId('staff-wechat-state')).toHaveTextContent('还没有绑定');
  });

  it('H5: says binding happens in the mini-program, and offers no bind button', async () => {
    render(<StaffHomePage />);

    expect(await screen.findByTestId('staff-wechat-h5')).toHaveTextContent('在微信小程序里');
    expect(screen.queryByTestId('staff-wechat-bind')).toBeNull();
  });
});
