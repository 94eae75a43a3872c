import { fireEvent, render, screen, within } from '@testing-library/react';
import { centreDetail } from '../../../test/fixtures';
import taroMock, { httpResponse, routerParams } from '../../../test/taro-mock';
import { openPage } from '../../services/browser';
import CentrePage from '.';

jest.mock('../../services/browser');

function serveCentre(statusCode: number, body: unknown) {
  taroMock.request.mockResolvedValue(httpResponse(statusCode, body));
}

describe('centre page', () => {
  beforeEach(() => {
    routerParams.code = 'huian';
  });

  it('shows the centre: name, address, services in plain words, hours and the wall', async () => {
    serveCentre(200, centreDetail());
    render(<CentrePage />);

    expect(await screen.findByTestId('centre-name')).toHaveTextContent('惠安县妇女援助中心');
    expect(taroMock.request.mock.calls[0]![0].url).toBe('/api/centres/huian');
    expect(screen.getByTestId('centre-address')).toHaveTextContent('惠安县螺城镇某路 8 号');
    expect(screen.getByTestId('centre-address')).not.toHaveTextContent('大致位置');
    expect(screen.getByTestId('centre-services')).toHaveTextContent('12338 热线法律咨询点这里预约心理疏导点这里预约');
    expect(screen.getByTestId('centre-hours')).toHaveTextContent('周一至周五 8:00–12:00');
    expect(screen.getByTestId('centre-wall')).toHaveTextContent('来访来电登记');
    const person = screen.getByTestId('duty-person');
    expect(person).toHaveTextContent('林律师');
    expect(person).toHaveTextContent('律师、家事纠纷调解员');
    expect(within(person).getByRole('img')).toHaveAttribute('src', '/api/centres/photos/p1');
    expect(screen.queryByTestId('centre-not-bookable')).not.toBeInTheDocument();
  });

  it('a bookable service starts a booking of that service; other help is plain text', async () => {
    serveCentre(200, centreDetail());
    taroMock.navigateTo.mockResolvedValue(undefined);
    render(<CentrePage />);

    fireEvent.click(await screen.findByTestId('centre-service-legal'));

    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/book/index?code=huian&service=legal' });
    expect(screen.getByTestId('centre-service-hotline')).not.toHaveAttribute('role', 'button');
    expect(screen.getByTestId('centre-service-legal')).toHaveAttribute('role', 'button');
  });

  it('says a preparing centre cannot be booked yet, and what to do instead', async () => {
    serveCentre(200, centreDetail({ status: 'preparing' }));
    render(<CentrePage />);

    expect(await screen.findByTestId('centre-not-bookable')).toHaveTextContent(
      '该中心正在筹建中，暂不能预约，可拨打 12338 或选择附近其他中心',
    );
  });

  it('does not repeat the area when the centre is named after it', async () => {
    serveCentre(200, centreDetail({ name: '晋江市', area: '晋江市' }));
    render(<CentrePage />);

    await screen.findByTestId('centre-name');
    expect(screen.getAllByText('晋江市')).toHaveLength(1);
  });

  it('flags an approximate location next to the address', async () => {
    serveCentre(200, centreDetail({ approximate: true }));
    render(<CentrePage />);

    expect(await screen.findByTestId('centre-address')).toHaveTextContent('位置为大致位置');
  });

  it('loads duty photos from the API origin on weapp', async () => {
    process.env.TARO_ENV = 'weapp';
    process.env.TARO_APP_API_BASE = 'http://127.0.0.1:3000';
    serveCentre(200, centreDetail());
    render(<CentrePage />);

    const person = await screen.findByTestId('duty-person');
    expect(within(person).getByRole('img')).toHaveAttribute('src', 'http://127.0.0.1:3000/api/centres/photos/p1');
  });

  it('calls the centre and opens the map with its GCJ-02 position', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.makePhoneCall.mockResolvedValue(undefined);
    taroMock.openLocation.mockResolvedValue(undefined);
    serveCentre(200, centreDetail());
    render(<CentrePage />);

    fireEvent.click(await screen.findByTestId('centre-call'));
    fireEvent.click(screen.getByTestId('centre-navigate'));

    expect(taroMock.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '059587380000' });
    expect(taroMock.openLocation).toHaveBeenCalledWith({
      latitude: 25.03,
      longitude: 118.8,
      name: '惠安县妇女援助中心',
      address: '惠安县螺城镇某路 8 号',
      scale: 16,
    });
  });

  it('opens an Amap link in a browser, where WeChat maps are not available', async () => {
    serveCentre(200, centreDetail());
    render(<CentrePage />);

    fireEvent.click(await screen.findByTestId('centre-navigate'));

    expect(taroMock.openLocation).not.toHaveBeenCalled();
    expect(openPage).toHaveBeenCalledWith(
      `https://uri.amap.com/marker?position=118.8,25.03&name=${encodeURIComponent('惠安县妇女援助中心')}&coordinate=gaode`,
    );
  });

  it('says plainly when there is no such centre, with a way back', async () => {
    routerParams.code = 'nowhere';
    serveCentre(404, { statusCode: 404, code: 'CENTRE_NOT_FOUND', message: 'Centre not found' });
    taroMock.redirectTo.mockResolvedValue(undefined);
    render(<CentrePage />);

    expect(await screen.findByTestId('centre-not-found')).toHaveTextContent('没有找到这个中心');
    fireEvent.click(screen.getByTestId('back-to-finder'));
    expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/pages/centres/index' });
  });

  it('offers another try when the network fails', async () => {
    taroMock.request.mockRejectedValueOnce({ errMsg: 'request:fail' });
    taroMock.request.mockResolvedValueOnce(httpResponse(200, centreDetail()));
    render(<CentrePage />);

    expect(await screen.findByTestId('centre-error')).toHaveTextContent('网络不太好');
    fireEvent.click(screen.getByTestId('retry'));

    expect(await screen.findByTestId('centre-name')).toBeInTheDocument();
  });
});
