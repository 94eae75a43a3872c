// 工作台: where a staff member starts.
export const HOME_TEXTS = {
  title: '工作台',
  whoCentre: (centre: string) => `${centre}妇女援助中心`,
  whoCity: '全市（市妇联）',
  roles: { staff: '工作人员', centre_admin: '中心管理员', city_admin: '市级管理员' },
  bookings: '预约',
  bookingsDetail: (pending: number | null) =>
    pending === null ? '查看、确认今天起的所有预约' : pending > 0 ? `${pending} 个新预约待确认` : '没有待确认的预约',
  callbacks: '回电',
  callbacksDetail: (open: number | null) =>
    open === null ? '按顺序回电' : open > 0 ? `${open} 个等待回电` : '没有等待回电的请求',
  register: '登记来访 / 来电',
  registerDetail: '每次来访、每个电话都登记（不写姓名、电话、住址）',
  records: '最近的登记',
  recordsDetail: '查看、修改（24 小时内）或更正',
  logout: '退出登录',
  logoutDetail: '离开前请退出，别人拿到手机也看不到',
  loadFailed: '网络不太好，数字没有加载出来；下面的按钮仍可使用。',
} as const;
