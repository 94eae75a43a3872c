export default definePageConfig({
  navigationBarTitleText: '回电',
});
