import { errorAnswer, fakeApi, httpResponse } from '../../test/fake-api';
import { storage } from '../../test/taro-mock';
import { ApiError } from './api';
import { correctRecord, editRecord, listCentreBookings } from './staff-api.generated';
import { staff, staffLogin, staffLogout, staffSession } from './staff-api';

const SESSION = { token: 'staff-token', role: 'staff', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: 'huian' };

describe('the staff client', () => {
  it('stores the staff login under its own key; a city admin has no centre', async () => {
    fakeApi().on(
      'POST /api/auth/login',
      httpResponse(200, { token: 'a', role: 'city_admin', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: null }),
    );

    await staffLogin('admin', 'pw');

    expect(staffSession()).toEqual({
      token: 'a',
      role: 'city_admin',
      expiresAt: '2099-01-01T00:00:00.000Z',
      centreCode: null,
    });
    expect(storage.has('wac.session')).toBe(false);
  });

  it('treats a token about to expire as no login', () => {
    storage.set('wac.staff.session', { ...SESSION, expiresAt: new Date(Date.now() + 30_000).toISOString() });
    expect(staffSession()).toBeUndefined();
  });

  it('refuses to call without a login, asking the server nothing', async () => {
    const api = fakeApi();
    await expect(listCentreBookings(staff, { from: '2026-12-01', to: '2026-12-14' })).rejects.toMatchObject({
      statusCode: 401,
    });
    expect(api.calls()).toHaveLength(0);
  });

  it('forgets a token the server no longer accepts', async () => {
    storage.set('wac.staff.session', SESSION);
    fakeApi().on('GET /api/staff/bookings', errorAnswer(401, 'UNAUTHORIZED'));

    await expect(listCentreBookings(staff, { from: '2026-12-01', to: '2026-12-14' })).rejects.toBeInstanceOf(ApiError);
    expect(storage.has('wac.staff.session')).toBe(false);
  });

  it('edits with PUT and corrects with POST …/corrections', async () => {
    storage.set('wac.staff.session', SESSION);
    const api = fakeApi()
      .on('PUT /api/staff/records/r1', httpResponse(200, {}))
      .on('POST /api/staff/records/r1/corrections', httpResponse(201, {}));
    const fields = {
      date: '2026-12-01',
      channel: 'walk_in',
      category: 'other',
      services: ['information'],
      referrals: ['none'],
      followUpNeeded: false,
      durationMinutes: 10,
      helperProfession: 'liaison',
      ageBand: 'unknown',
      area: 'unknown',
      mandatoryReport: false,
    } as const;

    await editRecord(staff, 'r1', { ...fields, services: [...fields.services], referrals: [...fields.referrals] });
    await correctRecord(staff, 'r1', { ...fields, services: [...fields.services], referrals: [...fields.referrals] });

    expect(api.calls('PUT /api/staff/records/r1')).toHaveLength(1);
    expect(api.calls('POST /api/staff/records/r1/corrections')).toHaveLength(1);
  });

  it('logout clears only the staff keys, and asks the server to end the login everywhere', () => {
    const api = fakeApi().on('POST /api/auth/logout', httpResponse(204, ''));
    storage.set('wac.staff.session', SESSION);
    storage.set('wac.session', { token: 'hers', expiresAt: '2099-01-01T00:00:00.000Z' });
    staffLogout();
    expect(storage.has('wac.staff.session')).toBe(false);
    expect(storage.has('wac.session')).toBe(true);
    expect(api.calls('POST /api/auth/logout')[0]!.header).toMatchObject({ Authorization: `Bearer ${SESSION.token}` });
  });
});
