import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { QuickExit } from '../QuickExit'
import './index.scss'

/** Every page's frame: the quick-exit button stays on top while the content scrolls under it. */
export function PageShell({ children }: PropsWithChildren) {
  return (
    <View className='page-shell'>
      <View className='page-shell__bar'>
        <QuickExit />
      </View>
      <View className='page-content'>{children}</View>
    </View>
  )
}
