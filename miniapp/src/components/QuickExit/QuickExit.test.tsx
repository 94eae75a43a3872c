import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import taroMock, { firePageEvent, pageStack } from '../../../test/taro-mock';
import { leaveSite } from '../../services/browser';
import { QuickExit } from '.';

jest.mock('../../services/browser');

describe('QuickExit', () => {
  it('on H5 leaves for the configured neutral site, over every page opened in this visit', () => {
    process.env.TARO_APP_QUICK_EXIT_URL = 'https://neutral.example/';
    pageStack.push({ route: 'pages/centres/index' }, { route: 'pages/centre/index' });
    render(<QuickExit />);

    fireEvent.click(screen.getByTestId('quick-exit'));

    expect(leaveSite).toHaveBeenCalledWith('https://neutral.example/', 2);
    expect(taroMock.exitMiniProgram).not.toHaveBeenCalled();
  });

  it('on weapp closes the mini-program', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.exitMiniProgram.mockResolvedValue(undefined);
    render(<QuickExit />);

    fireEvent.click(screen.getByTestId('quick-exit'));

    await waitFor(() => expect(taroMock.exitMiniProgram).toHaveBeenCalledTimes(1));
    expect(taroMock.reLaunch).not.toHaveBeenCalled();
    expect(leaveSite).not.toHaveBeenCalled();
  });

  it('on weapp falls back to a fresh home page when WeChat refuses to close', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.exitMiniProgram.mockRejectedValue({ errMsg: 'exitMiniProgram:fail' });
    taroMock.reLaunch.mockResolvedValue(undefined);
    render(<QuickExit />);

    fireEvent.click(screen.getByTestId('quick-exit'));

    await waitFor(() => expect(taroMock.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' }));
  });

  it('is a labelled button for screen readers', () => {
    render(<QuickExit />);

    expect(screen.getByRole('button', { name: /快速离开/ })).toBe(screen.getByTestId('quick-exit'));
  });

  it('is present only while its page is showing, so there is one to find', () => {
    render(<QuickExit />);

    act(() => firePageEvent('hide'));
    expect(screen.queryByTestId('quick-exit')).not.toBeInTheDocument();

    act(() => firePageEvent('show'));
    expect(screen.getByTestId('quick-exit')).toBeInTheDocument();
  });
});
