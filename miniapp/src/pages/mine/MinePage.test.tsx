import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { BookingDto, CallbackDto, WaitlistEntryDto } from '@wac/shared-types';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../test/fake-api';
import { booking, callback, waitlistEntry } from '../../../test/fixtures';
import taroMock, { storage } from '../../../test/taro-mock';
import MinePage from '.';

const OFFER = { start: '10:00', end: '10:50', expiresAt: '2026-12-01T03:00:00.000Z' };

function serve(
  api: FakeApi,
  { bookings = [] as BookingDto[], callbacks = [] as CallbackDto[], waitlist = [] as WaitlistEntryDto[] } = {},
) {
  return api
    .on('GET /api/bookings/mine', httpResponse(200, { items: bookings }))
    .on('GET /api/callbacks/mine', httpResponse(200, { items: callbacks }))
    .on('GET /api/waitlist/mine', httpResponse(200, { items: waitlist }));
}

describe('my bookings', () => {
  beforeEach(() => {
    storage.set('wac.session', { token: 'kept', expiresAt: '2099-01-01T00:00:00.000Z' });
    taroMock.navigateTo.mockResolvedValue(undefined);
  });

  it('on a phone that never booked, says so without creating a session', () => {
    storage.clear();
    const api = fakeApi();
    render(<MinePage />);

    expect(screen.getByTestId('mine-empty')).toHaveTextContent('这台手机上还没有预约或回电请求');
    expect(screen.getByTestId('mine-empty')).toHaveTextContent('需要取消的话，请打电话给中心');
    expect(api.calls()).toHaveLength(0);
  });

  it('on WeChat, logs in silently to look even when the stored session ran out (same WeChat user, same bookings)', async () => {
    storage.clear();
    process.env.TARO_ENV = 'weapp';
    taroMock.login.mockResolvedValue({ code: 'c', errMsg: 'login:ok' });
    const api = serve(fakeApi(), { bookings: [booking({ id: 'p' })] });
    api.on(
      'POST /api/auth/wechat',
      httpResponse(200, { token: 'wx', role: 'woman', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: null }),
    );
    render(<MinePage />);

    expect(await screen.findByTestId('booking-p')).toBeInTheDocument();
    expect(api.calls('POST /api/auth/wechat')).toHaveLength(1);
  });

  it('shows statuses in plain words, a decline with a neutral reason, and never a held place as a booking', async () => {
    serve(fakeApi(), {
      bookings: [
        booking({ id: 'p', status: 'pending' }),
        booking({ id: 'c', status: 'confirmed' }),
        booking({ id: 'd', status: 'declined', declineReason: 'staff_unavailable' }),
        booking({ id: 'x', status: 'cancelled' }),
        booking({ id: 'n', status: 'no_show', startsAt: '2020-01-01T01:00:00.000Z' }),
        booking({ id: 'held', status: 'offered' }),
      ],
    });
    render(<MinePage />);

    expect(await screen.findByTestId('booking-status-p')).toHaveTextContent('状态：等待确认');
    expect(screen.getByTestId('booking-status-c')).toHaveTextContent('状态：已确认');
    expect(screen.getByTestId('booking-d')).toHaveTextContent('没能安排当天工作人员临时有安排，请换一个时间。');
    expect(screen.getByTestId('booking-status-x')).toHaveTextContent('已取消');
    expect(screen.getByTestId('booking-n')).toHaveTextContent('没有来');
    expect(screen.queryByTestId('booking-held')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('mine-upcoming')).getAllByTestId(/^booking-status-/)).toHaveLength(2);
    // Only what is still to come can be changed.
    expect(screen.getByTestId('booking-cancel-p')).toBeInTheDocument();
    expect(screen.queryByTestId('booking-cancel-x')).not.toBeInTheDocument();
  });

  it('cancels with one confirmation, and can be talked out of it', async () => {
    let cancelled = false;
    const api = fakeApi()
      .on('GET /api/bookings/mine', () =>
        httpResponse(200, { items: [booking({ id: 'p', status: cancelled ? 'cancelled' : 'pending' })] }),
      )
      .on('GET /api/callbacks/mine', httpResponse(200, { items: [] }))
      .on('GET /api/waitlist/mine', httpResponse(200, { items: [] }))
      .on('POST /api/bookings/p/cancel', () => {
        cancelled = true;
        return httpResponse(200, booking({ id: 'p', status: 'cancelled' }));
      });
    render(<MinePage />);

    fireEvent.click(await screen.findByTestId('booking-cancel-p'));
    expect(screen.getByTestId('booking-cancel-p-question')).toHaveTextContent(
      '确定取消 12月1日 周二 9:00–9:50 的预约吗',
    );
    fireEvent.click(screen.getByTestId('booking-cancel-p-keep'));
    expect(api.calls('POST /api/bookings/p/cancel')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('booking-cancel-p'));
    fireEvent.click(screen.getByTestId('booking-cancel-p-confirm'));

    await waitFor(() => expect(screen.getByTestId('booking-p')).toHaveAttribute('data-status', 'cancelled'));
    expect(api.calls('POST /api/bookings/p/cancel')).toHaveLength(1);
  });

  it('opens the booking page to move a booking, keeping centre and service', async () => {
    serve(fakeApi(), { bookings: [booking({ id: 'p', centreCode: 'nanan', service: 'mediation' })] });
    render(<MinePage />);

    fireEvent.click(await screen.findByTestId('booking-reschedule-p'));

    expect(taroMock.navigateTo).toHaveBeenCalledWith({
      url: '/pages/book/index?code=nanan&service=mediation&reschedule=p',
    });
  });

  it('a booking whose day the centre closed asks her to move it, moving first', async () => {
    serve(fakeApi(), { bookings: [booking({ id: 'p', status: 'day_closed' }), booking({ id: 'q' })] });
    render(<MinePage />);

    expect(await screen.findByTestId('booking-status-p')).toHaveTextContent('需要改约');
    expect(screen.getByTestId('booking-p')).toHaveTextContent('请改约其他时间');
    expect(screen.getByTestId('booking-reschedule-p')).toHaveClass('action--primary');
    expect(screen.getByTestId('booking-reschedule-q')).not.toHaveClass('action--primary');
  });

  it('shows call-back requests with the masked number and safe times; withdrawing asks once', async () => {
    const api = serve(fakeApi(), {
      callbacks: [callback({ id: 'c1' }), callback({ id: 'c0', status: 'withdrawn', phoneMasked: null })],
    });
    api.on('POST /api/callbacks/c1/withdraw', httpResponse(200, callback({ id: 'c1', status: 'withdrawn' })));
    render(<MinePage />);

    const card = await screen.findByTestId('callback-c1');
    expect(card).toHaveTextContent('状态：等待回电');
    expect(card).toHaveTextContent('回电号码：138****5678');
    expect(card).toHaveTextContent('方便的时间：每周二 14:00–16:00');
    expect(screen.getByTestId('callback-c0')).toHaveTextContent('号码已删除');

    fireEvent.click(screen.getByTestId('callback-withdraw-c1'));
    expect(screen.getByTestId('callback-withdraw-c1-question')).toHaveTextContent('撤回后您的号码会立即删除');
    fireEvent.click(screen.getByTestId('callback-withdraw-c1-confirm'));

    await waitFor(() => expect(api.calls('POST /api/callbacks/c1/withdraw')).toHaveLength(1));
  });

  it('shows an offer with its expiry; accepting opens the result page', async () => {
    const api = serve(fakeApi(), { waitlist: [waitlistEntry({ id: 'w1', status: 'offered', offer: OFFER })] });
    api.on('POST /api/waitlist/w1/accept', httpResponse(200, booking({ id: 'from-offer' })));
    render(<MinePage />);

    const offer = await screen.findByTestId('offer-w1');
    expect(offer).toHaveTextContent('为您保留的时间：12月2日 周三 10:00–10:50');
    expect(screen.getByTestId('offer-expires-w1')).toHaveTextContent('请在 12月1日 周二 11:00 前确认');
    fireEvent.click(screen.getByTestId('offer-accept-w1'));

    await waitFor(() => expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/booked/index?id=from-offer' }));
  });

  it('says calmly when an offer ran out, and shows the fresh list', async () => {
    const api = serve(fakeApi(), { waitlist: [waitlistEntry({ id: 'w1', status: 'offered', offer: OFFER })] });
    api.on('POST /api/waitlist/w1/accept', errorAnswer(409, 'OFFER_EXPIRED'));
    render(<MinePage />);

    fireEvent.click(await screen.findByTestId('offer-accept-w1'));

    expect(await screen.findByTestId('item-message-w1')).toHaveTextContent('保留时间已过，这个空位已让给下一位');
    expect(api.calls('GET /api/waitlist/mine')).toHaveLength(2);
  });

  it('shows her place in line and lets her stop waiting', async () => {
    const api = serve(fakeApi(), { waitlist: [waitlistEntry({ id: 'w2', position: 3 })] });
    api.on('POST /api/waitlist/w2/withdraw', httpResponse(200, waitlistEntry({ id: 'w2', status: 'withdrawn' })));
    render(<MinePage />);

    expect(await screen.findByTestId('waitlist-w2')).toHaveTextContent('状态：排队等空位您现在排第 3 位');
    fireEvent.click(screen.getByTestId('waitlist-leave-w2'));

    await waitFor(() => expect(api.calls('POST /api/waitlist/w2/withdraw')).toHaveLength(1));
  });

  it('offers another try when the network fails, and the hotline on the page', async () => {
    let failed = false;
    serve(fakeApi()).on('GET /api/bookings/mine', () => {
      if (!failed) {
        failed = true;
        return 'network-error';
      }
      return httpResponse(200, { items: [booking()] });
    });
    render(<MinePage />);

    expect(await screen.findByTestId('mine-error')).toHaveTextContent('网络不太好');
    expect(screen.getByTestId('mine-call-12338')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('retry'));
    expect(await screen.findByTestId('booking-b1')).toBeInTheDocument();
  });
});
