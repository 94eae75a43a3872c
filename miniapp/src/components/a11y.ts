// Keyboard and screen-reader access on H5. Taro's <Button> renders a <div class="taro-button-core"> that is neither
// reachable with Tab nor pressed by Enter/Space on its own; its text fields are native inputs that need their label.

/** Spread onto a <Button>: reachable with Tab on H5 (WeChat has no keyboard focus). */
export const KEYBOARD_FOCUSABLE: object = process.env.TARO_ENV === 'weapp' ? {} : { tabIndex: 0 };

/**
 * Spread onto a text field: on H5 its native <input>/<textarea> carries its label and state for screen readers, and
 * the browser offers nothing typed before (phones get shared). WeChat reads the label shown above the field.
 */
export function fieldAttributes(label: string, invalid: boolean) {
  return process.env.TARO_ENV === 'weapp'
    ? {}
    : { 'aria-label': label, 'aria-invalid': invalid ? ('true' as const) : ('false' as const), autoComplete: 'off' };
}

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
