// 工作台 login, in plain words.
export const LOGIN_TEXTS = {
  title: '工作台登录',
  lead: '中心工作人员使用。请用中心发给您的用户名和密码登录。',
  username: '用户名',
  usernamePlaceholder: '例如 staff-huian',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
  missing: '请填写用户名和密码。',
  failed: '用户名或密码不对，请再试一次。忘记了请找中心负责人或市妇联权益部重置。',
  network: '网络不太好，没有登录成功，请再试一次。',
  other: '暂时没有登录成功，请稍后再试。',
  expired: '登录已过期，请重新登录。',
  notStaff: '这个账号不能使用工作台。',
  privacy: '登录后看到的预约、电话号码和登记都只用于工作，请不要截图或转发。离开时请点“退出登录”。',
} as const;
