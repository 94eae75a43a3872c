import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import taroMock from '../../../test/taro-mock'
import { replacePage } from '../../services/browser'
import { QuickExit } from '.'

jest.mock('../../services/browser')

describe('QuickExit', () => {
  it('on H5 replaces the page with the configured neutral site, so Back does not return', () => {
    process.env.TARO_APP_QUICK_EXIT_URL = 'https://neutral.example/'
    render(<QuickExit />)

    fireEvent.click(screen.getByTestId('quick-exit'))

    expect(replacePage).toHaveBeenCalledWith('https://neutral.example/')
    expect(taroMock.exitMiniProgram).not.toHaveBeenCalled()
  })

  it('on weapp closes the mini-program', async () => {
    process.env.TARO_ENV = 'weapp'
    taroMock.exitMiniProgram.mockResolvedValue(undefined)
    render(<QuickExit />)

    fireEvent.click(screen.getByTestId('quick-exit'))

    await waitFor(() => expect(taroMock.exitMiniProgram).toHaveBeenCalledTimes(1))
    expect(taroMock.reLaunch).not.toHaveBeenCalled()
    expect(replacePage).not.toHaveBeenCalled()
  })

  it('on weapp falls back to a fresh home page when WeChat refuses to close', async () => {
    process.env.TARO_ENV = 'weapp'
    taroMock.exitMiniProgram.mockRejectedValue({ errMsg: 'exitMiniProgram:fail' })
    taroMock.reLaunch.mockResolvedValue(undefined)
    render(<QuickExit />)

    fireEvent.click(screen.getByTestId('quick-exit'))

    await waitFor(() => expect(taroMock.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' }))
  })

  it('is a labelled button for screen readers', () => {
    render(<QuickExit />)

    expect(screen.getByRole('button', { name: /快速离开/ })).toBe(screen.getByTestId('quick-exit'))
  })
})
