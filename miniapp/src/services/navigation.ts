import Taro from '@tarojs/taro';
import { MINE_PAGE, pageBelowIs } from '../routes';

/** Opens 我的预约 in place of this page, or goes back to it when it is right below. */
export async function openMineInstead(): Promise<void> {
  try {
    if (pageBelowIs(MINE_PAGE, Taro.getCurrentPages())) {
      await Taro.navigateBack({ delta: 1 });
      return;
    }
    await Taro.redirectTo({ url: MINE_PAGE });
  } catch {
    // Navigation refused (e.g. the page stack is full): she can still use the home page.
  }
}
