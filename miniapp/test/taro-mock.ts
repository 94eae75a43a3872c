// Stand-in for `@tarojs/taro` in unit tests (jest.config.cjs maps the module here). Only the
// APIs the app uses; each one rejects until a test says what it should do, so a forgotten
// stub fails loudly instead of passing by accident.

export interface MockRequestOption {
  url: string
  method?: string
  header?: Record<string, string>
  dataType?: string
  timeout?: number
}

export interface MockRequestResult {
  statusCode: number
  data: unknown
  header: Record<string, string>
  errMsg: string
}

export interface MockLocation {
  latitude: number
  longitude: number
}

function notStubbed(name: string) {
  return () => Promise.reject(new Error(`Taro.${name} was called but the test did not stub it`))
}

const taroMock = {
  request: jest.fn<Promise<MockRequestResult>, [MockRequestOption]>(),
  getLocation: jest.fn<Promise<MockLocation>, [{ type: string; highAccuracyExpireTime?: number }]>(),
  makePhoneCall: jest.fn<Promise<void>, [{ phoneNumber: string }]>(),
  exitMiniProgram: jest.fn<Promise<void>, []>(),
  reLaunch: jest.fn<Promise<void>, [{ url: string }]>(),
  navigateTo: jest.fn<Promise<void>, [{ url: string }]>(),
  redirectTo: jest.fn<Promise<void>, [{ url: string }]>(),
  openLocation: jest.fn<Promise<void>, [{ latitude: number; longitude: number; name?: string; address?: string; scale?: number }]>(),
}

/** The query of the page under test; `useRouter()` returns it. */
export const routerParams: Record<string, string | undefined> = {}

export function useRouter() {
  return { params: routerParams }
}

/** Back to "nothing stubbed, nothing called" (run before every test by test/setup.ts). */
export function resetTaroMock(): void {
  for (const [name, mock] of Object.entries(taroMock)) {
    mock.mockReset()
    mock.mockImplementation(notStubbed(name))
  }
  for (const key of Object.keys(routerParams)) {
    delete routerParams[key]
  }
}

/** A server answer as Taro.request resolves it (Taro resolves for every HTTP status). */
export function httpResponse(statusCode: number, data: unknown): MockRequestResult {
  return { statusCode, data, header: { 'content-type': 'application/json' }, errMsg: 'request:ok' }
}

export default taroMock
