import { fireEvent, render, screen } from '@testing-library/react'
import taroMock, { storage } from '../../../test/taro-mock'
import SettingsPage from '.'

describe('使用提示与设置', () => {
  it('H5: explains that clearing hides earlier bookings from this phone, asks once, then clears everything', () => {
    storage.set('wac.session', { token: 't', expiresAt: '2099-01-01T00:00:00.000Z' })
    storage.set('wac.largeText', true)
    storage.set('wac.firstUseNoteSeen', true)
    taroMock.reLaunch.mockResolvedValue(undefined)
    render(<SettingsPage />)

    expect(screen.getByTestId('clear-data-explained')).toHaveTextContent('这台手机上将看不到以前的预约和回电请求（它们仍在中心）')
    fireEvent.click(screen.getByTestId('clear-data'))
    expect(storage.size).toBe(3)
    fireEvent.click(screen.getByTestId('clear-data-keep'))
    fireEvent.click(screen.getByTestId('clear-data'))
    fireEvent.click(screen.getByTestId('clear-data-confirm'))

    expect(storage.size).toBe(0)
    expect(screen.getByTestId('clear-data-done')).toHaveTextContent('已清除')
    // 大字模式 was part of what was cleared: the page is back to normal at once.
    expect(screen.getByTestId('page-shell')).toHaveAttribute('data-large-text', 'off')
    fireEvent.click(screen.getByTestId('settings-home'))
    expect(taroMock.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('weapp: says bookings stay visible after clearing (she logs in again silently), and how to remove the mini-program', () => {
    process.env.TARO_ENV = 'weapp'
    render(<SettingsPage />)

    expect(screen.getByTestId('clear-data-explained')).toHaveTextContent('您的预约仍然能看到')
    expect(screen.getByTestId('safety-note')).toHaveTextContent('长按这个小程序')
    expect(screen.getByTestId('safety-note')).toHaveTextContent('用一部安全的手机')
  })
})
