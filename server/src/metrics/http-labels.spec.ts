import { methodLabel, routeLabel } from './http-labels.js';

describe('metrics labels', () => {
  it('labels a request by the template of the route it matched, never by its path', () => {
    expect(routeLabel({ baseUrl: '', route: { path: '/api/bookings/:id/cancel' } }, 200)).toBe(
      '/api/bookings/:id/cancel',
    );
    expect(routeLabel({ baseUrl: '/api', route: { path: '/centres/:code' } }, 404)).toBe('/api/centres/:code');
  });

  it('puts requests no route matched under two fixed labels', () => {
    expect(routeLabel({ baseUrl: '' }, 200)).toBe('(static files)');
    expect(routeLabel({ baseUrl: '' }, 304)).toBe('(static files)');
    expect(routeLabel({ baseUrl: '' }, 404)).toBe('(no route)');
    expect(routeLabel({ baseUrl: '', route: {} }, 404)).toBe('(no route)');
  });

  it('keeps methods to a fixed set', () => {
    expect(['GET', 'POST', 'DELETE', 'PROPFIND', 'get'].map(methodLabel)).toEqual([
      'GET',
      'POST',
      'DELETE',
      'OTHER',
      'OTHER',
    ]);
  });
});
