import { View } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { Notice } from '../../../components/Notice';

export interface InlineConfirmProps {
  question: string;
  confirm: string;
  keep: string;
  testId: string;
  onConfirm: () => void;
  onKeep: () => void;
}

/** "Are you sure?" in place, under the item: one more tap, no pop-up. */
export function InlineConfirm({ question, confirm, keep, testId, onConfirm, onKeep }: InlineConfirmProps) {
  return (
    <View data-testid={`${testId}-question`}>
      <Notice tone="alert">{question}</Notice>
      <ActionButton title={confirm} tone="primary" testId={`${testId}-confirm`} onPress={onConfirm} />
      <ActionButton title={keep} testId={`${testId}-keep`} onPress={onKeep} />
    </View>
  );
}
