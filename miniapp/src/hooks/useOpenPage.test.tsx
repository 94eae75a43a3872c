import { act, fireEvent, render, screen } from '@testing-library/react';
import taroMock, { firePageEvent } from '../../test/taro-mock';
import { useOpenPage } from './useOpenPage';

function Links() {
  const open = useOpenPage();
  return (
    <>
      <button type="button" onClick={() => open('/pages/book/index')}>
        book
      </button>
      <button type="button" onClick={() => open('/pages/callback/index')}>
        callback
      </button>
    </>
  );
}

describe('useOpenPage', () => {
  it('opens the page once for a double tap, and ignores another link until this page shows again', () => {
    taroMock.navigateTo.mockResolvedValue(undefined);
    render(<Links />);

    fireEvent.click(screen.getByText('book'));
    fireEvent.click(screen.getByText('book'));
    fireEvent.click(screen.getByText('callback'));
    expect(taroMock.navigateTo.mock.calls).toEqual([[{ url: '/pages/book/index' }]]);

    // Back on this page (Taro's onShow): taps open pages again.
    act(() => firePageEvent('show'));
    fireEvent.click(screen.getByText('callback'));
    expect(taroMock.navigateTo.mock.calls).toEqual([
      [{ url: '/pages/book/index' }],
      [{ url: '/pages/callback/index' }],
    ]);
  });

  it('takes the next tap at once when the page could not be opened', async () => {
    taroMock.navigateTo.mockRejectedValueOnce(new Error('navigateTo:fail page limit exceeded'));
    taroMock.navigateTo.mockResolvedValue(undefined);
    render(<Links />);

    fireEvent.click(screen.getByText('book'));
    await act(async () => {}); // the refusal arrives
    fireEvent.click(screen.getByText('book'));

    expect(taroMock.navigateTo).toHaveBeenCalledTimes(2);
  });
});
