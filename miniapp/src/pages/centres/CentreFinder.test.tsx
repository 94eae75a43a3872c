import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CentreListDto } from '@wac/shared-types';
import { centreSummary } from '../../../test/fixtures';
import taroMock, { httpResponse, type MockRequestOption } from '../../../test/taro-mock';
import CentreFinderPage from '.';

const SERVER_ORDER: CentreListDto = {
  items: [
    centreSummary({ code: 'city', area: '市直' }),
    centreSummary({ code: 'licheng', area: '鲤城区' }),
    centreSummary({ code: 'anxi', area: '安溪县', status: 'preparing' }),
  ],
};

const NEAREST_FIRST: CentreListDto = {
  items: [
    centreSummary({ code: 'fengze', area: '丰泽区', distanceMeters: 812 }),
    centreSummary({ code: 'licheng', area: '鲤城区', distanceMeters: 2345, approximate: true }),
    centreSummary({ code: 'anxi', area: '安溪县', distanceMeters: 48_200, status: 'preparing' }),
  ],
};

/** The server: nearest first when a position is in the query, server order otherwise. */
function serveCentres({ url }: MockRequestOption) {
  return Promise.resolve(httpResponse(200, url.includes('lat=') ? NEAREST_FIRST : SERVER_ORDER));
}

function renderedCentreCodes(): string[] {
  return screen
    .getAllByTestId(/^centre-item-/)
    .map((row) => row.getAttribute('data-testid')!.replace('centre-item-', ''));
}

describe('centre finder', () => {
  beforeEach(() => {
    taroMock.request.mockImplementation(serveCentres);
    taroMock.navigateTo.mockResolvedValue(undefined);
  });

  it('explains why before asking, and asks for nothing until tapped', () => {
    render(<CentreFinderPage />);

    expect(screen.getByText(/位置只用于这次查找，不会保存/)).toBeInTheDocument();
    expect(screen.getByTestId('use-location')).toHaveTextContent('使用我的位置');
    expect(screen.getByTestId('pick-district')).toHaveTextContent('自己选择区县');
    expect(taroMock.getLocation).not.toHaveBeenCalled();
    expect(taroMock.request).not.toHaveBeenCalled();
  });

  it('lists centres nearest first, as the server sorted them, with distances and limits', async () => {
    taroMock.getLocation.mockResolvedValue({ latitude: 24.874, longitude: 118.675 });
    render(<CentreFinderPage />);

    fireEvent.click(screen.getByTestId('use-location'));

    await screen.findByTestId('centre-item-fengze');
    expect(renderedCentreCodes()).toEqual(['fengze', 'licheng', 'anxi']);
    expect(screen.getByTestId('centre-item-fengze')).toHaveTextContent('约 800 米');
    expect(screen.getByTestId('centre-item-licheng')).toHaveTextContent('约 2.3 公里');
    expect(screen.getByTestId('centre-item-licheng')).toHaveTextContent('位置为大致位置');
    expect(screen.getByTestId('centre-item-anxi')).toHaveTextContent('筹建中，暂不可预约');
    expect(screen.getByTestId('centre-item-fengze')).not.toHaveTextContent('位置为大致位置');
  });

  it('sends the browser position converted to GCJ-02', async () => {
    taroMock.getLocation.mockResolvedValue({ latitude: 24.874, longitude: 118.675 });
    render(<CentreFinderPage />);

    fireEvent.click(screen.getByTestId('use-location'));

    await screen.findByTestId('centre-item-fengze');
    const query = new URLSearchParams(taroMock.request.mock.calls[0]![0].url.split('?')[1]);
    // The WGS-84 → GCJ-02 shift in Quanzhou is about -0.003° latitude, +0.005° longitude.
    expect(Number(query.get('lat'))).toBeCloseTo(24.871, 3);
    expect(Number(query.get('lng'))).toBeCloseTo(118.68, 3);
  });

  it('opens the centre page from a row', async () => {
    taroMock.getLocation.mockResolvedValue({ latitude: 24.874, longitude: 118.675 });
    render(<CentreFinderPage />);
    fireEvent.click(screen.getByTestId('use-location'));

    fireEvent.click(await screen.findByTestId('centre-item-licheng'));

    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/centre/index?code=licheng' });
  });

  it('offers the district list, calmly, when location is refused', async () => {
    taroMock.getLocation.mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
    render(<CentreFinderPage />);

    fireEvent.click(screen.getByTestId('use-location'));

    expect(await screen.findByTestId('district-prompt')).toHaveTextContent('没有获取到您的位置');
    const districts = await screen.findByTestId('district-list');
    expect(
      within(districts)
        .getAllByRole('button')
        .map((option) => option.textContent),
    ).toEqual(['市直', '鲤城区', '安溪县筹建中，暂不可预约']);
    expect(taroMock.request.mock.calls[0]![0].url).toBe('/api/centres');
  });

  it('goes straight to a centre from the district list', async () => {
    render(<CentreFinderPage />);

    fireEvent.click(screen.getByTestId('pick-district'));
    fireEvent.click(await screen.findByTestId('district-licheng'));

    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/centre/index?code=licheng' });
    expect(taroMock.getLocation).not.toHaveBeenCalled();
    expect(screen.getByTestId('district-prompt')).toHaveTextContent('请选择您所在的区县');
  });

  it('says so plainly when the server cannot be reached, and can try again', async () => {
    taroMock.request.mockRejectedValueOnce({ errMsg: 'request:fail' });
    render(<CentreFinderPage />);

    fireEvent.click(screen.getByTestId('pick-district'));

    expect(await screen.findByTestId('finder-error')).toHaveTextContent('网络不太好');
    fireEvent.click(screen.getByTestId('retry'));
    expect(await screen.findByTestId('district-licheng')).toBeInTheDocument();
  });

  it('lets the person choose by hand while waiting, and ignores the late position', async () => {
    let answerLocation: (position: { latitude: number; longitude: number }) => void = () => undefined;
    taroMock.getLocation.mockReturnValue(new Promise((resolve) => (answerLocation = resolve)));
    render(<CentreFinderPage />);
    fireEvent.click(screen.getByTestId('use-location'));
    expect(await screen.findByText('正在查找离您最近的中心…')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('pick-district'));
    await screen.findByTestId('district-licheng');
    answerLocation({ latitude: 24.874, longitude: 118.675 });

    await waitFor(() => expect(taroMock.getLocation).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId('district-licheng')).toBeInTheDocument();
    expect(screen.queryByTestId(/^centre-item-/)).not.toBeInTheDocument();
    expect(taroMock.request.mock.calls.map(([option]) => option.url)).toEqual(['/api/centres']);
  });
});
