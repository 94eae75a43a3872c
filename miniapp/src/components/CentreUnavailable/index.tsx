import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CentreState } from '../../pages/centre/useCentre';
import { FINDER_PAGE } from '../../routes';
import { ActionButton } from '../ActionButton';
import { HelpNumbers } from '../HelpNumbers';
import { LoadFailed } from '../LoadFailed';
import { Notice } from '../Notice';

// The booking and the call-back pages both start from one centre. Until it is there and open,
// they show the same thing, each in its own words.

export interface CentreUnavailableTexts {
  loading: string;
  centreFailed: string;
  centreNotFound: string;
  notBookable: string;
  chooseOtherCentre: string;
  retry: string;
}

function chooseOtherCentre() {
  void Taro.redirectTo({ url: FINDER_PAGE });
}

/** The centre is still loading, did not load (try again), or does not exist (choose another). */
export function CentreLoadProblem({
  status,
  texts,
  onRetry,
}: {
  status: CentreState['status'] | 'choosing';
  texts: CentreUnavailableTexts;
  onRetry: () => void;
}) {
  if (status === 'failed') {
    return (
      <LoadFailed
        message={texts.centreFailed}
        retryTitle={texts.retry}
        testId="centre-error"
        retryTestId="retry"
        onRetry={onRetry}
      />
    );
  }
  if (status === 'not-found') {
    return (
      <View>
        <Notice tone="alert" testId="centre-not-found">
          {texts.centreNotFound}
        </Notice>
        <ActionButton
          title={texts.chooseOtherCentre}
          tone="primary"
          testId="choose-other-centre"
          onPress={chooseOtherCentre}
        />
      </View>
    );
  }
  return <Notice>{texts.loading}</Notice>;
}

/** The centre is still being set up: nothing can be asked of it yet, so 110/12338 and other centres. */
export function CentreNotOpen({
  texts,
  helpTestIdPrefix,
}: {
  texts: CentreUnavailableTexts;
  helpTestIdPrefix: string;
}) {
  return (
    <View>
      <Notice tone="alert" testId="centre-not-bookable">
        {texts.notBookable}
      </Notice>
      <HelpNumbers testIdPrefix={helpTestIdPrefix} />
      <ActionButton title={texts.chooseOtherCentre} testId="choose-other-centre" onPress={chooseOtherCentre} />
    </View>
  );
}
