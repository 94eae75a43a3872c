import { Text, View } from '@tarojs/components';

export const SHORT_CODE_TEXTS = {
  label: '预约码',
  keep: '请记下预约码。换了手机、浏览器或清除了本机数据后，可以在“我的预约”里点“用预约码查找”，查看、取消或改约。',
};

/** A code in two groups of five, easier to copy by hand. */
export function groupShortCode(code: string): string {
  return `${code.slice(0, 5)} ${code.slice(5)}`;
}

/** Her short code with the reason to note it down, on a result page; nothing when the server sent none. */
export function ShortCodeCard({ code, testId }: { code: string | undefined; testId: string }) {
  return code ? (
    <View className="card" data-testid={testId}>
      <Text className="action__title">{`${SHORT_CODE_TEXTS.label}：${groupShortCode(code)}`}</Text>
      <Text className="list-item">{SHORT_CODE_TEXTS.keep}</Text>
    </View>
  ) : null;
}

/** The code as one line of a list item (我的预约). */
export function ShortCodeLine({ code, testId }: { code: string | undefined; testId: string }) {
  return code ? (
    <Text className="list-item" data-testid={testId}>{`${SHORT_CODE_TEXTS.label}：${groupShortCode(code)}`}</Text>
  ) : null;
}
