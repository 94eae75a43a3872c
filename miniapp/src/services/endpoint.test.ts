import { endpoint } from './endpoint';

describe('endpoint', () => {
  it('fills path parameters, encoded, and keeps the method of the contract', () => {
    expect(endpoint('post', '/api/bookings/{id}/cancel', { path: { id: 'a b/c' } })).toEqual({
      method: 'POST',
      url: '/api/bookings/a%20b%2Fc/cancel',
    });
  });

  it('appends only the query parameters that are given', () => {
    expect(
      endpoint('get', '/api/centres/{code}/availability', {
        path: { code: 'jinjiang' },
        query: { from: '2026-12-01', to: '2026-12-14', service: undefined },
      }),
    ).toEqual({ method: 'GET', url: '/api/centres/jinjiang/availability?from=2026-12-01&to=2026-12-14' });
    expect(endpoint('get', '/api/bookings/mine')).toEqual({ method: 'GET', url: '/api/bookings/mine' });
  });

  it('refuses at compile time what the server does not serve', () => {
    // @ts-expect-error: no such path in the contract
    expect(() => endpoint('get', '/api/no-such-path')).not.toThrow();
    // @ts-expect-error: the contract has no DELETE here
    expect(endpoint('delete', '/api/bookings/mine').method).toBe('DELETE');
    // @ts-expect-error: a path parameter the operation does not have
    expect(() => endpoint('post', '/api/bookings/{id}/cancel', { path: { bookingId: 'x' } })).toThrow(
      'no value for {id}',
    );
  });
});
