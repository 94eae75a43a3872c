// 最近的登记: the centre's records of the last 30 days.
export const RECORDS_TEXTS = {
  title: '最近的登记',
  lead: (days: number) => `最近 ${days} 天，本中心的登记（只显示最新版本）。`,
  loading: '正在加载…',
  failed: '网络不太好，登记没有加载出来。',
  retry: '再试一次',
  empty: '这段时间还没有登记。',
  register: '登记来访 / 来电',
  edit: '修改',
  editDetail: (until: string) => `${until} 前可以直接修改自己的登记`,
  correct: '更正',
  correctDetail: '生成新版本，替换这条进入统计',
  corrected: '（更正版）',
  followUp: '需要跟进',
  mandatory: '强制报告',
  minutes: (n: number) => `${n} 分钟`,
  note: (note: string) => `备注：${note}`,
} as const;
