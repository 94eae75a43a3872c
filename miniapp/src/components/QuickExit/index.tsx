import { Button } from '@tarojs/components'
import { leaveNow } from '../../services/quick-exit'
import './index.scss'

const QUICK_EXIT_LABEL = '快速离开'
const QUICK_EXIT_ACCESSIBLE_LABEL = '快速离开，立即关闭这个页面'

/** Closes the app in one tap, for when someone else may see the screen. */
export function QuickExit() {
  return (
    <Button
      className='quick-exit'
      role='button'
      aria-label={QUICK_EXIT_ACCESSIBLE_LABEL}
      data-testid='quick-exit'
      onClick={() => void leaveNow()}
    >
      {QUICK_EXIT_LABEL}
    </Button>
  )
}
