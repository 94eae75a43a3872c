import { errorAnswer, fakeApi, httpResponse } from '../../test/fake-api';
import { booking } from '../../test/fixtures';
import taroMock, { storage } from '../../test/taro-mock';
import { cancelBooking, createBooking, hasSession, listMyBookings } from './api';

const EMPTY = { items: [] };

describe('her session', () => {
  it('H5: signs in as an anonymous guest once, and keeps only the token and its expiry', async () => {
    const api = fakeApi().on('GET /api/bookings/mine', httpResponse(200, EMPTY));
    expect(hasSession()).toBe(false);

    await Promise.all([listMyBookings(), listMyBookings()]);
    await listMyBookings();

    expect(api.calls('POST /api/auth/guest')).toHaveLength(1);
    expect(api.calls('GET /api/bookings/mine').map((call) => call.header?.Authorization)).toEqual([
      'Bearer guest-token',
      'Bearer guest-token',
      'Bearer guest-token',
    ]);
    expect([...storage.entries()]).toEqual([
      ['wac.session', { token: 'guest-token', expiresAt: '2099-01-01T00:00:00.000Z' }],
    ]);
    expect(hasSession()).toBe(true);
  });

  it('weapp: logs in silently with wx.login; no profile and no phone number are asked for', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.login.mockResolvedValue({ code: 'code-1', errMsg: 'login:ok' });
    const api = fakeApi()
      .on(
        'POST /api/auth/wechat',
        httpResponse(200, { token: 'wx', role: 'woman', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: null }),
      )
      .on('GET /api/bookings/mine', httpResponse(200, EMPTY));

    await listMyBookings();

    expect(api.calls('POST /api/auth/wechat')[0]!.data).toEqual({ code: 'code-1' });
    expect(api.calls('POST /api/auth/guest')).toHaveLength(0);
    expect(api.calls('GET /api/bookings/mine')[0]!.header?.Authorization).toBe('Bearer wx');
  });

  it('signs in again before a stored session runs out', async () => {
    storage.set('wac.session', { token: 'old', expiresAt: new Date(Date.now() + 30_000).toISOString() });
    const api = fakeApi().on('GET /api/bookings/mine', httpResponse(200, EMPTY));

    await listMyBookings();

    expect(api.calls('GET /api/bookings/mine')[0]!.header?.Authorization).toBe('Bearer guest-token');
  });

  it('on 401, gets a new session and repeats the request once', async () => {
    storage.set('wac.session', { token: 'revoked', expiresAt: '2099-01-01T00:00:00.000Z' });
    const api = fakeApi().on('POST /api/bookings/b1/cancel', (request) =>
      request.header?.Authorization === 'Bearer revoked'
        ? errorAnswer(401, 'UNAUTHORIZED')
        : httpResponse(200, booking({ status: 'cancelled' })),
    );

    await expect(cancelBooking('b1')).resolves.toMatchObject({ status: 'cancelled' });

    expect(api.calls('POST /api/bookings/b1/cancel')).toHaveLength(2);
    expect(storage.get('wac.session')).toEqual({ token: 'guest-token', expiresAt: '2099-01-01T00:00:00.000Z' });
  });

  it('does not loop when the new session is refused too', async () => {
    const api = fakeApi().on('GET /api/bookings/mine', errorAnswer(401, 'UNAUTHORIZED'));

    await expect(listMyBookings()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    expect(api.calls('GET /api/bookings/mine')).toHaveLength(2);
  });

  it('sends the attempt’s Idempotency-Key with the booking', async () => {
    const api = fakeApi().on('POST /api/bookings', httpResponse(201, booking()));

    await createBooking({ slotId: 's1' }, 'key-12345678');

    const [request] = api.calls('POST /api/bookings');
    expect(request).toMatchObject({ method: 'POST', data: { slotId: 's1' } });
    expect(request!.header).toMatchObject({ 'Idempotency-Key': 'key-12345678', 'Content-Type': 'application/json' });
  });
});
