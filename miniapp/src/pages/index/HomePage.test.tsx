import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { fakeApi, httpResponse } from '../../../test/fake-api';
import { waitlistEntry } from '../../../test/fixtures';
import taroMock, { firePageEvent, storage } from '../../../test/taro-mock';
import { openPage } from '../../services/browser';
import HomePage from '.';

jest.mock('../../services/browser');

const LIVE_SESSION = { token: 'kept-token', expiresAt: '2099-01-01T00:00:00.000Z' };

describe('home page', () => {
  beforeEach(() => {
    taroMock.navigateTo.mockResolvedValue(undefined);
  });

  it('calls 110 and 12338 in one tap', () => {
    render(<HomePage />);

    fireEvent.click(screen.getByTestId('call-110'));
    fireEvent.click(screen.getByTestId('call-12338'));

    expect(openPage).toHaveBeenNthCalledWith(1, 'tel:110');
    expect(openPage).toHaveBeenNthCalledWith(2, 'tel:12338');
  });

  it('has the quick exit on the page', () => {
    render(<HomePage />);

    expect(screen.getByTestId('quick-exit')).toHaveTextContent('快速离开');
  });

  it.each([
    ['entry-safety', '/pages/safety/index'],
    ['entry-find-centre', '/pages/centres/index'],
    ['entry-book', '/pages/book/index'],
    ['entry-callback', '/pages/callback/index'],
    ['entry-mine', '/pages/mine/index'],
    ['entry-settings', '/pages/settings/index'],
  ])('%s opens %s', (testId, url) => {
    render(<HomePage />);

    fireEvent.click(screen.getByTestId(testId));

    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url });
  });

  it('shows the first-use safety note once, and remembers only that it was seen', () => {
    const { unmount } = render(<HomePage />);
    expect(screen.getByTestId('first-use-note')).toHaveTextContent('用一部安全的手机');

    fireEvent.click(screen.getByTestId('first-use-dismiss'));

    expect(screen.queryByTestId('first-use-note')).not.toBeInTheDocument();
    expect([...storage.entries()]).toEqual([['wac.firstUseNoteSeen', true]]);
    unmount();
    render(<HomePage />);
    expect(screen.queryByTestId('first-use-note')).not.toBeInTheDocument();
  });

  it('大字模式 scales the page at once and is stored as a yes/no only', () => {
    render(<HomePage />);
    const shell = screen.getByTestId('page-shell');
    expect(shell).toHaveAttribute('data-large-text', 'off');

    fireEvent.click(screen.getByTestId('large-text-toggle'));

    expect(shell).toHaveClass('page-shell--large');
    expect(screen.getByTestId('large-text-toggle')).toHaveAttribute('aria-checked', 'true');
    expect(storage.get('wac.largeText')).toBe(true);
    fireEvent.click(screen.getByTestId('large-text-toggle'));
    expect(shell).not.toHaveClass('page-shell--large');
    expect(storage.get('wac.largeText')).toBe(false);
  });

  it('asks the server for nothing when this phone never booked (no session is created just to look)', () => {
    render(<HomePage />);

    expect(taroMock.request).not.toHaveBeenCalled();
  });

  it.each([
    ['this phone never booked', () => undefined],
    [
      'nothing is held for her',
      () => {
        storage.set('wac.session', LIVE_SESSION);
        fakeApi().on('GET /api/waitlist/mine', httpResponse(200, { items: [waitlistEntry({ id: 'w2' })] }));
      },
    ],
  ])('draws the page once when %s (a cheap phone pays for every render)', async (_case, arrange) => {
    arrange();
    let renders = 0;
    const onRender = () => {
      renders += 1;
    };

    render(
      <Profiler id="home" onRender={onRender}>
        <HomePage />
      </Profiler>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

    expect(screen.getByTestId('entry-book')).toBeInTheDocument();
    expect(renders).toBe(1);
  });

  it('shows a place held for her as an in-app notice, leading to 我的预约', async () => {
    storage.set('wac.session', LIVE_SESSION);
    const api = fakeApi().on(
      'GET /api/waitlist/mine',
      httpResponse(200, {
        items: [
          waitlistEntry({
            id: 'w9',
            status: 'offered',
            offer: { start: '09:00', end: '09:50', expiresAt: '2026-12-01T02:30:00.000Z' },
          }),
          waitlistEntry({ id: 'w2' }),
        ],
      }),
    );
    render(<HomePage />);

    expect(await screen.findByTestId('home-offer-notice')).toHaveTextContent('为您保留到 12月1日 周二 10:30');
    expect(api.calls('GET /api/waitlist/mine')[0]!.header?.Authorization).toBe('Bearer kept-token');
    fireEvent.click(screen.getByTestId('home-offer-open-w9'));
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/mine/index' });
  });

  it('looks for offers again when she comes back to the home page', async () => {
    storage.set('wac.session', LIVE_SESSION);
    let offered = false;
    const api = fakeApi().on('GET /api/waitlist/mine', () =>
      httpResponse(200, {
        items: offered
          ? [
              waitlistEntry({
                status: 'offered',
                offer: { start: '09:00', end: '09:50', expiresAt: '2026-12-01T02:30:00.000Z' },
              }),
            ]
          : [],
      }),
    );
    render(<HomePage />);
    await act(() => Promise.resolve());
    expect(screen.queryByTestId('home-offer-notice')).not.toBeInTheDocument();

    offered = true;
    act(() => firePageEvent('hide'));
    act(() => firePageEvent('show'));

    expect(await screen.findByTestId('home-offer-notice')).toBeInTheDocument();
    expect(api.calls('GET /api/waitlist/mine')).toHaveLength(2);
  });
});
