// Page addresses in one place, so a renamed page is one edit.

export const HOME_PAGE = '/pages/index/index'
export const FINDER_PAGE = '/pages/centres/index'

export function centrePage(code: string): string {
  return `/pages/centre/index?code=${encodeURIComponent(code)}`
}
