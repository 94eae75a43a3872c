import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { BookingDto, CentreDetailDto } from '@wac/shared-types';
import { CallButton } from '../../components/CallButton';
import { InfoCard } from '../../components/InfoCard';
import { Notice } from '../../components/Notice';
import { SentResult } from '../../components/SentResult';
import { ShortCodeCard } from '../../components/ShortCode';
import { SummaryRow } from '../../components/SummaryRow';
import { NEED_LABELS } from '@wac/rules';
import { BOOKING_STATUS_LABELS, SERVICE_CHOICES } from '../../domain/booking';
import { formatSlot } from '../../domain/dates';
import { useSentItem } from '../../hooks/useSentItem';
import { her } from '../../services/api';
import { listMyBookings } from '../../services/api.generated';
import { recentBooking } from '../../services/recent';
import { BOOKED_TEXTS as T } from './texts';

function BookingDetails({
  booking,
  centre,
  changed,
}: {
  booking: BookingDto;
  centre: CentreDetailDto | null;
  changed: boolean;
}) {
  const status = BOOKING_STATUS_LABELS[booking.status];
  return (
    <View>
      <Text className="page-title" data-testid="booked-title">
        {changed ? T.changedTitle : T.title}
      </Text>
      <Notice testId="booked-status">{T.statusLine(status.title)}</Notice>
      <View className="card" data-testid="booked-summary">
        <SummaryRow label={T.summaryCentre} value={booking.centreName} />
        <SummaryRow
          label={T.summaryTime}
          value={formatSlot(booking.date, booking.start, booking.end)}
          testId="booked-time"
        />
        <SummaryRow label={T.summaryService} value={SERVICE_CHOICES[booking.service].title} />
        {booking.topic ? <SummaryRow label={T.summaryTopic} value={booking.topic} /> : null}
        {booking.needs.length > 0 ? (
          <SummaryRow label={T.summaryNeeds} value={booking.needs.map((need) => NEED_LABELS[need]).join('；')} />
        ) : null}
      </View>
      <ShortCodeCard code={booking.code} testId="booked-code" />
      <InfoCard title={T.nextTitle} lines={T.nextSteps} />
      <InfoCard title={T.bringTitle} lines={T.bringSteps} />
      <InfoCard title={T.cancelTitle} lines={T.cancelSteps} />
      {centre ? (
        <View>
          <View className="card" data-testid="booked-centre-address">
            <Text className="action__title">{T.centreTitle}</Text>
            <Text className="list-item">{centre.name}</Text>
            <Text className="list-item">{centre.address}</Text>
          </View>
          <CallButton
            phoneNumber={centre.phone}
            title={T.callCentre}
            detail={centre.phone}
            tone="plain"
            testId="booked-call-centre"
          />
        </View>
      ) : null}
    </View>
  );
}

export default function BookedPage() {
  const { params } = useRouter();
  const { state, centre } = useSentItem(params.id ?? '', recentBooking, () => listMyBookings(her));
  return (
    <SentResult state={state} texts={T} testIdPrefix="booked">
      {(booking) => <BookingDetails booking={booking} centre={centre} changed={params.changed === '1'} />}
    </SentResult>
  );
}
