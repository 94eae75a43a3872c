import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { Notice } from '../../../components/Notice';
import { addDays, shanghaiToday } from '../../../domain/dates';
import { useOpenPage } from '../../../hooks/useOpenPage';
import { useReloadOnReturn } from '../../../hooks/useReloadOnReturn';
import { staff, staffLogout } from '../../../services/staff-api';
import { listCallbackQueue, listCentreBookings } from '../../../services/staff-api.generated';
import { StaffShell } from '../components/StaffShell';
import { WechatNotices } from '../components/WechatNotices';
import { BOOKING_DAYS_AHEAD } from '../domain/bookings';
import { areaLabel } from '../domain/labels';
import { useStaffSession } from '../hooks/useStaffSession';
import { recordPage, STAFF_BOOKINGS, STAFF_CALLBACKS, STAFF_LOGIN, STAFF_RECORDS } from '../routes';
import { HOME_TEXTS as T } from './texts';

interface Counts {
  pending: number | null;
  open: number | null;
}

export default function StaffHomePage() {
  const { session, signedOut } = useStaffSession();
  const open = useOpenPage();
  const [counts, setCounts] = useState<Counts>({ pending: null, open: null });
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    if (!session) {
      return;
    }
    const today = shanghaiToday();
    try {
      const [pending, queue] = await Promise.all([
        listCentreBookings(staff, { from: today, to: addDays(today, BOOKING_DAYS_AHEAD), status: 'pending' }).then(
          ({ items }) => items,
        ),
        listCallbackQueue(staff, { status: 'open' }).then(({ items }) => items),
      ]);
      setCounts({ pending: pending.length, open: queue.length });
      setFailed(false);
    } catch (error) {
      if (!signedOut(error)) {
        setFailed(true);
      }
    }
  }, [session, signedOut]);

  useEffect(() => {
    void load();
  }, [load]);
  useReloadOnReturn(() => void load());

  if (!session) {
    return <StaffShell>{null}</StaffShell>;
  }
  const who = session.centreCode ? T.whoCentre(areaLabel(session.centreCode)) : T.whoCity;

  return (
    <StaffShell>
      <Text className="page-title">{T.title}</Text>
      <View data-testid="staff-home-who">
        <Text className="lead muted">{`${who} · ${T.roles[session.role]}`}</Text>
      </View>
      {failed ? <Notice testId="staff-home-error">{T.loadFailed}</Notice> : null}
      <ActionButton
        title={T.bookings}
        detail={T.bookingsDetail(counts.pending)}
        tone="primary"
        testId="staff-home-bookings"
        onPress={() => open(STAFF_BOOKINGS)}
      />
      <ActionButton
        title={T.callbacks}
        detail={T.callbacksDetail(counts.open)}
        tone="primary"
        testId="staff-home-callbacks"
        onPress={() => open(STAFF_CALLBACKS)}
      />
      <ActionButton
        title={T.register}
        detail={T.registerDetail}
        tone="primary"
        testId="staff-home-register"
        onPress={() => open(recordPage())}
      />
      <ActionButton
        title={T.records}
        detail={T.recordsDetail}
        testId="staff-home-records"
        onPress={() => open(STAFF_RECORDS)}
      />
      <WechatNotices signedOut={signedOut} />
      <ActionButton
        title={T.logout}
        detail={T.logoutDetail}
        testId="staff-logout"
        onPress={() => {
          staffLogout();
          void Taro.reLaunch({ url: STAFF_LOGIN }).catch(() => undefined);
        }}
      />
    </StaffShell>
  );
}
