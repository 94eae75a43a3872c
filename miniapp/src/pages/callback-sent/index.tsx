import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { CallbackDto, CentreDetailDto } from '@wac/shared-types'
import { useEffect, useState } from 'react'
import { ActionButton } from '../../components/ActionButton'
import { HelpNumbers } from '../../components/HelpNumbers'
import { InfoCard } from '../../components/InfoCard'
import { Notice } from '../../components/Notice'
import { PageShell } from '../../components/PageShell'
import { SummaryRow } from '../../components/SummaryRow'
import { CALLBACK_STATUS_LABELS } from '../../domain/booking'
import { describeWindow } from '../../domain/callback'
import { getCentre, listMyCallbacks } from '../../services/api'
import { openMineInstead } from '../../services/navigation'
import { recentCallback } from '../../services/recent'
import { HOME_PAGE } from '../../routes'
import { CALLBACK_SENT_TEXTS as T } from './texts'

type LoadState = { status: 'loading' } | { status: 'loaded'; callback: CallbackDto } | { status: 'not-found' } | { status: 'failed' }

export default function CallbackSentPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [state, setState] = useState<LoadState>(() => {
    const recent = recentCallback(id)
    return recent ? { status: 'loaded', callback: recent } : { status: 'loading' }
  })
  const [centre, setCentre] = useState<CentreDetailDto | null>(null)

  useEffect(() => {
    if (state.status !== 'loading') {
      return
    }
    let current = true
    listMyCallbacks().then(
      ({ items }) => {
        if (current) {
          const callback = items.find((item) => item.id === id)
          setState(callback ? { status: 'loaded', callback } : { status: 'not-found' })
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

  const centreCode = state.status === 'loaded' ? state.callback.centreCode : null
  useEffect(() => {
    if (!centreCode) {
      return
    }
    let current = true
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

  function renderCallback(callback: CallbackDto) {
    return (
      <View>
        <Text className='page-title' data-testid='callback-sent-title'>
          {T.title}
        </Text>
        <Notice testId='callback-sent-status'>{T.statusLine(CALLBACK_STATUS_LABELS[callback.status].title)}</Notice>
        <View className='card' data-testid='callback-sent-summary'>
          <SummaryRow label={T.summaryCentre} value={callback.centreName} />
          <SummaryRow label={T.summaryPhone} value={callback.phoneMasked ?? ''} testId='callback-sent-phone' />
          <SummaryRow label={T.summaryWindows} value={callback.windows.map(describeWindow).join('；')} testId='callback-sent-windows' />
          <SummaryRow label={T.summaryIdentify} value={callback.mayIdentify ? T.yes : T.no} />
          <SummaryRow label={T.summaryMessage} value={callback.mayLeaveMessage ? T.yes : T.no} />
        </View>
        <InfoCard title={T.nextTitle} lines={centre ? [...T.nextSteps, T.centreNumber(centre.phone)] : T.nextSteps} />
        <InfoCard title={T.withdrawTitle} lines={T.withdrawSteps} />
      </View>
    )
  }

  return (
    <PageShell>
      {state.status === 'loaded' ? (
        renderCallback(state.callback)
      ) : state.status === 'loading' ? (
        <Notice>{T.loading}</Notice>
      ) : (
        <Notice tone='alert' testId='callback-sent-error'>
          {state.status === 'not-found' ? T.notFound : T.failed}
        </Notice>
      )}
      <ActionButton title={T.openMine} tone='primary' testId='callback-sent-open-mine' onPress={() => void openMineInstead()} />
      <ActionButton title={T.home} testId='callback-sent-home' onPress={() => void Taro.reLaunch({ url: HOME_PAGE })} />
      <Text className='section-title'>{T.helpTitle}</Text>
      <HelpNumbers testIdPrefix='callback-sent-call' />
    </PageShell>
  )
}
