import { callNumber } from '../../services/phone';
import { ActionButton, type ActionTone } from '../ActionButton';

export interface CallButtonProps {
  phoneNumber: string;
  title: string;
  detail?: string;
  tone?: ActionTone;
  testId: string;
}

/** Opens the dialler with the number filled in. */
export function CallButton({ phoneNumber, title, detail, tone = 'primary', testId }: CallButtonProps) {
  return (
    <ActionButton
      title={title}
      detail={detail}
      tone={tone}
      // The visible words first (so voice control finds it by what it says), then what it does.
      accessibleLabel={`${detail ? `${title}，${detail}` : title}，拨打电话`}
      testId={testId}
      onPress={() => void callNumber(phoneNumber)}
    />
  );
}
