import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../../test/fake-api';
import taroMock, { firePageEvent, routerParams, storage } from '../../../../test/taro-mock';
import { shanghaiToday } from '../../../domain/dates';
import { logInAsStaff, SENDABLE_RECORD_KEYS, staffRecord } from '../testing/fixtures';
import StaffRecordPage from '.';

function fillTheRest() {
  fireEvent.click(screen.getByTestId('staff-record-category-domestic_violence'));
  fireEvent.click(screen.getByTestId('staff-record-service-legal_advice'));
  fireEvent.click(screen.getByTestId('staff-record-service-counselling'));
  fireEvent.click(screen.getByTestId('staff-record-helper-lawyer'));
  fireEvent.click(screen.getByTestId('staff-record-age-30_39'));
}

function typeNote(text: string) {
  fireEvent.change(screen.getByTestId('staff-record-note'), { target: { value: text } });
}

function sentRecord(api: FakeApi, route = 'POST /api/staff/records') {
  const calls = api.calls(route);
  return calls[calls.length - 1]?.data as Record<string, unknown>;
}

describe('registering a visit or call', () => {
  let api: FakeApi;

  beforeEach(() => {
    logInAsStaff();
    api = fakeApi().on('POST /api/staff/records', httpResponse(201, staffRecord({ id: 'r-new' })));
    taroMock.redirectTo.mockResolvedValue(undefined);
    taroMock.reLaunch.mockResolvedValue(undefined);
  });

  it('has no field for a name, phone number, address or id: only choices and a short note', async () => {
    render(<StaffRecordPage />);

    const form = await screen.findByTestId('staff-record-form');
    expect(form.querySelectorAll('input')).toHaveLength(0);
    expect(form.querySelectorAll('textarea')).toHaveLength(1);
    expect(screen.getByTestId('staff-record-note')).toHaveAttribute('maxLength', '100');
    expect(form).toHaveTextContent('不要写姓名、电话、住址');
  });

  it('starts from today, walk-in, no referral, 30 minutes and the centre’s own area', async () => {
    render(<StaffRecordPage />);

    expect(await screen.findByTestId(`staff-record-date-${shanghaiToday()}`)).toHaveAttribute('data-selected', 'true');
    expect(screen.getByTestId('staff-record-channel-walk_in')).toHaveAttribute('data-selected', 'true');
    expect(screen.getByTestId('staff-record-referral-none')).toHaveAttribute('data-selected', 'true');
    expect(screen.getByTestId('staff-record-duration-30')).toHaveAttribute('data-selected', 'true');
    expect(screen.getByTestId('staff-record-area-huian')).toHaveAttribute('data-selected', 'true');
    expect(screen.getByTestId('staff-record-follow-up-no')).toHaveAttribute('data-selected', 'true');
  });

  it('shows what is missing next to each choice, and sends nothing', async () => {
    render(<StaffRecordPage />);

    fireEvent.click(await screen.findByTestId('staff-record-submit'));

    expect(screen.getByTestId('staff-record-category-error')).toHaveTextContent('请选择类别');
    expect(screen.getByTestId('staff-record-services-error')).toHaveTextContent('请至少选择一项服务');
    expect(screen.getByTestId('staff-record-helper-error')).toHaveTextContent('接待人员');
    expect(screen.getByTestId('staff-record-age-error')).toHaveTextContent('不清楚');
    expect(screen.getByTestId('staff-record-problem')).toHaveTextContent('有几处需要修改');
    expect(api.calls('POST /api/staff/records')).toHaveLength(0);
    // Choosing clears that choice's message.
    fireEvent.click(screen.getByTestId('staff-record-category-labour'));
    expect(screen.queryByTestId('staff-record-category-error')).not.toBeInTheDocument();
  });

  it('refuses a note with a phone number before sending, in plain words', async () => {
    render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');
    fillTheRest();
    typeNote('她的号码 13800005678');

    fireEvent.click(screen.getByTestId('staff-record-submit'));

    expect(screen.getByTestId('staff-record-note-error')).toHaveTextContent('备注里有一串数字');
    expect(api.calls('POST /api/staff/records')).toHaveLength(0);
  });

  it('warns about what looks like a name while typing, without stopping the record', async () => {
    render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');
    fillTheRest();
    typeNote('陈女士咨询离婚');

    expect(screen.getByTestId('staff-record-note-warnings')).toHaveTextContent('好像有人名');
    fireEvent.click(screen.getByTestId('staff-record-submit'));
    await screen.findByTestId('staff-record-saved');
  });

  it('sends only coded fields, shows the saved record, and remembers the helper profession', async () => {
    render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');
    fillTheRest();
    fireEvent.click(screen.getByTestId('staff-record-referral-police'));
    fireEvent.click(screen.getByTestId('staff-record-follow-up-yes'));
    fireEvent.click(screen.getByTestId('staff-record-duration-45'));
    typeNote('  已讲解保护令申请流程  ');

    fireEvent.click(screen.getByTestId('staff-record-submit'));

    const saved = await screen.findByTestId('staff-record-saved');
    expect(saved).toHaveAttribute('data-record-id', 'r-new');
    const body = sentRecord(api);
    expect(Object.keys(body).every((key) => SENDABLE_RECORD_KEYS.includes(key))).toBe(true);
    expect(body).toEqual({
      date: shanghaiToday(),
      channel: 'walk_in',
      category: 'domestic_violence',
      services: ['legal_advice', 'counselling'],
      referrals: ['police'],
      followUpNeeded: true,
      durationMinutes: 45,
      helperProfession: 'lawyer',
      ageBand: '30_39',
      area: 'huian',
      mandatoryReport: false,
      note: '已讲解保护令申请流程',
    });
    expect(api.calls('POST /api/staff/records')[0]!.header?.Authorization).toBe('Bearer staff-token');
    expect(storage.get('wac.staff.profession')).toBe('lawyer');
  });

  it('"register another" starts a fresh walk-in with the same helper profession', async () => {
    storage.set('wac.staff.profession', 'mediator');
    render(<StaffRecordPage />);
    expect(await screen.findByTestId('staff-record-helper-mediator')).toHaveAttribute('data-selected', 'true');
    fillTheRest();
    fireEvent.click(screen.getByTestId('staff-record-submit'));
    fireEvent.click(await screen.findByTestId('staff-record-another'));

    expect(screen.getByTestId('staff-record-category-domestic_violence')).toHaveAttribute('data-selected', 'false');
    expect(screen.getByTestId('staff-record-helper-lawyer')).toHaveAttribute('data-selected', 'true');
  });

  it('explains the mandatory report and offers to call 110 when it is ticked', async () => {
    render(<StaffRecordPage />);

    const flag = await screen.findByTestId('staff-record-mandatory-report');
    expect(flag).toHaveTextContent('未成年人');
    expect(flag).toHaveTextContent('无民事行为能力');
    expect(screen.queryByTestId('staff-record-call-110')).not.toBeInTheDocument();
    fireEvent.click(flag);
    expect(screen.getByTestId('staff-record-mandatory-now')).toHaveTextContent('立即向公安机关报案');
    expect(screen.getByTestId('staff-record-call-110')).toBeInTheDocument();
  });

  it('from a completed booking: channel fixed to booking, the booked service ticked, and the booking named', async () => {
    Object.assign(routerParams, { fromBookingId: 'b-1', date: shanghaiToday(), service: 'counselling' });
    render(<StaffRecordPage />);

    expect(await screen.findByTestId('staff-record-source')).toHaveTextContent('已完成的预约');
    expect(screen.getByTestId('staff-record-channel-booking')).toHaveAttribute('data-selected', 'true');
    expect(screen.getByTestId('staff-record-channel-walk_in')).toHaveAttribute('data-disabled', 'true');
    expect(screen.getByTestId('staff-record-service-counselling')).toHaveAttribute('data-selected', 'true');
    fireEvent.click(screen.getByTestId('staff-record-category-custody'));
    fireEvent.click(screen.getByTestId('staff-record-helper-counsellor'));
    fireEvent.click(screen.getByTestId('staff-record-age-unknown'));
    fireEvent.click(screen.getByTestId('staff-record-submit'));

    await screen.findByTestId('staff-record-saved');
    expect(sentRecord(api)).toMatchObject({ channel: 'booking', fromBookingId: 'b-1', services: ['counselling'] });
  });

  it('shows the server’s refusal next to the field it names', async () => {
    api.on(
      'POST /api/staff/records',
      errorAnswer(400, 'VALIDATION_FAILED', [{ field: 'note', reason: 'must not contain an e-mail address' }]),
    );
    render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');
    fillTheRest();
    typeNote('已讲解');
    fireEvent.click(screen.getByTestId('staff-record-submit'));

    expect(await screen.findByTestId('staff-record-note-error')).toHaveTextContent('备注里有邮箱地址');
    // What she filled in is still there.
    expect(screen.getByTestId('staff-record-category-domestic_violence')).toHaveAttribute('data-selected', 'true');
  });

  it('when the call-back was already registered, offers to register it without the link', async () => {
    routerParams.fromCallbackId = 'c-1';
    let attempt = 0;
    api.on('POST /api/staff/records', () =>
      attempt++ === 0 ? errorAnswer(409, 'SOURCE_NOT_RECORDABLE') : httpResponse(201, staffRecord({ id: 'r-2' })),
    );
    render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');
    fillTheRest();
    fireEvent.click(screen.getByTestId('staff-record-submit'));

    expect(await screen.findByTestId('staff-record-problem')).toHaveTextContent('已经登记过了');
    fireEvent.click(screen.getByTestId('staff-record-fix'));
    fireEvent.click(screen.getByTestId('staff-record-submit'));

    await screen.findByTestId('staff-record-saved');
    expect(sentRecord(api)).not.toHaveProperty('fromCallbackId');
    expect(sentRecord(api).channel).toBe('callback');
  });

  it('asks a city admin which centre the record belongs to', async () => {
    logInAsStaff({ role: 'city_admin', centreCode: '' });
    render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');
    fillTheRest();
    fireEvent.click(screen.getByTestId('staff-record-area-unknown'));
    fireEvent.click(screen.getByTestId('staff-record-submit'));
    expect(screen.getByTestId('staff-record-centre-error')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('staff-record-centre-shishi'));
    fireEvent.click(screen.getByTestId('staff-record-submit'));

    await screen.findByTestId('staff-record-saved');
    expect(sentRecord(api).centreCode).toBe('shishi');
  });
});

describe('changing a record', () => {
  let api: FakeApi;
  const record = staffRecord({ id: 'r1', category: 'property', note: '建议再来' });

  beforeEach(() => {
    logInAsStaff();
    api = fakeApi().on('GET /api/staff/records/r1', httpResponse(200, record));
    taroMock.redirectTo.mockResolvedValue(undefined);
  });

  it('edits in place within 24 hours', async () => {
    Object.assign(routerParams, { id: 'r1', mode: 'edit' });
    api.on('PUT /api/staff/records/r1', httpResponse(200, { ...record, durationMinutes: 60 }));
    render(<StaffRecordPage />);

    expect(await screen.findByTestId('staff-record-category-property')).toHaveAttribute('data-selected', 'true');
    expect(screen.getByTestId('staff-record-note')).toHaveValue('建议再来');
    fireEvent.click(screen.getByTestId('staff-record-duration-60'));
    fireEvent.click(screen.getByTestId('staff-record-submit'));

    await screen.findByTestId('staff-record-saved');
    expect(api.calls('PUT /api/staff/records/r1')[0]!.data).toMatchObject({
      category: 'property',
      durationMinutes: 60,
      note: '建议再来',
    });
    expect(api.calls('PUT /api/staff/records/r1')[0]!.data).not.toHaveProperty('fromBookingId');
  });

  it('when editing is no longer allowed, offers a correction instead', async () => {
    Object.assign(routerParams, { id: 'r1', mode: 'edit' });
    api
      .on('PUT /api/staff/records/r1', errorAnswer(409, 'RECORD_LOCKED'))
      .on('POST /api/staff/records/r1/corrections', httpResponse(201, staffRecord({ id: 'r1b', supersedes: 'r1' })));
    render(<StaffRecordPage />);

    fireEvent.click(await screen.findByTestId('staff-record-submit'));
    expect(await screen.findByTestId('staff-record-problem')).toHaveTextContent('超过 24 小时');
    fireEvent.click(screen.getByTestId('staff-record-fix'));
    fireEvent.click(screen.getByTestId('staff-record-submit'));

    expect(await screen.findByTestId('staff-record-saved')).toHaveAttribute('data-record-id', 'r1b');
    expect(api.calls('POST /api/staff/records/r1/corrections')).toHaveLength(1);
  });
});

describe('screen capture', () => {
  const setVisualEffectOnCapture = jest.fn<Promise<void>, [{ visualEffect: string }]>();

  beforeEach(() => {
    logInAsStaff();
    fakeApi();
    setVisualEffectOnCapture.mockResolvedValue(undefined);
    (taroMock as unknown as Record<string, unknown>).setVisualEffectOnCapture = setVisualEffectOnCapture;
  });

  afterEach(() => {
    delete (taroMock as unknown as Record<string, unknown>).setVisualEffectOnCapture;
  });

  it('on WeChat hides the page from captures while it shows, and restores on leaving', async () => {
    process.env.TARO_ENV = 'weapp';
    const { unmount } = render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');

    expect(setVisualEffectOnCapture).toHaveBeenLastCalledWith({ visualEffect: 'hidden' });
    act(() => firePageEvent('hide'));
    expect(setVisualEffectOnCapture).toHaveBeenLastCalledWith({ visualEffect: 'none' });
    act(() => firePageEvent('show'));
    expect(setVisualEffectOnCapture).toHaveBeenLastCalledWith({ visualEffect: 'hidden' });
    unmount();
    expect(setVisualEffectOnCapture).toHaveBeenLastCalledWith({ visualEffect: 'none' });
  });

  it('on WeChat without the API (older base library), does nothing and the page works', async () => {
    process.env.TARO_ENV = 'weapp';
    delete (taroMock as unknown as Record<string, unknown>).setVisualEffectOnCapture;
    render(<StaffRecordPage />);

    expect(await screen.findByTestId('staff-record-form')).toBeInTheDocument();
  });

  it('never on H5', async () => {
    render(<StaffRecordPage />);
    await screen.findByTestId('staff-record-form');

    await waitFor(() => expect(setVisualEffectOnCapture).not.toHaveBeenCalled());
  });
});
