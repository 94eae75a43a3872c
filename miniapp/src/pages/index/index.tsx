import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../components/ActionButton'
import { CallButton } from '../../components/CallButton'
import { PageShell } from '../../components/PageShell'
import { POLICE_NUMBER, WOMEN_HOTLINE_NUMBER } from '../../domain/hotlines'
import { FINDER_PAGE } from '../../routes'
import { HOME_TEXTS as T } from './texts'

export default function HomePage() {
  // Booking and call-back arrive in later releases; until then say so calmly, in place.
  const [showComingSoon, setShowComingSoon] = useState(false)

  return (
    <PageShell>
      <Text className='page-title'>{T.title}</Text>
      <Text className='lead muted'>{T.lead}</Text>

      <Text className='section-title'>{T.callSectionTitle}</Text>
      <CallButton phoneNumber={POLICE_NUMBER} tone='danger' {...T.police} testId='call-110' />
      <CallButton phoneNumber={WOMEN_HOTLINE_NUMBER} tone='primary' {...T.hotline} testId='call-12338' />

      <Text className='section-title'>{T.serviceSectionTitle}</Text>
      <ActionButton {...T.findCentre} testId='entry-find-centre' onPress={() => void Taro.navigateTo({ url: FINDER_PAGE })} />
      <ActionButton {...T.book} testId='entry-book' onPress={() => setShowComingSoon(true)} />
      <ActionButton {...T.callback} testId='entry-callback' onPress={() => setShowComingSoon(true)} />

      {showComingSoon ? (
        <View className='notice' role='status' aria-live='polite' data-testid='coming-soon'>
          {T.comingSoon}
        </View>
      ) : null}
    </PageShell>
  )
}
