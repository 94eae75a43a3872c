export default definePageConfig({
  // Neutral on purpose: the title bar is what someone next to them sees.
  navigationBarTitleText: '工作台',
});
