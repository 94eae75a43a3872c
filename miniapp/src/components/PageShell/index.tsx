import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { useConnecting } from '../../hooks/useConnecting';
import { useLargeText } from '../../hooks/usePreferences';
import { installKeyboardActivation } from '../a11y';
import { Notice } from '../Notice';
import { QuickExit } from '../QuickExit';
import './index.scss';

/**
 * Every page's frame: the quick-exit button stays on top while the content scrolls under it.
 * 大字模式 scales the whole page from here (text is sized in em below this root, tap targets grow).
 */
export function PageShell({ children }: PropsWithChildren) {
  const largeText = useLargeText();
  const connecting = useConnecting();
  installKeyboardActivation();

  useDidShow(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // Nothing here is for forwarding: a shared card would tell others what she was looking at.
      Taro.hideShareMenu({ menus: ['shareAppMessage', 'shareTimeline'] }).catch(() => undefined);
    }
  });

  return (
    <View
      className={largeText ? 'page-shell page-shell--large' : 'page-shell'}
      data-testid="page-shell"
      data-large-text={largeText ? 'on' : 'off'}
    >
      <View className="page-shell__bar">
        <QuickExit />
      </View>
      <View className="page-content">
        {connecting ? <Notice testId="connecting">正在连接…</Notice> : null}
        {children}
      </View>
    </View>
  );
}
