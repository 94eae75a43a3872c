import { View } from '@tarojs/components';
import { POLICE_NUMBER, WOMEN_HOTLINE_NUMBER } from '../../domain/hotlines';
import { CallButton } from '../CallButton';

const TEXTS = {
  police: { title: '110 紧急报警', detail: '有危险时请立即拨打' },
  hotline: { title: '12338 热线', detail: '妇女咨询热线，可以先聊一聊' },
} as const;

/** 110 and 12338, one tap each: on the home page and on every result page. */
export function HelpNumbers({ testIdPrefix = 'call' }: { testIdPrefix?: string }) {
  return (
    <View data-testid="help-numbers">
      <CallButton phoneNumber={POLICE_NUMBER} tone="danger" {...TEXTS.police} testId={`${testIdPrefix}-110`} />
      <CallButton
        phoneNumber={WOMEN_HOTLINE_NUMBER}
        tone="primary"
        {...TEXTS.hotline}
        testId={`${testIdPrefix}-12338`}
      />
    </View>
  );
}
