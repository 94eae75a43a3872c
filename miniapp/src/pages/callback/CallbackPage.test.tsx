import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../test/fake-api';
import { callback, centreDetail } from '../../../test/fixtures';
import taroMock, { routerParams } from '../../../test/taro-mock';
import { upcomingCallDays } from '../../domain/callback';
import { shanghaiToday } from '../../domain/dates';
import CallbackPage from '.';

function typePhone(value: string) {
  fireEvent.change(screen.getByTestId('callback-phone'), { target: { value } });
}

function addWeekdayWindow(weekday: number, from: string) {
  fireEvent.click(screen.getByTestId('window-kind-weekday'));
  fireEvent.click(screen.getByTestId(`window-weekday-${weekday}`));
  fireEvent.click(screen.getByTestId(`window-range-${from}`));
  fireEvent.click(screen.getByTestId('window-add'));
}

function consent() {
  fireEvent.click(screen.getByTestId('consent-general'));
  fireEvent.click(screen.getByTestId('consent-sensitive'));
  fireEvent.click(screen.getByTestId('consent-agree'));
}

/** Opens the page and fills in the least it needs (a number, one safe time, consent), up to 提交. */
async function reachSendStep() {
  render(<CallbackPage />);
  await screen.findByTestId('window-builder');
  typePhone('13800001234');
  addWeekdayWindow(1, '08:00');
  fireEvent.click(screen.getByTestId('callback-next'));
  consent();
}

describe('call me back', () => {
  let api: FakeApi;

  beforeEach(() => {
    routerParams.code = 'huian';
    api = fakeApi().on('GET /api/centres/huian', httpResponse(200, centreDetail()));
    taroMock.redirectTo.mockResolvedValue(undefined);
  });

  it('explains why the number is typed, not taken from WeChat', async () => {
    render(<CallbackPage />);

    expect(await screen.findByText(/我们不读取微信绑定的手机号：那个号码可能被别人看到或使用/)).toBeInTheDocument();
  });

  it('says what is missing before anything is sent', async () => {
    render(<CallbackPage />);
    fireEvent.click(await screen.findByTestId('callback-next'));

    expect(screen.getByTestId('callback-form-problems')).toBeInTheDocument();
    expect(screen.getByTestId('callback-phone-error')).toHaveTextContent('请填写一个可以打给您的电话号码');
    expect(screen.getByTestId('windows-error')).toHaveTextContent('请至少添加一个方便接电话的时间');

    typePhone('12345');
    fireEvent.click(screen.getByTestId('callback-next'));
    expect(screen.getByTestId('callback-phone-error')).toHaveTextContent('座机请加区号');
    expect(screen.queryByTestId('consent')).not.toBeInTheDocument();
    expect(api.calls('POST /api/callbacks')).toHaveLength(0);
  });

  it('builds safe times from tappable choices: a weekday or a date, and a time block; duplicates refused, times removable', async () => {
    const nextCallDay = upcomingCallDays(shanghaiToday())[1]!;
    render(<CallbackPage />);
    await screen.findByTestId('window-builder');

    fireEvent.click(screen.getByTestId('window-add'));
    expect(screen.getByTestId('window-message')).toHaveTextContent('请先选好哪天和几点');

    addWeekdayWindow(2, '14:00');
    fireEvent.click(screen.getByTestId('window-range-14:00'));
    fireEvent.click(screen.getByTestId('window-add'));
    expect(screen.getByTestId('window-message')).toHaveTextContent('这个时间已经添加过了');

    fireEvent.click(screen.getByTestId('window-kind-date'));
    fireEvent.click(screen.getByTestId(`window-date-${nextCallDay}`));
    fireEvent.click(screen.getByTestId('window-range-16:00'));
    fireEvent.click(screen.getByTestId('window-add'));

    expect(screen.getByTestId('window-0')).toHaveTextContent('每周二 14:00–16:00');
    expect(screen.getByTestId('window-1')).toHaveTextContent('16:00–18:00');
    fireEvent.click(screen.getByTestId('window-remove-0'));
    expect(screen.getByTestId('window-list')).not.toHaveTextContent('每周二');
  });

  it('offers only the times staff call (weekdays 8:00–18:00), and says so', async () => {
    render(<CallbackPage />);
    await screen.findByTestId('window-builder');

    expect(screen.getByTestId('call-hours')).toHaveTextContent('工作人员只在周一至周五 8:00–18:00 打电话');
    expect(screen.queryByTestId('window-range-18:00')).toBeNull();
    for (const day of upcomingCallDays(shanghaiToday())) {
      expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
      expect(screen.getByTestId(`window-date-${day}`)).toBeInTheDocument();
    }
    fireEvent.click(screen.getByTestId('window-kind-weekday'));
    expect(screen.getByTestId('window-weekday-5')).toBeInTheDocument();
    expect(screen.queryByTestId('window-weekday-6')).toBeNull();
    expect(screen.queryByTestId('window-weekday-7')).toBeNull();
  });

  it('counts the day and time she chose but did not add', async () => {
    api.on('POST /api/callbacks', httpResponse(201, callback({ id: 'cb9' })));
    render(<CallbackPage />);
    await screen.findByTestId('window-builder');
    typePhone('13800001234');
    fireEvent.click(screen.getByTestId('window-kind-weekday'));
    fireEvent.click(screen.getByTestId('window-weekday-4'));
    fireEvent.click(screen.getByTestId('window-range-10:00'));

    fireEvent.click(screen.getByTestId('callback-next'));

    expect(screen.queryByTestId('windows-error')).toBeNull();
    expect(await screen.findByTestId('consent')).toBeInTheDocument();
  });

  it('sends her number, safe times and answers (safe defaults: no identifying, no message) after consent', async () => {
    api.on('POST /api/callbacks', httpResponse(201, callback({ id: 'cb9' })));
    render(<CallbackPage />);
    await screen.findByTestId('window-builder');
    expect(screen.getByTestId('identify-no')).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('message-no')).toHaveAttribute('aria-checked', 'true');

    typePhone('138-0000-1234');
    addWeekdayWindow(3, '10:00');
    fireEvent.click(screen.getByTestId('message-yes'));
    fireEvent.change(screen.getByTestId('callback-topic'), { target: { value: ' 想问问 ' } });
    fireEvent.click(screen.getByTestId('callback-next'));
    expect(screen.getByTestId('consent')).toHaveTextContent('回电结束后 30 天内删除号码');
    consent();
    expect(screen.getByTestId('summary-windows')).toHaveTextContent('每周三 10:00–12:00');
    fireEvent.click(screen.getByTestId('callback-submit'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/pages/callback-sent/index?id=cb9' }));
    expect(api.calls('POST /api/callbacks')[0]!.data).toEqual({
      centreCode: 'huian',
      phone: '13800001234',
      windows: [{ weekday: 3, from: '10:00', to: '12:00' }],
      mayIdentify: false,
      mayLeaveMessage: true,
      topic: '想问问',
    });
  });

  it('when three requests are already waiting, says so and offers 我的预约 and the hotline', async () => {
    api.on('POST /api/callbacks', errorAnswer(409, 'LIMIT_REACHED'));
    await reachSendStep();

    fireEvent.click(screen.getByTestId('callback-submit'));

    expect(await screen.findByTestId('callback-problem')).toHaveTextContent('您已经有 3 个回电请求在等待了');
    expect(screen.getByTestId('open-mine')).toBeInTheDocument();
    expect(screen.getByTestId('callback-call-12338')).toBeInTheDocument();
  });

  it('takes her back to the field the server refused', async () => {
    api.on(
      'POST /api/callbacks',
      errorAnswer(400, 'VALIDATION_FAILED', [{ field: 'phone', reason: 'must be a mainland mobile number' }]),
    );
    await reachSendStep();

    fireEvent.click(screen.getByTestId('callback-submit'));

    expect(await screen.findByTestId('callback-phone-error')).toHaveTextContent('号码好像不对');
  });

  it('after a network failure, offers to try again with the same Idempotency-Key, so the centre gets one request', async () => {
    let attempts = 0;
    api.on('POST /api/callbacks', () => {
      attempts += 1;
      return attempts === 1 ? 'network-error' : httpResponse(201, callback({ id: 'cb2' }));
    });
    await reachSendStep();

    fireEvent.click(screen.getByTestId('callback-submit'));
    expect(await screen.findByTestId('callback-problem')).toHaveTextContent('网络不太好');
    fireEvent.click(screen.getByTestId('callback-submit'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/pages/callback-sent/index?id=cb2' }));
    const keys = api
      .calls('POST /api/callbacks')
      .map((call) => (call.header as Record<string, string>)['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});
