import { parseHotRead } from './hot-read-requests.js';

describe('parseHotRead', () => {
  it.each([
    ['/api/centres', { kind: 'centres', query: {} }],
    ['/api/centres?lat=24.905&lng=118.59', { kind: 'centres', query: { lat: 24.905, lng: 118.59 } }],
    ['/api/centres?lng=-118&lat=-24.5', { kind: 'centres', query: { lat: -24.5, lng: -118 } }],
    ['/api/centres?lat=90&lng=180', { kind: 'centres', query: { lat: 90, lng: 180 } }],
    [
      '/api/centres?lat=24.9&lng=118.6&limit=50&after=1234_jinjiang',
      { kind: 'centres', query: { lat: 24.9, lng: 118.6, limit: 50, after: '1234_jinjiang' } },
    ],
    ['/api/centres?lat=%32%34.9&lng=118.6', { kind: 'centres', query: { lat: 24.9, lng: 118.6 } }],
    [
      '/api/centres/jinjiang/availability?from=2026-12-01&to=2026-12-21',
      { kind: 'availability', code: 'jinjiang', query: { from: '2026-12-01', to: '2026-12-21' } },
    ],
    [
      '/api/centres/city/availability?service=legal&to=2026-12-21&from=2026-12-01',
      { kind: 'availability', code: 'city', query: { from: '2026-12-01', to: '2026-12-21', service: 'legal' } },
    ],
  ])('takes %s', (url, expected) => {
    expect(parseHotRead('GET', url)).toEqual(expected);
  });

  it.each([
    ['another method', 'POST', '/api/centres'],
    ['HEAD', 'HEAD', '/api/centres'],
    ['a trailing slash', 'GET', '/api/centres/'],
    ['another path', 'GET', '/api/centres/jinjiang'],
    ['a latitude alone', 'GET', '/api/centres?lat=24'],
    ['a longitude alone', 'GET', '/api/centres?lng=118'],
    ['a page size without a position', 'GET', '/api/centres?limit=5'],
    ['a latitude beyond 90', 'GET', '/api/centres?lat=90.5&lng=118'],
    ['a longitude beyond 180', 'GET', '/api/centres?lat=24&lng=-180.1'],
    ['a number in exponent form', 'GET', '/api/centres?lat=2.4e1&lng=118'],
    ['an empty number', 'GET', '/api/centres?lat=&lng=118'],
    ['a number with a plus sign', 'GET', '/api/centres?lat=%2B24&lng=118'],
    ['a page size of 0', 'GET', '/api/centres?lat=24&lng=118&limit=0'],
    ['a page size of 51', 'GET', '/api/centres?lat=24&lng=118&limit=51'],
    ['a fractional page size', 'GET', '/api/centres?lat=24&lng=118&limit=2.5'],
    ['a malformed cursor', 'GET', '/api/centres?lat=24&lng=118&after=jinjiang'],
    ['a repeated parameter', 'GET', '/api/centres?lat=24&lat=24&lng=118'],
    ['an unknown parameter', 'GET', '/api/centres?lat=24&lng=118&radius=5'],
    [
      'a centre code with other characters',
      'GET',
      '/api/centres/jin%20jiang/availability?from=2026-12-01&to=2026-12-02',
    ],
    ['availability without from', 'GET', '/api/centres/city/availability?to=2026-12-02'],
    ['a date that does not exist', 'GET', '/api/centres/city/availability?from=2026-02-30&to=2026-03-02'],
    ['a date in another format', 'GET', '/api/centres/city/availability?from=2026-12-1&to=2026-12-02'],
    ['an unknown service', 'GET', '/api/centres/city/availability?from=2026-12-01&to=2026-12-02&service=walk_in'],
    ['an unknown availability parameter', 'GET', '/api/centres/city/availability?from=2026-12-01&to=2026-12-02&x=1'],
  ])('leaves %s to the framework', (_what, method, url) => {
    expect(parseHotRead(method, url)).toBeUndefined();
  });
});
