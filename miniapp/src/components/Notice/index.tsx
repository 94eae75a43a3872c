import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export interface NoticeProps {
  /** alert: something went wrong or needs her attention now; status: news that can wait. */
  tone?: 'status' | 'alert';
  testId?: string;
}

/** A calm message box; screen readers announce it when it appears. */
export function Notice({ tone = 'status', testId, children }: PropsWithChildren<NoticeProps>) {
  return (
    <View className="notice" role={tone} aria-live={tone === 'alert' ? 'assertive' : 'polite'} data-testid={testId}>
      {children}
    </View>
  );
}
