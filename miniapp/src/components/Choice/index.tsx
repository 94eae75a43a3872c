import { Button, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';
import { KEYBOARD_FOCUSABLE } from '../a11y';

export interface ChoiceProps {
  title: string;
  /** A second, smaller line: what it means, or why it cannot be chosen. */
  detail?: string;
  /** radio: one of a group; checkbox: on/off on its own. */
  kind?: 'radio' | 'checkbox';
  selected: boolean;
  /** Shown, but cannot be chosen (e.g. a closed day, with its reason as `detail`). */
  disabled?: boolean;
  testId: string;
  onPress: () => void;
}

const SELECTED_MARK = '✓ 已选';
const CHECKED_MARK = '✓';

/**
 * One large tappable option (a list, never a picker wheel). The choice shows as a mark and a
 * word, not only as colour, and screen readers hear it as a radio button or checkbox.
 */
export function Choice({ title, detail, kind = 'radio', selected, disabled = false, testId, onPress }: ChoiceProps) {
  const classes = ['choice', selected ? 'choice--selected' : '', disabled ? 'choice--disabled' : '']
    .filter(Boolean)
    .join(' ');
  const mark = kind === 'checkbox' ? (selected ? CHECKED_MARK : '') : selected ? SELECTED_MARK : '';
  return (
    <Button
      className={classes}
      role={kind}
      {...KEYBOARD_FOCUSABLE}
      aria-checked={selected ? 'true' : 'false'}
      aria-disabled={disabled ? 'true' : undefined}
      aria-label={detail ? `${title}，${detail}` : title}
      data-testid={testId}
      data-selected={selected ? 'true' : 'false'}
      data-disabled={disabled ? 'true' : 'false'}
      onClick={() => {
        if (!disabled) {
          onPress();
        }
      }}
    >
      {kind === 'checkbox' ? <Text className="choice__box">{mark}</Text> : null}
      <View className="choice__text">
        <Text className="choice__title">{title}</Text>
        {detail ? <Text className="choice__detail">{detail}</Text> : null}
      </View>
      {kind === 'radio' && selected ? <Text className="choice__mark">{mark}</Text> : null}
    </Button>
  );
}

/** A labelled group of radio choices. */
export function ChoiceGroup({ label, testId, children }: PropsWithChildren<{ label: string; testId?: string }>) {
  return (
    <View role="radiogroup" aria-label={label} data-testid={testId}>
      {children}
    </View>
  );
}
