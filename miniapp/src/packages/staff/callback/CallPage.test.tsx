import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../../test/fake-api';
import taroMock, { routerParams } from '../../../../test/taro-mock';
import { openPage } from '../../../services/browser';
import { logInAsStaff, staffCallback } from '../testing/fixtures';
import StaffCallPage from '.';

jest.mock('../../../services/browser');

const OPEN = staffCallback({ id: 'c1', mayIdentify: false, mayLeaveMessage: true, topic: '想咨询抚养权' });
const MINE = staffCallback({
  id: 'c1',
  mayIdentify: false,
  mayLeaveMessage: true,
  status: 'claimed',
  claimed: true,
  claimedByMe: true,
  phone: '13800005678',
});

describe('the call screen', () => {
  let api: FakeApi;

  beforeEach(() => {
    logInAsStaff();
    routerParams.id = 'c1';
    api = fakeApi();
    taroMock.redirectTo.mockResolvedValue(undefined);
    taroMock.navigateBack.mockResolvedValue(undefined);
  });

  it('shows what she allowed before the number, and the number masked until claimed', async () => {
    api.on('GET /api/staff/callbacks/c1', httpResponse(200, OPEN));
    render(<StaffCallPage />);

    const permissions = await screen.findByTestId('staff-call-permissions');
    expect(screen.getByTestId('staff-call-permissions-identify')).toHaveTextContent('不可表明身份');
    expect(screen.getByTestId('staff-call-permissions-identify')).toHaveClass('staff-permission--no');
    expect(screen.getByTestId('staff-call-permissions-message')).toHaveTextContent('可以留言');
    const number = screen.getByTestId('staff-call-number');
    expect(number).toHaveTextContent('138****5678');
    expect(number).toHaveAttribute('data-revealed', 'false');
    // In the document (and so on screen) the permissions come first.
    expect(permissions.compareDocumentPosition(number) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByTestId('staff-call-dial')).not.toBeInTheDocument();
  });

  it('claiming reveals the number, and the dial button calls it (tel: on H5)', async () => {
    api
      .on('GET /api/staff/callbacks/c1', httpResponse(200, OPEN))
      .on('POST /api/staff/callbacks/c1/claim', httpResponse(200, MINE));
    render(<StaffCallPage />);

    fireEvent.click(await screen.findByTestId('staff-call-claim'));

    await waitFor(() => expect(screen.getByTestId('staff-call-number')).toHaveAttribute('data-revealed', 'true'));
    expect(screen.getByTestId('staff-call-number')).toHaveTextContent('138 0000 5678');
    fireEvent.click(screen.getByTestId('staff-call-dial'));
    expect(openPage).toHaveBeenCalledWith('tel:13800005678');
    // The claim's own answer is shown: the number is not fetched (and audited) a second time.
    expect(api.calls('GET /api/staff/callbacks/c1')).toHaveLength(1);
  });

  it('warns before the dial button when it is not one of her safe times now', async () => {
    api.on(
      'GET /api/staff/callbacks/c1',
      httpResponse(200, {
        ...MINE,
        windows: [{ date: '2099-12-01', from: '14:00', to: '16:00' }],
        nextSafeAt: '2099-12-01T06:00:00.000Z',
      }),
    );
    render(<StaffCallPage />);

    const warning = await screen.findByTestId('staff-call-not-safe-now');
    expect(warning).toHaveTextContent('现在不是她说的安全时间。请等到 12月1日 周二 14:00 再打。');
    expect(
      warning.compareDocumentPosition(screen.getByTestId('staff-call-dial')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('on WeChat dials through makePhoneCall', async () => {
    process.env.TARO_ENV = 'weapp';
    taroMock.makePhoneCall.mockResolvedValue(undefined);
    api.on('GET /api/staff/callbacks/c1', httpResponse(200, MINE));
    render(<StaffCallPage />);

    fireEvent.click(await screen.findByTestId('staff-call-dial'));

    await waitFor(() => expect(taroMock.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800005678' }));
  });

  it('says plainly when a colleague claimed it first, and shows the fresh state', async () => {
    let views = 0;
    api
      .on('GET /api/staff/callbacks/c1', () =>
        httpResponse(200, views++ === 0 ? OPEN : { ...OPEN, status: 'claimed', claimed: true }),
      )
      .on('POST /api/staff/callbacks/c1/claim', errorAnswer(409, 'CALLBACK_STATUS_CONFLICT'));
    render(<StaffCallPage />);

    fireEvent.click(await screen.findByTestId('staff-call-claim'));

    expect(await screen.findByTestId('staff-call-message')).toHaveTextContent('同事已认领');
    expect(await screen.findByTestId('staff-call-colleague')).toBeInTheDocument();
    expect(screen.getByTestId('staff-call-number')).toHaveAttribute('data-revealed', 'false');
    expect(screen.queryByTestId('staff-call-claim')).not.toBeInTheDocument();
  });

  it('logs an attempt', async () => {
    api
      .on('GET /api/staff/callbacks/c1', httpResponse(200, MINE))
      .on(
        'POST /api/staff/callbacks/c1/attempts',
        httpResponse(200, { ...MINE, attempts: [{ result: 'no_answer', at: '2026-12-01T06:31:00.000Z' }] }),
      );
    render(<StaffCallPage />);

    fireEvent.click(await screen.findByTestId('staff-call-attempt-no_answer'));

    expect(await screen.findByTestId('staff-call-attempt-list')).toHaveTextContent('没人接');
    expect(api.calls('POST /api/staff/callbacks/c1/attempts')[0]!.data).toEqual({ result: 'no_answer' });
  });

  it('closes with an outcome, hides the number, and offers to register the call', async () => {
    api
      .on('GET /api/staff/callbacks/c1', httpResponse(200, MINE))
      .on(
        'POST /api/staff/callbacks/c1/close',
        httpResponse(200, { ...MINE, status: 'closed', outcome: 'helped', phone: null }),
      );
    render(<StaffCallPage />);

    fireEvent.click(await screen.findByTestId('staff-call-close-confirm'));
    expect(api.calls('POST /api/staff/callbacks/c1/close')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('staff-call-outcome-helped'));
    fireEvent.click(screen.getByTestId('staff-call-close-confirm'));

    expect(await screen.findByTestId('staff-call-record-offer')).toBeInTheDocument();
    expect(api.calls('POST /api/staff/callbacks/c1/close')[0]!.data).toEqual({ outcome: 'helped' });
    expect(screen.getByTestId('staff-call-number')).toHaveAttribute('data-revealed', 'false');
    expect(screen.getByTestId('staff-call')).not.toHaveTextContent('认领后才显示完整号码');
    expect(screen.queryByTestId('staff-call-dial')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('staff-call-record'));
    expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/record/index?fromCallbackId=c1' });
  });

  it('releases a claim back to the queue', async () => {
    api
      .on('GET /api/staff/callbacks/c1', httpResponse(200, MINE))
      .on('POST /api/staff/callbacks/c1/release', httpResponse(200, { ...OPEN }));
    render(<StaffCallPage />);

    fireEvent.click(await screen.findByTestId('staff-call-release'));

    expect(await screen.findByTestId('staff-call-claim')).toBeInTheDocument();
    expect(screen.getByTestId('staff-call-message')).toHaveTextContent('已放回队列');
    expect(screen.getByTestId('staff-call-number')).toHaveTextContent('138****5678');
  });

  it('tells them not to call when she withdrew', async () => {
    api.on('GET /api/staff/callbacks/c1', httpResponse(200, { ...OPEN, status: 'withdrawn', phoneMasked: null }));
    render(<StaffCallPage />);

    expect(await screen.findByTestId('staff-call-withdrawn')).toHaveTextContent('请不要再打');
    expect(screen.getByTestId('staff-call-number')).toHaveTextContent('号码已删除');
  });
});
