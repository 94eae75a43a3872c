// Keyboard and screen-reader access for Taro's H5 buttons. <Button> renders a <div class="taro-button-core">
// that is neither reachable with Tab nor pressed by Enter/Space on its own.

/** Spread onto a <Button>: reachable with Tab on H5 (WeChat has no keyboard focus). */
export const KEYBOARD_FOCUSABLE: object = process.env.TARO_ENV === 'weapp' ? {} : { tabIndex: 0 };

let installed = false;

/** Enter and Space press the focused button, as they do a native one. Installed once, H5 only. */
export function installKeyboardActivation(): void {
  if (installed || process.env.TARO_ENV === 'weapp' || typeof document === 'undefined') {
    return;
  }
  installed = true;
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (
      (event.key === 'Enter' || event.key === ' ') &&
      target instanceof HTMLElement &&
      target.classList.contains('taro-button-core')
    ) {
      event.preventDefault();
      target.click();
    }
  });
}
