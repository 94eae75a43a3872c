import { Button } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { leaveNow } from '../../services/quick-exit';
import './index.scss';
import { KEYBOARD_FOCUSABLE } from '../a11y';

const QUICK_EXIT_LABEL = '快速离开';
const QUICK_EXIT_ACCESSIBLE_LABEL = '快速离开，立即关闭这个页面';

/**
 * Closes the app in one tap, for when someone else may see the screen. Taro's H5 keeps the
 * pages below the current one in the document (hidden), so the button is rendered only while
 * its own page is showing: there is exactly one quick exit to find, by people and by tests.
 */
export function QuickExit() {
  const [pageShowing, setPageShowing] = useState(true);
  useDidShow(() => setPageShowing(true));
  useDidHide(() => setPageShowing(false));

  if (!pageShowing) {
    return null;
  }
  return (
    <Button
      className="quick-exit"
      role="button"
      {...KEYBOARD_FOCUSABLE}
      aria-label={QUICK_EXIT_ACCESSIBLE_LABEL}
      data-testid="quick-exit"
      onClick={() => void leaveNow()}
    >
      {QUICK_EXIT_LABEL}
    </Button>
  );
}
