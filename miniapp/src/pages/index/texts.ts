// Everything the home page says. Neutral wording: this screen may be seen by someone else.
// The first-visit safety tips are in JSON: the H5 build's static frame (index.html) shows them too.
import FIRST_USE from './first-use-texts.json';

export const HOME_TEXTS = {
  title: '妇女服务',
  lead: '泉州市 13 个服务中心，工作日上午 8:00–12:00 可以当面咨询，也可以先打电话。',
  firstUseTitle: FIRST_USE.title,
  firstUseLines: (): string[] => (process.env.TARO_ENV === 'weapp' ? FIRST_USE.weapp : FIRST_USE.h5),
  firstUseDismiss: '我知道了',
  offerNotice: (when: string) => `您等的空位有了，为您保留到 ${when}。`,
  offerOpen: '去确认',
  safety: { title: '我现在安全吗？', detail: '点两下，找到最合适的帮助' },
  callSectionTitle: '需要帮助，马上打电话',
  serviceSectionTitle: '找中心、约时间',
  findCentre: { title: '找最近的服务中心', detail: '看地址、电话和值班人员' },
  book: { title: '预约当面咨询', detail: '选择中心和时间' },
  callback: { title: '请中心给我回电话', detail: '在您方便、安全的时间' },
  mine: { title: '我的预约', detail: '查看、取消或换时间；回电请求' },
  moreSectionTitle: '看得更清楚、更安心',
  settings: { title: '使用提示与设置', detail: '安全提示、清除本机数据' },
} as const;
