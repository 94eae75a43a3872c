// The H5 build's only contact with window.location and history, kept apart so tests can observe
// it (jsdom can neither navigate nor let tests replace window.location).

/** If the browser never reports the step back, leave anyway after this long. */
const STEP_BACK_TIMEOUT_MS = 300;

/** Opens `url` as a new history entry: Back returns here. */
export function openPage(url: string): void {
  window.location.assign(url);
}

/**
 * Leaves for `url` so that Back cannot bring this site back. Taro's router added one history
 * entry per page opened in this visit (`pagesOpened`); the screen is blanked at once, history
 * steps back over those entries, and the first one is then replaced by `url`.
 */
export function leaveSite(url: string, pagesOpened: number): void {
  document.documentElement.style.visibility = 'hidden';
  if (pagesOpened <= 0) {
    window.location.replace(url);
    return;
  }
  let left = false;
  const replaceWithUrl = () => {
    if (!left) {
      left = true;
      window.removeEventListener('popstate', replaceWithUrl);
      window.location.replace(url);
    }
  };
  window.addEventListener('popstate', replaceWithUrl);
  window.setTimeout(replaceWithUrl, STEP_BACK_TIMEOUT_MS);
  window.history.go(-pagesOpened);
}
