import { act, fireEvent, render, screen } from '@testing-library/react';
import taroMock, { firePageEvent, storage } from '../../../test/taro-mock';
import { openPage } from '../../services/browser';
import SafetyPage from '.';

jest.mock('../../services/browser');

describe('我现在安全吗？', () => {
  it('danger now: 110 in the next tap', () => {
    render(<SafetyPage />);

    fireEvent.click(screen.getByTestId('safety-danger'));
    fireEvent.click(screen.getByTestId('safety-call-110'));

    expect(openPage).toHaveBeenCalledWith('tel:110');
  });

  it('not sure: 12338 in the next tap', () => {
    render(<SafetyPage />);

    fireEvent.click(screen.getByTestId('safety-unsure'));
    fireEvent.click(screen.getByTestId('safety-call-12338'));

    expect(openPage).toHaveBeenCalledWith('tel:12338');
  });

  it('safe now: booking or a call-back; nothing is stored or sent', () => {
    taroMock.navigateTo.mockResolvedValue(undefined);
    render(<SafetyPage />);

    fireEvent.click(screen.getByTestId('safety-safe'));
    fireEvent.click(screen.getByTestId('safety-callback'));
    act(() => firePageEvent('show')); // back from the call-back page
    fireEvent.click(screen.getByTestId('safety-restart'));
    fireEvent.click(screen.getByTestId('safety-safe'));
    fireEvent.click(screen.getByTestId('safety-book'));

    expect(taroMock.navigateTo.mock.calls.map(([option]) => option.url)).toEqual([
      '/pages/callback/index',
      '/pages/book/index',
    ]);
    expect(storage.size).toBe(0);
    expect(taroMock.request).not.toHaveBeenCalled();
  });
});
