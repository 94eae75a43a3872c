import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { SentItemState } from '../../hooks/useSentItem';
import { HOME_PAGE } from '../../routes';
import { openMineInstead } from '../../services/navigation';
import { ActionButton } from '../ActionButton';
import { HelpNumbers } from '../HelpNumbers';
import { Notice } from '../Notice';
import { PageShell } from '../PageShell';

export interface SentResultTexts {
  loading: string;
  notFound: string;
  failed: string;
  openMine: string;
  home: string;
  helpTitle: string;
}

/**
 * The page after she sent something (a booking, a call-back request): what was sent, or why it
 * cannot be shown, then the same ways on for both: 我的预约, the home page, and 110/12338.
 * `testIdPrefix` names this page's parts (`booked-error`, `callback-sent-home`…).
 */
export function SentResult<T>({
  state,
  texts,
  testIdPrefix,
  children,
}: {
  state: SentItemState<T>;
  texts: SentResultTexts;
  testIdPrefix: string;
  children: (item: T) => ReactNode;
}) {
  return (
    <PageShell>
      {state.status === 'loaded' ? (
        children(state.item)
      ) : state.status === 'loading' ? (
        <Notice>{texts.loading}</Notice>
      ) : (
        <Notice tone="alert" testId={`${testIdPrefix}-error`}>
          {state.status === 'not-found' ? texts.notFound : texts.failed}
        </Notice>
      )}
      <ActionButton
        title={texts.openMine}
        tone="primary"
        testId={`${testIdPrefix}-open-mine`}
        onPress={() => void openMineInstead()}
      />
      <ActionButton
        title={texts.home}
        testId={`${testIdPrefix}-home`}
        onPress={() => void Taro.reLaunch({ url: HOME_PAGE })}
      />
      <Text className="section-title">{texts.helpTitle}</Text>
      <HelpNumbers testIdPrefix={`${testIdPrefix}-call`} />
    </PageShell>
  );
}
