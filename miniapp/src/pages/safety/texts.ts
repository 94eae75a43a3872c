// "Am I safe right now?": two or three taps to the right help. Nothing is stored or sent.
export const SAFETY_TEXTS = {
  title: '您现在安全吗？',
  lead: '选一个最接近您现在情况的。这里不会记录您的选择。',
  danger: { title: '不安全，现在有危险', detail: '马上打 110' },
  unsure: { title: '说不清，想先找人聊聊', detail: '打 12338 热线' },
  safe: { title: '现在安全，想约时间', detail: '预约当面咨询，或请中心回电话' },
  dangerTitle: '请马上打 110',
  dangerTips: [
    '如果可以，先到安全的地方，比如邻居家、商店或人多的地方，再打电话。',
    '说不了话时，可以先打通，保持通话，让接线员听到周围的声音。',
  ],
  police: { title: '110 紧急报警', detail: '有危险时请立即拨打' },
  talkTitle: '可以先打 12338 聊一聊',
  talkTips: ['12338 是妇女咨询热线，可以先聊一聊，不用说名字。', '如果觉得有危险，请打 110。'],
  hotline: { title: '12338 热线', detail: '妇女咨询热线，可以先聊一聊' },
  planTitle: '您可以这样做',
  book: { title: '预约当面咨询', detail: '工作日上午 8:00–12:00' },
  callback: { title: '请中心给我回电话', detail: '在您说安全的时间打来' },
  findCentre: { title: '找最近的服务中心', detail: '也可以不预约，工作日上午直接去' },
  tipsTitle: '小提示',
  restart: '重新选',
} as const;
