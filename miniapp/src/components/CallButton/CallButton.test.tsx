import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import taroMock from '../../../test/taro-mock';
import { openPage } from '../../services/browser';
import { CallButton } from '.';

jest.mock('../../services/browser');

describe('CallButton', () => {
  it('on weapp opens the dialler through WeChat', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.makePhoneCall.mockResolvedValue(undefined);
    render(<CallButton phoneNumber="0595-2218 0000" title="打电话" testId="call" />);

    fireEvent.click(screen.getByTestId('call'));

    await waitFor(() => expect(taroMock.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '059522180000' }));
    expect(openPage).not.toHaveBeenCalled();
  });

  it('on weapp stays quiet when the person cancels the call', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.makePhoneCall.mockRejectedValue({ errMsg: 'makePhoneCall:fail cancel' });
    render(<CallButton phoneNumber="12338" title="12338 热线" testId="call" />);

    fireEvent.click(screen.getByTestId('call'));

    await waitFor(() => expect(taroMock.makePhoneCall).toHaveBeenCalled());
  });

  it('on H5 follows a tel: link', () => {
    render(<CallButton phoneNumber="110" title="110 紧急报警" testId="call" />);

    fireEvent.click(screen.getByTestId('call'));

    expect(openPage).toHaveBeenCalledWith('tel:110');
    expect(taroMock.makePhoneCall).not.toHaveBeenCalled();
  });

  it('tells a screen reader what it will call', () => {
    render(<CallButton phoneNumber="110" title="110 紧急报警" testId="call" />);

    expect(screen.getByRole('button', { name: '110 紧急报警，拨打电话' })).toBeInTheDocument();
  });
});
