import { View } from '@tarojs/components';

/** Why a choice on the form was refused, right under it. */
export function FieldProblem({ text, testId }: { text?: string; testId: string }) {
  return text ? (
    <View className="field__error" role="alert" data-testid={testId}>
      {text}
    </View>
  ) : null;
}
