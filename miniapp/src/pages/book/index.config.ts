export default definePageConfig({
  // Neutral on purpose: someone looking over her shoulder sees only this.
  navigationBarTitleText: '预约',
});
