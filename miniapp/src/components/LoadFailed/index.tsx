import { View } from '@tarojs/components';
import { ActionButton } from '../ActionButton';
import { Notice } from '../Notice';

export interface LoadFailedProps {
  /** What did not load, in plain words. */
  message: string;
  retryTitle: string;
  testId: string;
  retryTestId: string;
  onRetry: () => void;
}

/** Something did not load: says so (announced at once), with "try again" as the main button right under it. */
export function LoadFailed({ message, retryTitle, testId, retryTestId, onRetry }: LoadFailedProps) {
  return (
    <View>
      <Notice tone="alert" testId={testId}>
        {message}
      </Notice>
      <ActionButton title={retryTitle} tone="primary" testId={retryTestId} onPress={onRetry} />
    </View>
  );
}
