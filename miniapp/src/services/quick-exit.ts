import Taro from '@tarojs/taro'
import { replacePage } from './browser'
import { quickExitUrl } from './build-env'
import { HOME_PAGE } from '../routes'

/**
 * Leaves at once. On weapp the mini-program closes; if WeChat refuses, the page stack is
 * cleared back to the plain home page. On H5 the page is replaced (not a new history entry),
 * so Back does not bring this page back.
 */
export async function leaveNow(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') {
    replacePage(quickExitUrl())
    return
  }
  try {
    await Taro.exitMiniProgram()
  } catch {
    await Taro.reLaunch({ url: HOME_PAGE })
  }
}
