import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../../components/ActionButton';
import { LoadFailed } from '../../../components/LoadFailed';
import { Notice } from '../../../components/Notice';
import { shanghaiToday } from '../../../domain/dates';
import { type OpenPage, useOpenPage } from '../../../hooks/useOpenPage';
import { useReloadOnReturn } from '../../../hooks/useReloadOnReturn';
import { BookingCard } from './BookingCard';
import { StaffShell } from '../components/StaffShell';
import { sectionBookings, type DayGroup } from '../domain/bookings';
import { useStaffSession } from '../hooks/useStaffSession';
import { BOOKINGS_TEXTS as T } from './texts';
import { useStaffBookings } from './useStaffBookings';

type Bookings = ReturnType<typeof useStaffBookings>;

function Days({
  days,
  bookings,
  today,
  showCentre,
  testId,
  open,
}: {
  days: DayGroup[];
  bookings: Bookings;
  today: string;
  showCentre: boolean;
  testId: string;
  open: OpenPage;
}) {
  return (
    <View data-testid={testId}>
      {days.map((day) => (
        <View key={day.date} data-testid={`${testId}-day-${day.date}`}>
          <Text className="section-title">{day.label}</Text>
          {day.times.map((time) => (
            <View key={time.start}>
              <Text className="staff-time">{time.label}</Text>
              {time.bookings.map((booking) => (
                <BookingCard
                  key={booking.id}
                  booking={booking}
                  bookings={bookings}
                  today={today}
                  showCentre={showCentre}
                  open={open}
                />
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

export default function StaffBookingsPage() {
  const { session, signedOut } = useStaffSession();
  const bookings = useStaffBookings({ enabled: session !== undefined, signedOut });
  const open = useOpenPage();
  const [showEnded, setShowEnded] = useState(false);
  useReloadOnReturn(() => void bookings.reload());
  const today = shanghaiToday();
  const showCentre = session?.role === 'city_admin';

  function renderList() {
    switch (bookings.state.status) {
      case 'loading':
        return <Notice>{T.loading}</Notice>;
      case 'failed':
        return (
          <LoadFailed
            message={T.failed}
            retryTitle={T.retry}
            testId="staff-bookings-error"
            retryTestId="staff-bookings-retry"
            onRetry={() => void bookings.reload()}
          />
        );
      case 'loaded': {
        const sections = sectionBookings(bookings.state.items, today);
        if (bookings.state.items.length === 0) {
          return <Notice testId="staff-bookings-empty">{T.empty}</Notice>;
        }
        // A booking that just ended (e.g. she cancelled meanwhile) stays in view with its message.
        const endedVisible =
          showEnded ||
          sections.ended.some((day) =>
            day.times.some((time) => time.bookings.some((booking) => booking.id === bookings.message?.id)),
          );
        return (
          <View>
            {sections.pendingCount > 0 ? (
              <View data-testid="staff-bookings-pending">
                <Text className="page-title">{T.pendingTitle(sections.pendingCount)}</Text>
                <Days
                  days={sections.pending}
                  bookings={bookings}
                  today={today}
                  showCentre={showCentre}
                  testId="staff-pending"
                  open={open}
                />
              </View>
            ) : null}
            <Text className="page-title">{T.scheduleTitle}</Text>
            {sections.schedule.length > 0 ? (
              <Days
                days={sections.schedule}
                bookings={bookings}
                today={today}
                showCentre={showCentre}
                testId="staff-schedule"
                open={open}
              />
            ) : (
              <Notice>{T.noSchedule}</Notice>
            )}
            {sections.endedCount > 0 ? (
              <View>
                <ActionButton
                  title={endedVisible ? T.hideEnded : T.showEnded(sections.endedCount)}
                  testId="staff-bookings-toggle-ended"
                  onPress={() => setShowEnded(!endedVisible)}
                />
                {endedVisible ? (
                  <View>
                    <Text className="page-title">{T.endedTitle}</Text>
                    <Days
                      days={sections.ended}
                      bookings={bookings}
                      today={today}
                      showCentre={showCentre}
                      testId="staff-ended"
                      open={open}
                    />
                  </View>
                ) : null}
              </View>
            ) : null}
          </View>
        );
      }
    }
  }

  return (
    <StaffShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="lead muted">{T.range}</Text>
      <ActionButton title={T.refresh} testId="staff-bookings-refresh" onPress={() => void bookings.reload()} />
      {session ? renderList() : null}
    </StaffShell>
  );
}
