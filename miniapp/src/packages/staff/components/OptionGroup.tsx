import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { FieldProblem } from './FieldProblem';

export interface OptionGroupProps {
  title: string;
  hint?: string;
  /** radiogroup: pick one; group: pick any number (checkboxes). */
  kind?: 'radiogroup' | 'group';
  error?: string;
  testId: string;
}

/** A titled block of large tappable choices (never a picker wheel), with its error under the title. */
export function OptionGroup({
  title,
  hint,
  kind = 'radiogroup',
  error,
  testId,
  children,
}: PropsWithChildren<OptionGroupProps>) {
  return (
    <View className="staff-group" role={kind} aria-label={title} data-testid={testId}>
      <Text className="section-title">{title}</Text>
      {hint ? <Text className="lead muted">{hint}</Text> : null}
      <FieldProblem text={error} testId={`${testId}-error`} />
      {children}
    </View>
  );
}
