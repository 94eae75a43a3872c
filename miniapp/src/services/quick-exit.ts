import Taro from '@tarojs/taro';
import { leaveSite } from './browser';
import { quickExitUrl } from './build-env';
import { HOME_PAGE } from '../routes';

/**
 * Leaves at once. On weapp the mini-program closes; if WeChat refuses, the page stack is
 * cleared back to the plain home page. On H5 the site is replaced by a neutral one in the
 * browser history, so Back does not bring it back.
 */
export async function leaveNow(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') {
    // Every page below the current one in Taro's stack is a history entry of this visit.
    leaveSite(quickExitUrl(), Taro.getCurrentPages().length - 1);
    return;
  }
  try {
    await Taro.exitMiniProgram();
  } catch {
    await Taro.reLaunch({ url: HOME_PAGE });
  }
}
