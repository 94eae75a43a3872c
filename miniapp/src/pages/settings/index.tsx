import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../components/ActionButton';
import { InfoCard } from '../../components/InfoCard';
import { LargeTextToggle } from '../../components/LargeTextToggle';
import { Notice } from '../../components/Notice';
import { PageShell } from '../../components/PageShell';
import { endSession, hasSession, her } from '../../services/api';
import { eraseMyData } from '../../services/api.generated';
import { clearPhoneData } from '../../services/preferences';
import { forgetRecent } from '../../services/recent';
import { HOME_PAGE } from '../../routes';
import { SETTINGS_TEXTS as T } from './texts';

type EraseStep =
  | { at: 'idle' | 'asking' | 'erasing' | 'failed' | 'nothing' }
  | { at: 'erased'; bookings: number; callbacks: number };

type EndStep = 'idle' | 'ending' | 'ended' | 'failed';

/** H5 only: WeChat signs her in again silently as the same person, so there is no session of this phone to end. */
function EndSession() {
  const [step, setStep] = useState<EndStep>('idle');

  const end = () => {
    setStep('ending');
    endSession()
      .then(() => {
        clearPhoneData();
        forgetRecent();
        setStep('ended');
      })
      .catch(() => setStep('failed'));
  };

  return (
    <View>
      <Text className="section-title">{T.endTitle}</Text>
      <InfoCard title={T.endTitle} lines={T.endLines()} testId="end-session-explained" />
      {step === 'idle' || step === 'failed' ? (
        <View>
          {step === 'failed' ? (
            <Notice tone="alert" testId="end-session-failed">
              {T.endFailed}
            </Notice>
          ) : null}
          <ActionButton title={T.end} testId="end-session" onPress={end} />
        </View>
      ) : null}
      {step === 'ending' ? <Notice testId="end-session-busy">{T.ending}</Notice> : null}
      {step === 'ended' ? <Notice testId="end-session-done">{T.ended}</Notice> : null}
    </View>
  );
}

export default function SettingsPage() {
  const [step, setStep] = useState<'idle' | 'asking' | 'cleared'>('idle');
  const [erase, setErase] = useState<EraseStep>({ at: 'idle' });

  const eraseEverything = () => {
    if (!hasSession()) {
      setErase({ at: 'nothing' });
      return;
    }
    setErase({ at: 'erasing' });
    eraseMyData(her)
      .then((summary) => {
        clearPhoneData();
        forgetRecent();
        setErase({ at: 'erased', bookings: summary.cancelledBookings, callbacks: summary.withdrawnCallbacks });
      })
      .catch(() => setErase({ at: 'failed' }));
  };

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>

      <Text className="section-title">{T.largeTextTitle}</Text>
      <LargeTextToggle />

      <InfoCard title={T.safetyTitle} lines={T.safetyLines()} testId="safety-note" />

      <Text className="section-title">{T.clearTitle}</Text>
      <InfoCard title={T.clearTitle} lines={T.clearLines()} testId="clear-data-explained" />
      {step === 'idle' ? (
        <ActionButton title={T.clear} tone="danger" testId="clear-data" onPress={() => setStep('asking')} />
      ) : null}
      {step === 'asking' ? (
        <View>
          <Notice tone="alert">{T.clearQuestion}</Notice>
          <ActionButton
            title={T.clearConfirm}
            tone="danger"
            testId="clear-data-confirm"
            onPress={() => {
              clearPhoneData();
              forgetRecent();
              setStep('cleared');
            }}
          />
          <ActionButton title={T.clearKeep} testId="clear-data-keep" onPress={() => setStep('idle')} />
        </View>
      ) : null}
      {step === 'cleared' ? (
        <View>
          <Notice testId="clear-data-done">{T.cleared}</Notice>
          <ActionButton
            title={T.home}
            tone="primary"
            testId="settings-home"
            onPress={() => void Taro.reLaunch({ url: HOME_PAGE })}
          />
        </View>
      ) : null}

      {process.env.TARO_ENV === 'weapp' ? null : <EndSession />}

      <Text className="section-title">{T.eraseTitle}</Text>
      <InfoCard title={T.eraseTitle} lines={T.eraseLines()} testId="erase-data-explained" />
      {erase.at === 'idle' || erase.at === 'failed' ? (
        <View>
          {erase.at === 'failed' ? (
            <Notice tone="alert" testId="erase-data-failed">
              {T.eraseFailed}
            </Notice>
          ) : null}
          <ActionButton title={T.erase} tone="danger" testId="erase-data" onPress={() => setErase({ at: 'asking' })} />
        </View>
      ) : null}
      {erase.at === 'asking' ? (
        <View>
          <Notice tone="alert">{T.eraseQuestion}</Notice>
          <ActionButton title={T.eraseConfirm} tone="danger" testId="erase-data-confirm" onPress={eraseEverything} />
          <ActionButton title={T.eraseKeep} testId="erase-data-keep" onPress={() => setErase({ at: 'idle' })} />
        </View>
      ) : null}
      {erase.at === 'erasing' ? <Notice testId="erase-data-busy">{T.erasing}</Notice> : null}
      {erase.at === 'nothing' ? <Notice testId="erase-data-nothing">{T.nothingToErase}</Notice> : null}
      {erase.at === 'erased' ? (
        <Notice testId="erase-data-done">{T.erased(erase.bookings, erase.callbacks)}</Notice>
      ) : null}
    </PageShell>
  );
}
