import { callNumber } from '../../services/phone'
import { ActionButton, type ActionTone } from '../ActionButton'

export interface CallButtonProps {
  phoneNumber: string
  title: string
  detail?: string
  tone?: ActionTone
  testId: string
}

/** Opens the dialler with the number filled in. */
export function CallButton({ phoneNumber, title, detail, tone = 'primary', testId }: CallButtonProps) {
  return (
    <ActionButton
      title={title}
      detail={detail}
      tone={tone}
      accessibleLabel={`拨打电话：${title}`}
      testId={testId}
      onPress={() => void callNumber(phoneNumber)}
    />
  )
}
