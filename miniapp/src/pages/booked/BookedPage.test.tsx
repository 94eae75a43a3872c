import { fireEvent, render, screen } from '@testing-library/react';
import { fakeApi, httpResponse } from '../../../test/fake-api';
import { booking, centreDetail } from '../../../test/fixtures';
import taroMock, { pageStack, routerParams, storage } from '../../../test/taro-mock';
import { rememberBooking } from '../../services/recent';
import BookedPage from '.';

describe('after booking', () => {
  beforeEach(() => {
    fakeApi().on('GET /api/centres/huian', httpResponse(200, centreDetail()));
  });

  it('says what happens next, what to bring, how to cancel; with the centre and 110/12338', async () => {
    rememberBooking(booking({ id: 'b7', topic: '家里的事', needs: ['accessible_room'] }));
    routerParams.id = 'b7';
    render(<BookedPage />);

    expect(screen.getByTestId('booked-title')).toHaveTextContent('预约已提交');
    expect(screen.getByTestId('booked-status')).toHaveTextContent('现在的状态：等待确认');
    expect(screen.getByTestId('booked-summary')).toHaveTextContent('需要无障碍房间');
    expect(screen.getByText(/带上身份证和与事情有关的材料；没有也可以来/)).toBeInTheDocument();
    expect(screen.getByText(/开始前都可以取消或换时间/)).toBeInTheDocument();
    expect(await screen.findByTestId('booked-centre-address')).toHaveTextContent('惠安县螺城镇某路 8 号');
    expect(screen.getByTestId('booked-call-centre')).toBeInTheDocument();
    expect(screen.getByTestId('booked-call-110')).toBeInTheDocument();
    expect(screen.getByTestId('booked-call-12338')).toBeInTheDocument();
  });

  it('after a restart, asks the server for the booking', async () => {
    storage.set('wac.session', { token: 'kept', expiresAt: '2099-01-01T00:00:00.000Z' });
    fakeApi()
      .on('GET /api/centres/huian', httpResponse(200, centreDetail()))
      .on('GET /api/bookings/mine', httpResponse(200, { items: [booking({ id: 'b8', status: 'confirmed' })] }));
    routerParams.id = 'b8';
    render(<BookedPage />);

    expect(await screen.findByTestId('booked-status')).toHaveTextContent('已确认');
  });

  it('goes back to 我的预约 when it is right below, instead of opening it twice', async () => {
    rememberBooking(booking({ id: 'b9' }));
    routerParams.id = 'b9';
    pageStack.push({ route: 'pages/mine/index' }, { route: 'pages/booked/index' });
    taroMock.navigateBack.mockResolvedValue(undefined);
    render(<BookedPage />);

    fireEvent.click(screen.getByTestId('booked-open-mine'));

    await screen.findByTestId('booked-centre-address');
    expect(taroMock.navigateBack).toHaveBeenCalledWith({ delta: 1 });
    expect(taroMock.redirectTo).not.toHaveBeenCalled();
  });
});
