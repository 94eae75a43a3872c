import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { BookingDto, CentreDetailDto } from '@wac/shared-types'
import { useEffect, useState } from 'react'
import { ActionButton } from '../../components/ActionButton'
import { CallButton } from '../../components/CallButton'
import { HelpNumbers } from '../../components/HelpNumbers'
import { InfoCard } from '../../components/InfoCard'
import { Notice } from '../../components/Notice'
import { PageShell } from '../../components/PageShell'
import { SummaryRow } from '../../components/SummaryRow'
import { BOOKING_STATUS_LABELS, NEED_LABELS, SERVICE_CHOICES } from '../../domain/booking'
import { formatSlot } from '../../domain/dates'
import { getCentre, listMyBookings } from '../../services/api'
import { recentBooking } from '../../services/recent'
import { HOME_PAGE } from '../../routes'
import { openMineInstead } from '../../services/navigation'
import { BOOKED_TEXTS as T } from './texts'

type LoadState = { status: 'loading' } | { status: 'loaded'; booking: BookingDto } | { status: 'not-found' } | { status: 'failed' }

function BookingDetails({ booking, centre, changed }: { booking: BookingDto; centre: CentreDetailDto | null; changed: boolean }) {
  const status = BOOKING_STATUS_LABELS[booking.status]
  return (
    <View>
      <Text className='page-title' data-testid='booked-title'>
        {changed ? T.changedTitle : T.title}
      </Text>
      <Notice testId='booked-status'>{T.statusLine(status.title)}</Notice>
      <View className='card' data-testid='booked-summary'>
        <SummaryRow label={T.summaryCentre} value={booking.centreName} />
        <SummaryRow label={T.summaryTime} value={formatSlot(booking.date, booking.start, booking.end)} testId='booked-time' />
        <SummaryRow label={T.summaryService} value={SERVICE_CHOICES[booking.service].title} />
        {booking.topic ? <SummaryRow label={T.summaryTopic} value={booking.topic} /> : null}
        {booking.needs.length > 0 ? <SummaryRow label={T.summaryNeeds} value={booking.needs.map((need) => NEED_LABELS[need]).join('；')} /> : null}
      </View>
      <InfoCard title={T.nextTitle} lines={T.nextSteps} />
      <InfoCard title={T.bringTitle} lines={T.bringSteps} />
      <InfoCard title={T.cancelTitle} lines={T.cancelSteps} />
      {centre ? (
        <View>
          <View className='card' data-testid='booked-centre-address'>
            <Text className='action__title'>{T.centreTitle}</Text>
            <Text className='list-item'>{centre.name}</Text>
            <Text className='list-item'>{centre.address}</Text>
          </View>
          <CallButton phoneNumber={centre.phone} title={T.callCentre} detail={centre.phone} tone='plain' testId='booked-call-centre' />
        </View>
      ) : null}
    </View>
  )
}

export default function BookedPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const changed = params.changed === '1'
  const [state, setState] = useState<LoadState>(() => {
    const recent = recentBooking(id)
    return recent ? { status: 'loaded', booking: recent } : { status: 'loading' }
  })
  const [centre, setCentre] = useState<CentreDetailDto | null>(null)

  useEffect(() => {
    if (state.status !== 'loading') {
      return
    }
    let current = true
    listMyBookings().then(
      ({ items }) => {
        if (current) {
          const booking = items.find((item) => item.id === id)
          setState(booking ? { status: 'loaded', booking } : { status: 'not-found' })
        }
      },
      () => {
        if (current) {
          setState({ status: 'failed' })
        }
      },
    )
    return () => {
      current = false
    }
  }, [id, state.status])

  const centreCode = state.status === 'loaded' ? state.booking.centreCode : null
  useEffect(() => {
    if (!centreCode) {
      return
    }
    let current = true
    // The address and phone are a help, not a must: without them the page still says what happens next.
    getCentre(centreCode).then(
      (loaded) => {
        if (current) {
          setCentre(loaded)
        }
      },
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [centreCode])

  return (
    <PageShell>
      {state.status === 'loaded' ? (
        <BookingDetails booking={state.booking} centre={centre} changed={changed} />
      ) : state.status === 'loading' ? (
        <Notice>{T.loading}</Notice>
      ) : (
        <Notice tone='alert' testId='booked-error'>
          {state.status === 'not-found' ? T.notFound : T.failed}
        </Notice>
      )}
      <ActionButton title={T.openMine} tone='primary' testId='booked-open-mine' onPress={() => void openMineInstead()} />
      <ActionButton title={T.home} testId='booked-home' onPress={() => void Taro.reLaunch({ url: HOME_PAGE })} />
      <Text className='section-title'>{T.helpTitle}</Text>
      <HelpNumbers testIdPrefix='booked-call' />
    </PageShell>
  )
}
