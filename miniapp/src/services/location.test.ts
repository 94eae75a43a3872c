import taroMock from '../../test/taro-mock';
import { wgs84ToGcj02 } from './coords';
import { locateOnce } from './location';

const QUANZHOU_WGS84 = { latitude: 24.874, longitude: 118.675 };

describe('locateOnce', () => {
  it('asks WeChat for GCJ-02 and passes it on unchanged', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.getLocation.mockResolvedValue({ latitude: 24.9, longitude: 118.6 });

    await expect(locateOnce()).resolves.toEqual({ latitude: 24.9, longitude: 118.6 });
    expect(taroMock.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'gcj02' }));
  });

  it('asks a browser for WGS-84 and converts it to GCJ-02', async () => {
    taroMock.getLocation.mockResolvedValue(QUANZHOU_WGS84);

    const position = await locateOnce();

    expect(taroMock.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'wgs84' }));
    expect(position).toEqual(wgs84ToGcj02(QUANZHOU_WGS84));
    expect(position).not.toEqual(QUANZHOU_WGS84);
  });

  it('resolves null when the person declines', async () => {
    taroMock.getLocation.mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });

    await expect(locateOnce()).resolves.toBeNull();
  });
});
