export default defineAppConfig({
  // The women's pages, all in the main package (kept far under WeChat's 2 MB; see scripts/check-weapp-size.mjs).
  pages: [
    'pages/index/index',
    'pages/centres/index',
    'pages/centre/index',
    'pages/safety/index',
    'pages/book/index',
    'pages/booked/index',
    'pages/callback/index',
    'pages/callback-sent/index',
    'pages/mine/index',
    'pages/settings/index',
  ],
  subPackages: [
    // Staff pages (weapp and H5): a sub-package, so they never count against the 2 MB main package.
    {
      root: 'packages/staff',
      pages: [
        'index/index',
        'login/index',
        'bookings/index',
        'callbacks/index',
        'callback/index',
        'record/index',
        'records/index',
      ],
    },
    // 用预约码查找: a booking or call-back request found by its short code alone (from 我的预约), off the main package.
    { root: 'packages/lookup', pages: ['index/index'] },
    // The admin web console: H5 only (the server sends /admin to its home page); never in the weapp.
    ...(process.env.TARO_ENV === 'h5' ? [{ root: 'packages/admin', pages: ['pages/home/index'] }] : []),
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    // Neutral on purpose: someone looking over the user's shoulder sees only this.
    navigationBarTitleText: '妇女服务',
    navigationBarTextStyle: 'black',
  },
  // WeChat loads only the components a page really uses at start-up, instead of every declared one.
  lazyCodeLoading: 'requiredComponents',
  requiredPrivateInfos: ['getLocation'],
  // Every page stays out of WeChat search (src/sitemap.json).
  sitemapLocation: 'sitemap.json',
  __usePrivacyCheck__: true,
  permission: {
    'scope.userLocation': {
      desc: '用于为您查找最近的服务中心，位置不会被保存',
    },
  },
});
