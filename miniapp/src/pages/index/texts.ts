// Everything the home page says. Neutral wording: this screen may be seen by someone else.
export const HOME_TEXTS = {
  title: '妇女服务',
  lead: '泉州市 13 个服务中心，工作日上午 8:00–12:00 可以当面咨询，也可以先打电话。',
  callSectionTitle: '需要帮助，马上打电话',
  police: { title: '110 紧急报警', detail: '有危险时请立即拨打' },
  hotline: { title: '12338 热线', detail: '妇女咨询热线，可以先聊一聊' },
  serviceSectionTitle: '找中心、约时间',
  findCentre: { title: '找最近的服务中心', detail: '看地址、电话和值班人员' },
  book: { title: '预约当面咨询', detail: '选择中心和时间' },
  callback: { title: '请中心给我回电话', detail: '在您方便的时间' },
  comingSoon: '这个功能即将开放。现在可以直接拨打中心电话，或拨打 12338 热线。',
} as const
