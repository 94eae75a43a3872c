import { Text, View } from '@tarojs/components';

/** A titled card of short lines, e.g. "接下来" on a result page. */
export function InfoCard({ title, lines, testId }: { title: string; lines: readonly string[]; testId?: string }) {
  return (
    <View className="card" data-testid={testId}>
      <Text className="action__title">{title}</Text>
      {lines.map((line) => (
        <Text key={line} className="list-item">
          {`· ${line}`}
        </Text>
      ))}
    </View>
  );
}
