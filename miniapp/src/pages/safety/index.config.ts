export default definePageConfig({
  navigationBarTitleText: '妇女服务',
});
