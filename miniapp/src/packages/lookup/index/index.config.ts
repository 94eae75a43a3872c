export default definePageConfig({
  navigationBarTitleText: '用预约码查找',
});
