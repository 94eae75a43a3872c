import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { errorAnswer, fakeApi, httpResponse } from '../../../test/fake-api';
import taroMock, { storage } from '../../../test/taro-mock';
import SettingsPage from '.';

describe('使用提示与设置', () => {
  it('H5: explains that clearing hides earlier bookings from this phone, asks once, then clears everything', () => {
    storage.set('wac.session', { token: 't', expiresAt: '2099-01-01T00:00:00.000Z' });
    storage.set('wac.largeText', true);
    storage.set('wac.firstUseNoteSeen', true);
    taroMock.reLaunch.mockResolvedValue(undefined);
    render(<SettingsPage />);

    expect(screen.getByTestId('clear-data-explained')).toHaveTextContent(
      '这台手机上将看不到以前的预约和回电请求（它们仍在中心）',
    );
    fireEvent.click(screen.getByTestId('clear-data'));
    expect(storage.size).toBe(3);
    fireEvent.click(screen.getByTestId('clear-data-keep'));
    fireEvent.click(screen.getByTestId('clear-data'));
    fireEvent.click(screen.getByTestId('clear-data-confirm'));

    expect(storage.size).toBe(0);
    expect(screen.getByTestId('clear-data-done')).toHaveTextContent('已清除');
    // 大字模式 was part of what was cleared: the page is back to normal at once.
    expect(screen.getByTestId('page-shell')).toHaveAttribute('data-large-text', 'off');
    fireEvent.click(screen.getByTestId('settings-home'));
    expect(taroMock.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('weapp: says bookings stay visible after clearing (she logs in again silently), and how to remove the mini-program', () => {
    process.env.TARO_ENV = 'weapp';
    render(<SettingsPage />);

    expect(screen.getByTestId('clear-data-explained')).toHaveTextContent('您的预约仍然能看到');
    expect(screen.getByTestId('safety-note')).toHaveTextContent('长按这个小程序');
    expect(screen.getByTestId('safety-note')).toHaveTextContent('用一部安全的手机');
  });

  it('H5: ends her session on this phone, saying her bookings at the centre stay', async () => {
    storage.set('wac.session', { token: 't', expiresAt: '2099-01-01T00:00:00.000Z' });
    storage.set('wac.largeText', true);
    const api = fakeApi().on('POST /api/auth/end-session', httpResponse(204, ''));
    render(<SettingsPage />);

    expect(screen.getByTestId('end-session-explained')).toHaveTextContent('您在中心的预约和回电请求不会取消');
    fireEvent.click(screen.getByTestId('end-session'));

    await waitFor(() => expect(screen.getByTestId('end-session-done')).toHaveTextContent('预约仍然有效'));
    expect(api.calls('POST /api/auth/end-session')[0]!.header).toMatchObject({ Authorization: 'Bearer t' });
    expect(storage.size).toBe(0);
  });

  it('weapp: offers no session to end (WeChat signs her in again as the same person)', () => {
    process.env.TARO_ENV = 'weapp';
    render(<SettingsPage />);

    expect(screen.queryByTestId('end-session')).toBeNull();
  });

  it('erases her data at the centres only after she confirms, then clears the phone too', async () => {
    storage.set('wac.session', { token: 't', expiresAt: '2099-01-01T00:00:00.000Z' });
    const api = fakeApi().on(
      'DELETE /api/me',
      httpResponse(200, { cancelledBookings: 1, leftWaitingLists: 0, withdrawnCallbacks: 2 }),
    );
    render(<SettingsPage />);

    fireEvent.click(screen.getByTestId('erase-data'));
    fireEvent.click(screen.getByTestId('erase-data-keep'));
    expect(api.calls('DELETE /api/me')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('erase-data'));
    fireEvent.click(screen.getByTestId('erase-data-confirm'));

    await waitFor(() =>
      expect(screen.getByTestId('erase-data-done')).toHaveTextContent('取消了 1 个预约，撤回了 2 个回电请求'),
    );
    expect(api.calls('DELETE /api/me')[0]!.header).toMatchObject({ Authorization: 'Bearer t' });
    expect(storage.size).toBe(0);
  });

  it('says plainly when erasing failed, and keeps the phone as it was', async () => {
    storage.set('wac.session', { token: 't', expiresAt: '2099-01-01T00:00:00.000Z' });
    fakeApi().on('DELETE /api/me', errorAnswer(503, 'SERVICE_UNAVAILABLE'));
    render(<SettingsPage />);
    fireEvent.click(screen.getByTestId('erase-data'));
    fireEvent.click(screen.getByTestId('erase-data-confirm'));
    await waitFor(() => expect(screen.getByTestId('erase-data-failed')).toHaveTextContent('没能删除'));
    expect(storage.size).toBe(1);
  });

  it('does not start a session just to erase nothing', () => {
    const api = fakeApi();
    render(<SettingsPage />);
    fireEvent.click(screen.getByTestId('erase-data'));
    fireEvent.click(screen.getByTestId('erase-data-confirm'));
    expect(screen.getByTestId('erase-data-nothing')).toHaveTextContent('没有要删除的信息');
    expect(api.calls()).toHaveLength(0);
  });
});
