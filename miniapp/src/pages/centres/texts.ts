// Everything the centre finder says, in plain words.
export const FINDER_TEXTS = {
  title: '找最近的服务中心',
  locationReason: '我们会用您的位置找到最近的中心，位置只用于这次查找，不会保存。',
  useLocation: '使用我的位置',
  pickDistrict: '自己选择区县',
  locating: '正在查找离您最近的中心…',
  nearbyTitle: '离您最近的中心',
  noLocation: '没有获取到您的位置。没关系，请在下面选择您所在的区县。',
  byChoice: '请选择您所在的区县：',
  loadingCentres: '正在加载中心列表…',
  failed: '网络不太好，暂时没有加载出来。请稍后再试，或直接拨打 12338 热线。',
  retry: '再试一次',
  approximate: '位置为大致位置',
  preparing: '筹建中，暂不可预约',
  openCentreHint: '点按查看地址和电话',
} as const;
