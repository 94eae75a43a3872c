import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../components/ActionButton'
import { InfoCard } from '../../components/InfoCard'
import { LargeTextToggle } from '../../components/LargeTextToggle'
import { Notice } from '../../components/Notice'
import { PageShell } from '../../components/PageShell'
import { clearPhoneData } from '../../services/preferences'
import { forgetRecent } from '../../services/recent'
import { HOME_PAGE } from '../../routes'
import { SETTINGS_TEXTS as T } from './texts'

export default function SettingsPage() {
  const [step, setStep] = useState<'idle' | 'asking' | 'cleared'>('idle')

  return (
    <PageShell>
      <Text className='page-title'>{T.title}</Text>

      <Text className='section-title'>{T.largeTextTitle}</Text>
      <LargeTextToggle />

      <InfoCard title={T.safetyTitle} lines={T.safetyLines()} testId='safety-note' />

      <Text className='section-title'>{T.clearTitle}</Text>
      <InfoCard title={T.clearTitle} lines={T.clearLines()} testId='clear-data-explained' />
      {step === 'idle' ? <ActionButton title={T.clear} tone='danger' testId='clear-data' onPress={() => setStep('asking')} /> : null}
      {step === 'asking' ? (
        <View>
          <Notice tone='alert'>{T.clearQuestion}</Notice>
          <ActionButton
            title={T.clearConfirm}
            tone='danger'
            testId='clear-data-confirm'
            onPress={() => {
              clearPhoneData()
              forgetRecent()
              setStep('cleared')
            }}
          />
          <ActionButton title={T.clearKeep} testId='clear-data-keep' onPress={() => setStep('idle')} />
        </View>
      ) : null}
      {step === 'cleared' ? (
        <View>
          <Notice testId='clear-data-done'>{T.cleared}</Notice>
          <ActionButton title={T.home} tone='primary' testId='settings-home' onPress={() => void Taro.reLaunch({ url: HOME_PAGE })} />
        </View>
      ) : null}
    </PageShell>
  )
}
