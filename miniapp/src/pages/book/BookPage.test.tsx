import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AvailabilityDto } from '@wac/shared-types';
import { errorAnswer, fakeApi, httpResponse, type FakeApi } from '../../../test/fake-api';
import { availabilityDay, booking, centreDetail, centreSummary, slot } from '../../../test/fixtures';
import taroMock, { routerParams } from '../../../test/taro-mock';
import BookPage from '.';

const MONDAY = '2026-12-07';
const TUESDAY = '2026-12-08';

function availability(days = defaultDays()): AvailabilityDto {
  return { centreCode: 'huian', days };
}

function defaultDays() {
  return [
    availabilityDay({ date: '2026-12-05', weekday: 6, open: false, reason: 'weekend' }),
    availabilityDay({ date: '2026-12-06', weekday: 7, open: false, reason: 'weekend' }),
    availabilityDay({ date: MONDAY, weekday: 1, slots: [slot('08:00', 0), slot('09:00', 1), slot('10:00', 2)] }),
    availabilityDay({ date: TUESDAY, weekday: 2, slots: [slot('08:00', 0), slot('09:00', 0)] }),
    availabilityDay({ date: '2026-12-09', weekday: 3, open: false, reason: 'holiday', note: '元旦' }),
    availabilityDay({ date: '2026-12-10', weekday: 4, open: false, reason: 'closure', note: '内部培训' }),
    availabilityDay({ date: '2026-12-30', weekday: 3, open: false, reason: 'beyond_window' }),
  ];
}

function serveHuian(api: FakeApi, days = defaultDays()) {
  return api
    .on('GET /api/centres/huian', httpResponse(200, centreDetail()))
    .on('GET /api/centres/huian/availability', httpResponse(200, availability(days)));
}

async function chooseLegalMonday0900() {
  fireEvent.click(await screen.findByTestId('service-legal'));
  fireEvent.click(await screen.findByTestId(`day-${MONDAY}`));
  fireEvent.click(await screen.findByTestId('slot-09:00'));
}

async function reachConfirm({ topic = '', needs = [] as string[] } = {}) {
  await chooseLegalMonday0900();
  if (topic) {
    fireEvent.change(screen.getByTestId('booking-topic'), { target: { value: topic } });
  }
  for (const need of needs) {
    fireEvent.click(screen.getByTestId(`need-${need}`));
  }
  fireEvent.click(screen.getByTestId('details-next'));
  fireEvent.click(screen.getByTestId('consent-general'));
  fireEvent.click(screen.getByTestId('consent-sensitive'));
  fireEvent.click(screen.getByTestId('consent-agree'));
  await screen.findByTestId('booking-summary');
}

describe('booking a consultation', () => {
  let api: FakeApi;

  beforeEach(() => {
    routerParams.code = 'huian';
    api = serveHuian(fakeApi());
    taroMock.redirectTo.mockResolvedValue(undefined);
    taroMock.navigateTo.mockResolvedValue(undefined);
  });

  it('offers the three services in plain words, each with one line on what it is', async () => {
    render(<BookPage />);

    const services = await screen.findByTestId('service-list');
    expect(
      within(services)
        .getAllByRole('radio')
        .map((option) => option.querySelector('.choice__title')?.textContent),
    ).toEqual(['法律咨询', '心理疏导', '家事调解']);
    expect(screen.getByTestId('service-counselling')).toHaveTextContent('心理咨询师听您说说心里话');
  });

  it('asks for the chosen service only and lists days: bookable ones with what is left, closed ones with the reason', async () => {
    render(<BookPage />);
    fireEvent.click(await screen.findByTestId('service-legal'));

    await screen.findByTestId(`day-${MONDAY}`);
    expect(api.calls('GET /api/centres/huian/availability')[0]!.query.get('service')).toBe('legal');
    expect(screen.getByTestId(`day-${MONDAY}`)).toHaveTextContent('12月7日 周一还有 2 个时间可以约');
    expect(screen.getByTestId(`day-${MONDAY}`)).toHaveAttribute('data-disabled', 'false');
    expect(screen.getByTestId('day-2026-12-05')).toHaveTextContent('周末休息');
    expect(screen.getByTestId('day-2026-12-09')).toHaveTextContent('元旦，休息');
    expect(screen.getByTestId('day-2026-12-10')).toHaveTextContent('暂停接待（内部培训）');
    expect(screen.getByTestId(`day-${TUESDAY}`)).toHaveTextContent('已约满');
    expect(screen.getByTestId(`day-${TUESDAY}`)).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByTestId('day-2026-12-30')).not.toBeInTheDocument();
    expect(screen.getByText(/最多可以提前两周预约/)).toBeInTheDocument();

    // A closed day cannot be chosen.
    fireEvent.click(screen.getByTestId('day-2026-12-05'));
    expect(screen.queryByTestId('time-list')).not.toBeInTheDocument();
  });

  it('shows the times of the day with the places left; full times cannot be chosen', async () => {
    render(<BookPage />);
    fireEvent.click(await screen.findByTestId('service-legal'));
    fireEvent.click(await screen.findByTestId(`day-${MONDAY}`));

    expect(screen.getByTestId('slot-08:00')).toHaveTextContent('8:00–8:50已约满');
    expect(screen.getByTestId('slot-09:00')).toHaveTextContent('9:00–9:50还有 1 个名额');
    fireEvent.click(screen.getByTestId('slot-08:00'));
    expect(screen.queryByTestId('booking-topic')).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId('slot-09:00'));
    expect(screen.getByTestId('booking-topic')).toBeInTheDocument();
  });

  it('asks for no name, and sends nothing until both consents are given', async () => {
    render(<BookPage />);
    await chooseLegalMonday0900();
    expect(screen.getByText('不用写姓名、电话或住址。不写也可以，来了再说。')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('details-next'));

    expect(screen.getByTestId('consent')).toHaveTextContent('只有您选的这个中心的工作人员');
    fireEvent.click(screen.getByTestId('consent-general'));
    fireEvent.click(screen.getByTestId('consent-agree'));

    expect(screen.getByTestId('consent-needed')).toHaveTextContent('请勾选上面两项');
    expect(screen.queryByTestId('booking-summary')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('consent-sensitive'));
    expect(screen.getByTestId('consent-sensitive')).toHaveAttribute('aria-checked', 'true');
    fireEvent.click(screen.getByTestId('consent-agree'));
    expect(await screen.findByTestId('booking-summary')).toHaveTextContent('12月7日 周一 9:00–9:50');
    expect(api.calls('POST /api/bookings')).toHaveLength(0);
  });

  it('refusing consent still shows the hotline, the walk-in address and the centre phone', async () => {
    render(<BookPage />);
    await chooseLegalMonday0900();
    fireEvent.click(screen.getByTestId('details-next'));

    fireEvent.click(screen.getByTestId('consent-refuse'));

    const refused = screen.getByTestId('consent-refused');
    expect(refused).toHaveTextContent('工作日上午 8:00–12:00 直接去中心');
    expect(within(refused).getByTestId('consent-call-12338')).toBeInTheDocument();
    expect(within(refused).getByTestId('consent-call-110')).toBeInTheDocument();
    expect(within(refused).getByTestId('consent-walk-in')).toHaveTextContent('惠安县螺城镇某路 8 号');
    expect(within(refused).getByTestId('consent-call-centre')).toBeInTheDocument();
    expect(api.calls('POST /api/bookings')).toHaveLength(0);
  });

  it('books with a fresh idempotency key, her words and needs, then opens the result page', async () => {
    api.on('POST /api/bookings', httpResponse(201, booking({ id: 'new-booking' })));
    render(<BookPage />);
    await reachConfirm({ topic: '  想问问家里的事  ', needs: ['minnan_dialect', 'with_child'] });

    fireEvent.click(screen.getByTestId('booking-confirm'));

    await waitFor(() =>
      expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/pages/booked/index?id=new-booking' }),
    );
    const [request] = api.calls('POST /api/bookings');
    expect(request!.header?.['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(request!.header?.Authorization).toBe('Bearer guest-token');
    expect(request!.data).toEqual({
      slotId: 's-legal-09:00',
      topic: '想问问家里的事',
      contactPreference: 'in_app',
      needs: ['minnan_dialect', 'with_child'],
    });
    expect(taroMock.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('when the time was just taken: says so calmly, shows fresh times, and books another without asking consent again', async () => {
    let availabilityCalls = 0;
    api.on('GET /api/centres/huian/availability', () => {
      availabilityCalls += 1;
      const days = defaultDays();
      if (availabilityCalls > 1) {
        days[2] = availabilityDay({
          date: MONDAY,
          weekday: 1,
          slots: [slot('08:00', 0), slot('09:00', 0), slot('10:00', 1)],
        });
      }
      return httpResponse(200, availability(days));
    });
    api.on('POST /api/bookings', errorAnswer(409, 'SLOT_FULL'));
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));

    expect(await screen.findByTestId('booking-problem')).toHaveTextContent(
      '刚刚有人约走了这个时间，请从下面还空着的时间里再选一个。',
    );
    expect(screen.getByTestId('slot-09:00')).toHaveTextContent('已约满');
    expect(screen.getByTestId('slot-10:00')).toHaveTextContent('还有 1 个名额');
    expect(availabilityCalls).toBe(2);
    const firstKey = api.calls('POST /api/bookings')[0]!.header?.['Idempotency-Key'];

    api.on('POST /api/bookings', httpResponse(201, booking({ id: 'second' })));
    fireEvent.click(screen.getByTestId('slot-10:00'));
    fireEvent.click(await screen.findByTestId('booking-confirm'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/pages/booked/index?id=second' }));
    const second = api.calls('POST /api/bookings')[1];
    expect(second!.data).toMatchObject({ slotId: 's-legal-10:00' });
    expect(second!.header?.['Idempotency-Key']).not.toBe(firstKey);
  });

  it('when the whole day filled up meanwhile, goes back to the days', async () => {
    let availabilityCalls = 0;
    api.on('GET /api/centres/huian/availability', () => {
      availabilityCalls += 1;
      const days = defaultDays();
      if (availabilityCalls > 1) {
        days[2] = availabilityDay({
          date: MONDAY,
          weekday: 1,
          slots: [slot('08:00', 0), slot('09:00', 0), slot('10:00', 0)],
        });
      }
      return httpResponse(200, availability(days));
    });
    api.on('POST /api/bookings', errorAnswer(409, 'SLOT_FULL'));
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));

    expect(await screen.findByTestId('day-list')).toBeInTheDocument();
    expect(screen.getByTestId('booking-problem')).toHaveTextContent('刚刚有人约走了这个时间');
    expect(screen.getByTestId(`day-${MONDAY}`)).toHaveTextContent('已约满');
  });

  it('at the booking limit: explains it, offers 我的预约 and the hotline', async () => {
    api.on('POST /api/bookings', errorAnswer(409, 'LIMIT_REACHED'));
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));

    expect(await screen.findByTestId('booking-problem')).toHaveTextContent('您已经有 2 个还没到时间的预约');
    fireEvent.click(screen.getByTestId('open-mine'));
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/pages/mine/index' });
    expect(screen.getByTestId('book-call-12338')).toBeInTheDocument();
  });

  it('after a network failure, retries with the SAME idempotency key', async () => {
    let attempts = 0;
    api.on('POST /api/bookings', () => {
      attempts += 1;
      return attempts === 1 ? 'network-error' : httpResponse(201, booking({ id: 'retried' }));
    });
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));
    expect(await screen.findByTestId('booking-problem')).toHaveTextContent('不会重复预约');
    fireEvent.click(screen.getByTestId('booking-retry'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/pages/booked/index?id=retried' }));
    const [first, second] = api.calls('POST /api/bookings');
    expect(second!.header?.['Idempotency-Key']).toBe(first!.header?.['Idempotency-Key']);
    expect(second!.data).toEqual(first!.data);
  });

  it('a double tap on confirm sends one request', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    api.on('POST /api/bookings', async () => {
      await gate;
      return httpResponse(201, booking());
    });
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));
    fireEvent.click(screen.getByTestId('booking-confirm'));
    act(() => release());

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledTimes(1));
    expect(api.calls('POST /api/bookings')).toHaveLength(1);
  });

  it('a preparing centre cannot be booked; the hotline is offered', async () => {
    api.on('GET /api/centres/huian', httpResponse(200, centreDetail({ status: 'preparing' })));
    render(<BookPage />);

    expect(await screen.findByTestId('centre-not-bookable')).toHaveTextContent('筹建中');
    expect(screen.getByTestId('book-call-12338')).toBeInTheDocument();
    expect(screen.queryByTestId('service-list')).not.toBeInTheDocument();
  });

  it('without a centre, she picks one first; preparing centres are shown but not choosable', async () => {
    delete routerParams.code;
    api.on(
      'GET /api/centres',
      httpResponse(200, {
        items: [
          centreSummary({ code: 'huian', area: '惠安县' }),
          centreSummary({ code: 'taishang', area: '台商区', status: 'preparing' }),
        ],
      }),
    );
    render(<BookPage />);

    fireEvent.click(await screen.findByTestId('choose-centre-taishang'));
    expect(screen.getByTestId('choose-centre-taishang')).toHaveTextContent('筹建中，暂不可预约');
    expect(screen.queryByTestId('service-list')).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId('choose-centre-huian'));
    expect(await screen.findByTestId('service-list')).toBeInTheDocument();
    expect(screen.getByTestId('booking-centre')).toHaveTextContent('惠安县妇女援助中心');
  });

  it('a full day offers "有空位时通知我" and shows her place in line', async () => {
    api.on(
      'POST /api/waitlist',
      httpResponse(201, {
        id: 'w1',
        centreCode: 'huian',
        centreName: '惠安',
        date: TUESDAY,
        service: 'legal',
        status: 'waiting',
        position: 2,
        offer: null,
        createdAt: '',
      }),
    );
    render(<BookPage />);
    fireEvent.click(await screen.findByTestId('service-legal'));

    fireEvent.click(await screen.findByTestId(`waitlist-join-${TUESDAY}`));

    expect(await screen.findByTestId(`waitlist-joined-${TUESDAY}`)).toHaveTextContent('您现在排第 2 位');
    expect(api.calls('POST /api/waitlist')[0]!.data).toEqual({ centreCode: 'huian', date: TUESDAY, service: 'legal' });
    expect(screen.queryByTestId(`waitlist-join-${MONDAY}`)).not.toBeInTheDocument();
  });
});

describe('WeChat service notices on confirm', () => {
  let api: FakeApi;

  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    routerParams.code = 'huian';
    api = serveHuian(fakeApi());
    api.on(
      'POST /api/auth/wechat',
      httpResponse(200, { token: 'wx-token', role: 'woman', expiresAt: '2099-01-01T00:00:00.000Z', centreCode: null }),
    );
    api.on('POST /api/bookings', httpResponse(201, booking()));
    taroMock.login.mockResolvedValue({ code: 'wx-code', errMsg: 'login:ok' });
    taroMock.redirectTo.mockResolvedValue(undefined);
  });

  afterEach(() => {
    delete process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS;
  });

  it('asks with the configured templates and sends wechat_notice when she accepts', async () => {
    process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS = 'tmpl-a, tmpl-b';
    taroMock.requestSubscribeMessage.mockResolvedValue({
      'tmpl-a': 'accept',
      'tmpl-b': 'reject',
      errMsg: 'requestSubscribeMessage:ok',
    });
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalled());
    expect(taroMock.requestSubscribeMessage).toHaveBeenCalledWith(
      expect.objectContaining({ tmplIds: ['tmpl-a', 'tmpl-b'] }),
    );
    expect(api.calls('POST /api/bookings')[0]!.data).toMatchObject({ contactPreference: 'wechat_notice' });
    expect(api.calls('POST /api/bookings')[0]!.header?.Authorization).toBe('Bearer wx-token');
    expect(api.calls('POST /api/auth/wechat')[0]!.data).toEqual({ code: 'wx-code' });
  });

  it('still books (in_app) when she refuses or WeChat fails', async () => {
    process.env.TARO_APP_SUBSCRIBE_TEMPLATE_IDS = 'tmpl-a';
    taroMock.requestSubscribeMessage.mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail cancel' });
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalled());
    expect(api.calls('POST /api/bookings')[0]!.data).toMatchObject({ contactPreference: 'in_app' });
  });

  it('does not ask when no template is configured', async () => {
    render(<BookPage />);
    await reachConfirm();

    fireEvent.click(screen.getByTestId('booking-confirm'));

    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalled());
    expect(taroMock.requestSubscribeMessage).not.toHaveBeenCalled();
  });
});

describe('what she writes is screened like staff notes', () => {
  beforeEach(() => {
    routerParams.code = 'huian';
    serveHuian(fakeApi());
  });

  it('warns about a name and a phone number, and removes the text in one tap', async () => {
    render(<BookPage />);
    await chooseLegalMonday0900();

    fireEvent.change(screen.getByTestId('booking-topic'), { target: { value: '我叫王丽，电话13812345678' } });

    expect(screen.getByTestId('booking-topic-screening-warning')).toHaveTextContent(
      '您写的话里好像有电话号码或证件号、姓名',
    );
    fireEvent.click(screen.getByTestId('booking-topic-screening-remove'));
    expect(screen.getByTestId('booking-topic')).toHaveValue('');
    expect(screen.queryByTestId('booking-topic-screening')).toBeNull();
  });

  it('says nothing about plain words', async () => {
    render(<BookPage />);
    await chooseLegalMonday0900();

    fireEvent.change(screen.getByTestId('booking-topic'), { target: { value: '想问离婚后孩子抚养的事' } });

    expect(screen.queryByTestId('booking-topic-screening')).toBeNull();
  });
});

describe('moving a booking to another time', () => {
  let api: FakeApi;

  beforeEach(() => {
    routerParams.code = 'huian';
    routerParams.service = 'legal';
    routerParams.reschedule = 'b1';
    api = serveHuian(fakeApi());
    taroMock.redirectTo.mockResolvedValue(undefined);
  });

  it('skips the questions already answered and moves it atomically', async () => {
    api.on('POST /api/bookings/b1/reschedule', httpResponse(200, booking({ id: 'b1' })));
    render(<BookPage />);

    fireEvent.click(await screen.findByTestId(`day-${MONDAY}`));
    fireEvent.click(screen.getByTestId('slot-09:00'));
    expect(screen.getByText('确认改到这个时间')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('booking-confirm'));

    await waitFor(() =>
      expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/pages/booked/index?id=b1&changed=1' }),
    );
    expect(api.calls('POST /api/bookings/b1/reschedule')[0]!.data).toEqual({ slotId: 's-legal-09:00' });
    expect(api.calls('POST /api/bookings')).toHaveLength(0);
  });

  it('shows her current time, and her own place reads as hers, not 已约满', async () => {
    api.on(
      'GET /api/bookings/mine',
      httpResponse(200, { items: [booking({ id: 'b1', date: TUESDAY, start: '08:00', end: '08:50' })] }),
    );
    render(<BookPage />);

    expect(await screen.findByTestId('reschedule-current')).toHaveTextContent('您现在约的时间：12月8日 周二 8:00–8:50');
    expect(await screen.findByTestId(`day-${TUESDAY}`)).toHaveTextContent('您现在约在这天，其他时间已约满');
    expect(screen.queryByTestId(`waitlist-join-${TUESDAY}`)).toBeNull();
    fireEvent.click(screen.getByTestId(`day-${MONDAY}`));
    expect(screen.getByTestId('slot-09:00')).toHaveTextContent('还有 1 个名额');
  });

  it('on the day of her booking, her time is marked as hers and cannot be chosen again', async () => {
    api.on(
      'GET /api/bookings/mine',
      httpResponse(200, { items: [booking({ id: 'b1', date: MONDAY, start: '10:00' })] }),
    );
    render(<BookPage />);
    await screen.findByTestId('reschedule-current');

    // 09:00 is free; 10:00 has a place left, but it is hers.
    expect(await screen.findByTestId(`day-${MONDAY}`)).toHaveTextContent('还有 1 个时间可以约');
    fireEvent.click(screen.getByTestId(`day-${MONDAY}`));

    expect(screen.getByTestId('slot-10:00')).toHaveTextContent('您现在约的时间');
    expect(screen.getByTestId('slot-10:00')).toHaveAttribute('aria-disabled', 'true');
  });

  it('if the new time is full, says her booking is unchanged and shows fresh times', async () => {
    api.on('POST /api/bookings/b1/reschedule', errorAnswer(409, 'SLOT_FULL'));
    render(<BookPage />);
    fireEvent.click(await screen.findByTestId(`day-${MONDAY}`));
    fireEvent.click(screen.getByTestId('slot-09:00'));

    fireEvent.click(screen.getByTestId('booking-confirm'));

    expect(await screen.findByTestId('booking-problem')).toHaveTextContent('您原来的预约没有变');
  });
});
