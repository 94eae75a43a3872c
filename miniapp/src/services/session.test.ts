import { createHash } from 'node:crypto';
import { errorAnswer, fakeApi, httpResponse } from '../../test/fake-api';
import { booking } from '../../test/fixtures';
import taroMock, { storage } from '../../test/taro-mock';
import { endSession, hasSession, her, onConnecting } from './api';
import { cancelBooking, createBooking, listMyBookings } from './api.generated';
import { leadingZeroBits } from './guest-puzzle';

const EMPTY = { items: [] };
const GUEST = { token: 'guest-token', role: 'woman', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: null };

function challengeAnswer(challenge: string, bits: number) {
  return httpResponse(200, { challenge, bits, expiresAt: '2099-01-01T00:00:00.000Z' });
}

describe('her session', () => {
  it('H5: signs in as an anonymous guest once, and keeps only the token and its expiry', async () => {
    const api = fakeApi().on('GET /api/bookings/mine', httpResponse(200, EMPTY));
    expect(hasSession()).toBe(false);

    await Promise.all([listMyBookings(her), listMyBookings(her)]);
    await listMyBookings(her);

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

  it('H5: solves the server’s login puzzle first, saying “connecting” meanwhile', async () => {
    const seen: boolean[] = [];
    const stopListening = onConnecting((connecting) => seen.push(connecting));
    const api = fakeApi()
      .on('GET /api/auth/guest/challenge', challengeAnswer('c1.1893456000000.10.sig', 10))
      .on('GET /api/bookings/mine', httpResponse(200, EMPTY));

    await listMyBookings(her);
    stopListening();

    const [login] = api.calls('POST /api/auth/guest');
    const { challenge, nonce } = login!.data as { challenge: string; nonce: string };
    expect(challenge).toBe('c1.1893456000000.10.sig');
    expect(leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest())).toBeGreaterThanOrEqual(10);
    expect(seen).toEqual([true, false]);
  });

  it('H5: fetches a new puzzle once when the first one lapsed or was used', async () => {
    let challenges = 0;
    const api = fakeApi()
      .on('GET /api/auth/guest/challenge', () => {
        challenges += 1;
        return challengeAnswer(`c${challenges}`, 1);
      })
      .on('POST /api/auth/guest', (request) =>
        (request.data as { challenge: string }).challenge === 'c1'
          ? errorAnswer(403, 'CHALLENGE_EXPIRED')
          : httpResponse(200, GUEST),
      )
      .on('GET /api/bookings/mine', httpResponse(200, EMPTY));

    await listMyBookings(her);

    expect(api.calls('POST /api/auth/guest').map((call) => (call.data as { challenge: string }).challenge)).toEqual([
      'c1',
      'c2',
    ]);
    expect(api.calls('GET /api/bookings/mine')[0]!.header?.Authorization).toBe('Bearer guest-token');
  });

  it('H5: ending the session tells the server and forgets the token on the phone', async () => {
    storage.set('wac.session', { token: 'mine', expiresAt: '2099-01-01T00:00:00.000Z' });
    const api = fakeApi().on('POST /api/auth/end-session', httpResponse(204, ''));

    await endSession();

    expect(api.calls('POST /api/auth/end-session')[0]!.header?.Authorization).toBe('Bearer mine');
    expect(storage.has('wac.session')).toBe(false);
    expect(hasSession()).toBe(false);
  });

  it('H5: keeps the token when the server could not end the session', async () => {
    storage.set('wac.session', { token: 'mine', expiresAt: '2099-01-01T00:00:00.000Z' });
    fakeApi().on('POST /api/auth/end-session', 'network-error');

    await expect(endSession()).rejects.toMatchObject({ code: 'NETWORK' });

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

    await listMyBookings(her);

    expect(api.calls('POST /api/auth/wechat')[0]!.data).toEqual({ code: 'code-1' });
    expect(api.calls('POST /api/auth/guest')).toHaveLength(0);
    expect(api.calls('GET /api/bookings/mine')[0]!.header?.Authorization).toBe('Bearer wx');
  });

  it('signs in again before a stored session runs out', async () => {
    storage.set('wac.session', { token: 'old', expiresAt: new Date(Date.now() + 30_000).toISOString() });
    const api = fakeApi().on('GET /api/bookings/mine', httpResponse(200, EMPTY));

    await listMyBookings(her);

    expect(api.calls('GET /api/bookings/mine')[0]!.header?.Authorization).toBe('Bearer guest-token');
  });

  it('on 401, gets a new session and repeats the request once', async () => {
    storage.set('wac.session', { token: 'revoked', expiresAt: '2099-01-01T00:00:00.000Z' });
    const api = fakeApi().on('POST /api/bookings/b1/cancel', (request) =>
      request.header?.Authorization === 'Bearer revoked'
        ? errorAnswer(401, 'UNAUTHORIZED')
        : httpResponse(200, booking({ status: 'cancelled' })),
    );

    await expect(cancelBooking(her, 'b1')).resolves.toMatchObject({ status: 'cancelled' });

    expect(api.calls('POST /api/bookings/b1/cancel')).toHaveLength(2);
    expect(storage.get('wac.session')).toEqual({ token: 'guest-token', expiresAt: '2099-01-01T00:00:00.000Z' });
  });

  it('does not loop when the new session is refused too', async () => {
    const api = fakeApi().on('GET /api/bookings/mine', errorAnswer(401, 'UNAUTHORIZED'));

    await expect(listMyBookings(her)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    expect(api.calls('GET /api/bookings/mine')).toHaveLength(2);
  });

  it('sends the attempt’s Idempotency-Key with the booking', async () => {
    const api = fakeApi().on('POST /api/bookings', httpResponse(201, booking()));

    await createBooking(her, { slotId: 's1' }, 'key-12345678');

    const [request] = api.calls('POST /api/bookings');
    expect(request).toMatchObject({ method: 'POST', data: { slotId: 's1' } });
    expect(request!.header).toMatchObject({ 'Idempotency-Key': 'key-12345678', 'Content-Type': 'application/json' });
  });
});
