import { View } from '@tarojs/components';
import { identifyingKinds, type IdentifyingKind } from '@wac/rules';
import { ActionButton } from '../ActionButton';
import { Notice } from '../Notice';

const WHAT_IT_LOOKS_LIKE: Record<IdentifyingKind, string> = {
  number: '电话号码或证件号',
  email: '邮箱',
  wechat: '微信号',
  identityWords: '证件、电话或住址',
  name: '姓名',
  address: '住址',
};

/**
 * What she wrote is screened as the staff's notes are: when it seems to hold a name, number or address she is told,
 * gently, and can remove it in one tap. It is not refused: she decides.
 */
export function TopicScreening({ text, onRemove, testId }: { text: string; onRemove: () => void; testId: string }) {
  const kinds = identifyingKinds(text);
  if (kinds.length === 0) {
    return null;
  }
  const what = [...new Set(kinds.map((kind) => WHAT_IT_LOOKS_LIKE[kind]))].join('、');
  return (
    <View data-testid={testId}>
      <Notice tone="alert" testId={`${testId}-warning`}>
        {`您写的话里好像有${what}。这里不需要写，为了安全，建议删掉；工作人员会在见面或电话时再问。`}
      </Notice>
      <ActionButton title="删掉这段话" testId={`${testId}-remove`} onPress={onRemove} />
    </View>
  );
}
