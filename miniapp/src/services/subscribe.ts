import Taro from '@tarojs/taro';
import { subscribeTemplateIds } from './build-env';

/**
 * Asks WeChat whether the centre may send her a service notice about this booking. Must be
 * called straight from a tap. Resolves true only if she accepted at least one template; a
 * refusal, an error, H5 or no configured template all resolve false and never block booking.
 */
export async function askForNotices(): Promise<boolean> {
  const tmplIds = subscribeTemplateIds();
  if (process.env.TARO_ENV !== 'weapp' || tmplIds.length === 0) {
    return false;
  }
  try {
    // entityIds is Alipay's field; Taro's typing asks for it, WeChat ignores it.
    const result: Record<string, unknown> = { ...(await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) };
    return tmplIds.some((id) => result[id] === 'accept');
  } catch {
    return false;
  }
}
