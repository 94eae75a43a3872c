// The H5 build's only contact with window.location, kept apart so tests can observe it
// (jsdom can neither navigate nor let tests replace window.location).

/** Opens `url` in place of the current page: Back will not return to it. */
export function replacePage(url: string): void {
  window.location.replace(url)
}

/** Opens `url` as a new history entry: Back returns here. */
export function openPage(url: string): void {
  window.location.assign(url)
}
