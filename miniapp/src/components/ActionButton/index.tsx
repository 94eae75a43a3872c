import { Button, Text } from '@tarojs/components';
import { KEYBOARD_FOCUSABLE } from '../a11y';

export type ActionTone = 'plain' | 'primary' | 'danger';

export interface ActionButtonProps {
  title: string;
  /** A second, smaller line under the title. */
  detail?: string;
  tone?: ActionTone;
  /** What a screen reader announces; defaults to the visible text. */
  accessibleLabel?: string;
  testId: string;
  onPress: () => void;
}

const TONE_CLASS: Record<ActionTone, string> = {
  plain: 'action',
  primary: 'action action--primary',
  danger: 'action action--danger',
};

/** The one tappable block used across pages: full width, at least 88px high, text wraps. */
export function ActionButton({ title, detail, tone = 'plain', accessibleLabel, testId, onPress }: ActionButtonProps) {
  return (
    <Button
      className={TONE_CLASS[tone]}
      role="button"
      {...KEYBOARD_FOCUSABLE}
      aria-label={accessibleLabel ?? (detail ? `${title}，${detail}` : title)}
      data-testid={testId}
      onClick={onPress}
    >
      <Text className="action__title">{title}</Text>
      {detail ? <Text className="action__detail">{detail}</Text> : null}
    </Button>
  );
}
