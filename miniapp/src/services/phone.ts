import Taro from '@tarojs/taro';
import { openPage } from './browser';

/** Opens the phone's dialler with the number filled in; the person still confirms the call. */
export async function callNumber(phoneNumber: string): Promise<void> {
  const digits = phoneNumber.replace(/[^\d+]/g, '');
  if (process.env.TARO_ENV !== 'weapp') {
    // A tel: link is what every mobile browser understands.
    openPage(`tel:${digits}`);
    return;
  }
  try {
    await Taro.makePhoneCall({ phoneNumber: digits });
  } catch {
    // Cancelling the call sheet also lands here; there is nothing to do in either case.
  }
}
