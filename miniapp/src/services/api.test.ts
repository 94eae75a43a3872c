import type { CentreListDto } from '@wac/shared-types';
import taroMock, { httpResponse } from '../../test/taro-mock';
import { ApiError, listCentresNear, noSession, photoUrl } from './api';
import { getCentre } from './api.generated';

const EMPTY_LIST: CentreListDto = { items: [] };

function requestedUrl(): string {
  expect(taroMock.request).toHaveBeenCalledTimes(1);
  return taroMock.request.mock.calls[0]![0].url;
}

async function caughtError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('listCentresNear', () => {
  it('asks for all centres without a query when no position is given', async () => {
    taroMock.request.mockResolvedValue(httpResponse(200, EMPTY_LIST));

    await expect(listCentresNear()).resolves.toEqual(EMPTY_LIST);
    expect(requestedUrl()).toBe('/api/centres');
  });

  it('sends the position rounded to about 100 m', async () => {
    taroMock.request.mockResolvedValue(httpResponse(200, EMPTY_LIST));

    await listCentresNear({ latitude: 24.874123456, longitude: 118.675987654 });

    expect(requestedUrl()).toBe('/api/centres?lat=24.874&lng=118.676');
  });

  it('prefixes the configured API origin (the weapp case)', async () => {
    process.env.TARO_APP_API_BASE = 'https://api.example.cn';
    taroMock.request.mockResolvedValue(httpResponse(200, EMPTY_LIST));

    await listCentresNear();

    expect(requestedUrl()).toBe('https://api.example.cn/api/centres');
  });

  it('asks for JSON with a timeout', async () => {
    taroMock.request.mockResolvedValue(httpResponse(200, EMPTY_LIST));

    await listCentresNear();

    const option = taroMock.request.mock.calls[0]![0];
    expect(option).toMatchObject({ method: 'GET', dataType: 'json' });
    expect(option.timeout).toBeGreaterThan(0);
  });
});

describe('getCentre', () => {
  it('encodes the centre code into the path', async () => {
    taroMock.request.mockResolvedValue(httpResponse(200, { code: 'a b' }));

    await getCentre(noSession, 'a b');

    expect(requestedUrl()).toBe('/api/centres/a%20b');
  });

  it('turns an error answer into an ApiError with the server fields', async () => {
    taroMock.request.mockResolvedValue(
      httpResponse(404, { statusCode: 404, code: 'CENTRE_NOT_FOUND', message: 'No centre "nowhere"' }),
    );

    const error = await caughtError(getCentre(noSession, 'nowhere'));

    expect(error).toMatchObject({
      statusCode: 404,
      code: 'CENTRE_NOT_FOUND',
      message: 'No centre "nowhere"',
      fields: [],
    });
  });

  it('keeps validation details from the server', async () => {
    const fields = [{ field: 'lat', reason: '纬度不正确' }];
    taroMock.request.mockResolvedValue(
      httpResponse(400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid query', fields }),
    );

    const error = await caughtError(listCentresNear({ latitude: 999, longitude: 0 }));

    expect(error).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', fields });
  });

  it('reports an answer that is not the contract JSON as UNEXPECTED_RESPONSE', async () => {
    taroMock.request.mockResolvedValue(httpResponse(502, '<html>Bad Gateway</html>'));

    const error = await caughtError(getCentre(noSession, 'city'));

    expect(error).toMatchObject({ statusCode: 502, code: 'UNEXPECTED_RESPONSE' });
  });

  it('does not pass an empty 200 answer off as data', async () => {
    taroMock.request.mockResolvedValue(httpResponse(200, null));

    const error = await caughtError(getCentre(noSession, 'city'));

    expect(error).toMatchObject({ statusCode: 200, code: 'UNEXPECTED_RESPONSE' });
  });

  it('reports a request that got no response as NETWORK with status 0', async () => {
    taroMock.request.mockRejectedValue({ errMsg: 'request:fail timeout' });

    const error = await caughtError(getCentre(noSession, 'city'));

    expect(error).toMatchObject({ statusCode: 0, code: 'NETWORK' });
  });
});

describe('photoUrl', () => {
  it('keeps a server path relative on H5 (same origin)', () => {
    expect(photoUrl('/api/centres/photos/7')).toBe('/api/centres/photos/7');
  });

  it('adds the API origin for weapp', () => {
    process.env.TARO_APP_API_BASE = 'http://127.0.0.1:3000';

    expect(photoUrl('/api/centres/photos/7')).toBe('http://127.0.0.1:3000/api/centres/photos/7');
  });

  it('leaves absolute URLs and missing photos alone', () => {
    process.env.TARO_APP_API_BASE = 'http://127.0.0.1:3000';

    expect(photoUrl('https://cdn.example.cn/p.jpg')).toBe('https://cdn.example.cn/p.jpg');
    expect(photoUrl(null)).toBeNull();
  });
});
