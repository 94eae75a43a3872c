import { Text, View } from '@tarojs/components';
import './index.scss';

/** One labelled line of a summary: a small label above its value. */
export function SummaryRow({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="summary-row" data-testid={testId}>
      <Text className="summary-row__label muted">{label}</Text>
      <Text className="summary-row__value">{value}</Text>
    </View>
  );
}
